/**
 * Words for the diagnosis page. The model (`src/model/diagnose`) returns ids and numbers; this
 * table turns them into sentences. `zh` is typed against `en`, so a missing translation fails
 * the type check. `{name}` placeholders are filled from a finding's params.
 */
import { enDiagnoses, zhDiagnoses, type DiagnosisText } from './explanations-diagnose';

const enCauses = {
  'direct-limit-below-network':
    'JVM direct-memory limit below the network memory (custom -XX:MaxDirectMemorySize, or a JVM started by hand)',
  'local-execution-jvm-too-small': "Local/IDE run: the MiniCluster's network memory does not fit the IDE JVM",
  'container-too-small': 'Container or machine smaller than the configured process size',
  'parallelism-grew':
    'Parallelism (or the number of shuffles) grew: buffers needed per TaskManager grow with slots × parallelism',
  'network-memory-too-small': "Network memory too small for the job's topology",
  'buffers-per-channel': 'Many exclusive buffers per channel (buffers-per-channel) on wide all-to-all edges',
  'recovery-unaligned': 'Recovery from an unaligned checkpoint needs extra buffers for in-flight data',
  'connector-direct-buffers': 'A connector or client (Kafka, Elasticsearch, Netty, gRPC…) allocates direct buffers',
  'task-off-heap-zero': 'taskmanager.memory.task.off-heap.size is 0 (the default), leaving user code no direct memory',
  'direct-leak': 'A direct-memory leak in user code or a dependency',
  'framework-off-heap-high-parallelism': "Very high parallelism: the framework's own Netty needs more framework off-heap memory",
  'classloader-leak':
    'A class-loader leak: threads, JDBC drivers or static caches from the user jar keep old classes alive across job restarts',
  'many-jars-in-user-code': 'Large dependencies shaded into the user jar instead of lib/',
  'metaspace-too-small': 'Metaspace too small for the classes the job really needs',
  'heap-state-too-large': 'State on the heap (HashMap backend) or large windows grew beyond the heap',
  'task-heap-too-small': "Task heap too small for the job's objects",
  'large-records-or-windows': 'Large records, or a ProcessWindowFunction buffering a whole window',
  'heap-leak': 'A heap leak in user code (static collections, caches)',
  'native-outside-budget': "Native memory outside Flink's accounting (JNI, threads, glibc arenas) exceeded the JVM overhead",
  'rocksdb-unmanaged': 'RocksDB not bounded by managed memory (state.backend.rocksdb.memory.managed: false)',
  'glibc-arenas': 'glibc malloc arenas fragment native memory (MALLOC_ARENA_MAX, or use jemalloc)',
  'overhead-too-small': 'JVM overhead budget too small for this workload',
  'limit-below-process-size': "The pod's memory limit is below taskmanager.memory.process.size (check Gi vs G)",
  'inconsistent-options': 'Options that fix sizes contradict each other or exceed the total',
  'heap-pressure': 'The heap is close to full, so collections run long',
  'humongous-allocations': 'Humongous objects (larger than half a G1 region) force expensive collections',
  'heap-too-large-for-pause-goal': 'A very large heap with a pause goal that cannot be met',
  'long-gc-pause': 'A long GC pause on the unresponsive process',
  'tm-killed': 'The process was killed (OOMKilled, container killed) and stopped answering',
  'network-partition': 'A real network problem between the processes',
  'many-states-column-families': 'Many states: each is a column family with its own write buffers',
  'native-leak': 'A native memory leak (e.g. unclosed RocksDB objects in user code)',
  'thread-leak': 'Threads that are started and never stopped (a client or pool created per record or per restart)',
  'process-limit': "The operating system's limit on processes/threads (ulimit -u, the pids cgroup of the container)",
  'yarn-vmem-check':
    "YARN's virtual-memory check (yarn.nodemanager.vmem-check-enabled, vmem-pmem-ratio 2.1 by default) is too strict for a JVM",
  'yarn-killed-for-memory':
    'YARN killed the container for its memory (look for "running beyond physical memory limits" just before)',
  'preempted-or-stopped': 'The container was preempted or stopped on purpose (job cancelled, application killed)',
} as const;

type CauseId = keyof typeof enCauses;

const zhCauses: Record<CauseId, string> = {
  'direct-limit-below-network': 'JVM 直接内存上限低于网络内存（自定义了 -XX:MaxDirectMemorySize，或手动启动的 JVM）',
  'local-execution-jvm-too-small': '本地/IDE 运行：MiniCluster 的网络内存超出了 IDE 中 JVM 的容量',
  'container-too-small': '容器或机器小于配置的进程总内存',
  'parallelism-grew': '并行度（或 shuffle 数量）增加：每个 TaskManager 所需缓冲区随 槽位数 × 并行度 增长',
  'network-memory-too-small': '网络内存对该作业拓扑来说太小',
  'buffers-per-channel': '大规模全连接（all-to-all）边上每个通道的独占缓冲区过多（buffers-per-channel）',
  'recovery-unaligned': '从非对齐检查点恢复时，需要额外缓冲区存放在途数据',
  'connector-direct-buffers': '连接器或客户端（Kafka、Elasticsearch、Netty、gRPC…）分配了直接内存缓冲区',
  'task-off-heap-zero': 'taskmanager.memory.task.off-heap.size 为 0（默认值），用户代码没有可用的直接内存',
  'direct-leak': '用户代码或依赖中存在直接内存泄漏',
  'framework-off-heap-high-parallelism': '并行度很高：框架自身的 Netty 需要更多框架堆外内存',
  'classloader-leak': '类加载器泄漏：用户 jar 中的线程、JDBC 驱动或静态缓存使旧类在作业重启后仍然存活',
  'many-jars-in-user-code': '大型依赖被打进用户 jar，而不是放在 lib/ 下',
  'metaspace-too-small': '元空间对作业真正需要的类来说太小',
  'heap-state-too-large': '堆上状态（HashMap 状态后端）或大窗口超出了堆',
  'task-heap-too-small': '任务堆内存对作业的对象来说太小',
  'large-records-or-windows': '记录过大，或 ProcessWindowFunction 缓存了整个窗口',
  'heap-leak': '用户代码中的堆内存泄漏（静态集合、缓存）',
  'native-outside-budget': 'Flink 未统计的原生内存（JNI、线程、glibc arena）超出了 JVM 开销',
  'rocksdb-unmanaged': 'RocksDB 不受托管内存约束（state.backend.rocksdb.memory.managed: false）',
  'glibc-arenas': 'glibc malloc arena 导致原生内存碎片（设置 MALLOC_ARENA_MAX，或使用 jemalloc）',
  'overhead-too-small': 'JVM 开销预算对该负载来说太小',
  'limit-below-process-size': 'Pod 的内存 limit 低于 taskmanager.memory.process.size（注意 Gi 与 G 的区别）',
  'inconsistent-options': '固定大小的选项相互矛盾，或超过了总量',
  'heap-pressure': '堆接近用满，每次回收耗时很长',
  'humongous-allocations': '巨型对象（超过 G1 region 一半）迫使进行昂贵的回收',
  'heap-too-large-for-pause-goal': '堆非常大，停顿目标无法达成',
  'long-gc-pause': '无响应的进程上发生了长时间 GC 停顿',
  'tm-killed': '进程被杀死（OOMKilled、容器被杀），不再响应',
  'network-partition': '进程之间确实存在网络问题',
  'many-states-column-families': '状态很多：每个状态是一个列族，各有自己的写缓冲区',
  'native-leak': '原生内存泄漏（例如用户代码中未关闭的 RocksDB 对象）',
  'thread-leak': '线程只创建不停止（每条记录或每次重启都新建客户端或线程池）',
  'process-limit': '操作系统的进程/线程数上限（ulimit -u、容器的 pids cgroup）',
  'yarn-vmem-check': 'YARN 的虚拟内存检查（yarn.nodemanager.vmem-check-enabled，vmem-pmem-ratio 默认 2.1）对 JVM 来说过于严格',
  'yarn-killed-for-memory': 'YARN 因内存超限杀死了容器（查看紧挨着它之前的 “running beyond physical memory limits”）',
  'preempted-or-stopped': '容器被抢占，或被主动停止（作业取消、应用被 kill）',
};

/**
 * Fix texts, keyed by the model's fix ids (`src/model/diagnose/fixes.ts`). A fix with settings
 * shows them as code next to this text; `{x, select, undefined {…} other {…}}` leaves out a part
 * whose value the paste did not give.
 */
const enFixes = {
  'operator-memory':
    "The pod that was killed is the Flink Kubernetes Operator{subject, select, undefined {} other { ({subject})}}, not a Flink JobManager or TaskManager: no Flink memory option changes this. Raise the operator's own memory limit in its Helm values{limit, select, undefined {} other { (now {limit}, far below what its JVM needs)}}, e.g. to 1Gi, and keep its heap (jvmArgs) below that limit.",
  'sidecar-memory':
    "The container that was killed is {subject}, a sidecar next to Flink, not Flink itself: no Flink memory option changes this. Raise that container's resources.limits.memory in the pod template{limit, select, undefined {} other { (now {limit})}}.",
  'gc-log':
    'Keep a GC log (env.java.opts.taskmanager: -Xlog:gc*:file=/opt/flink/log/gc.log, or -Xloggc on Java 8) and check how full the heap is after each collection: if it stays above about 90%, the heap is too small for the live data.',
  'heartbeat-step':
    "The {component} stopped answering. Open that process's own log (and its GC log) at the time of the timeout: an OutOfMemoryError, a long GC pause or a killed container there is the cause. Raising heartbeat.timeout only hides it.",
  'jm-direct':
    'Raise the JobManager off-heap memory from {current} to {target}; with it the process grows from {process} to {newProcess} and the heap keeps its size.',
  'jm-direct-step':
    "Raise jobmanager.memory.off-heap.size (128m by default) — it is the JobManager's direct-memory limit when jobmanager.memory.enable-jvm-direct-memory-limit is true — and raise jobmanager.memory.process.size by the same amount so the heap keeps its size.",
  'task-off-heap':
    'Give user code and connectors direct memory: task off-heap {current} → {target}. The process grows from {process} to {newProcess}; every other pool keeps its size.',
  'direct-step':
    'Set taskmanager.memory.task.off-heap.size to 256m (its default is 0, so connectors get no direct memory of their own) and add the same 256m to taskmanager.memory.process.size so the other pools keep their size{limit, select, undefined {.} other {; the direct-memory limit was {limit}.}}',
  'direct-leak':
    'If it fails again with the larger limit, it is a leak: take a heap dump and look for DirectByteBuffer objects and who holds them (clients created per record, unclosed connections).',
  'jm-metaspace': 'Raise the JobManager metaspace from {current} to {target}; the process grows from {process} to {newProcess}.',
  metaspace:
    'Raise the metaspace from {current} to {target}; the process grows from {process} to {newProcess} and the other pools keep their size.',
  'jm-metaspace-step':
    'Double jobmanager.memory.jvm-metaspace.size (256m by default) and add the same amount to jobmanager.memory.process.size.',
  'metaspace-step':
    'Double taskmanager.memory.jvm-metaspace.size (256m by default) and add the same amount to taskmanager.memory.process.size, so the other pools keep their size.',
  'classloader-leak':
    'If metaspace grows with every job restart or submission, it is a class-loader leak: move JDBC drivers and large libraries to lib/, stop threads your code starts in close(), and keep classloader.check-leaked-classloader on.',
  'direct-limit-covers-network':
    "Do not start the TaskManager with a smaller -XX:MaxDirectMemorySize{maxDirect, select, undefined {} other { (found: {maxDirect})}} than Flink derives: Flink's limit already includes the network memory.",
  'network-smaller-locally':
    "For local/IDE runs, lower taskmanager.memory.network.max (e.g. 64m) or give the IDE's JVM more direct memory.",
  'yarn-vmem':
    "Switch off YARN's virtual-memory check in yarn-site.xml (or raise yarn.nodemanager.vmem-pmem-ratio, e.g. to 4) and restart the NodeManagers. Flink's memory settings do not change virtual memory use.",
  'find-kill-reason':
    'Look for why the container was stopped: the lines just before this one in the JobManager log, the YARN web UI (application → attempt → container diagnostics) or yarn logs -applicationId <id>. "running beyond physical memory limits" there means native memory.',
  'native-thread-step':
    "Count the threads (jstack <pid> | grep -c '^\"') and compare with ulimit -u and the container's pids limit. A count that grows means a thread leak in user code; otherwise raise the limit.",
  'jm-heap': 'Raise the JobManager heap from {current} to {reached}: the process grows from {process} to {newProcess}.',
  'jm-heap-step':
    "Raise jobmanager.memory.heap.size (or jobmanager.memory.process.size) by about half. The JobManager heap holds the execution graph, checkpoint metadata and the web UI's caches: large parallelism and many finished checkpoints need more.",
  'heap-from-managed':
    'Keep the process size ({process}) and move memory from managed memory to the task heap: managed {managed} → {newManaged}, task heap {current} → {reached}. Streaming jobs on the HashMap state backend do not use managed memory.',
  'task-heap': 'Raise the task heap from {current} to {reached}: the process grows from {process} to {newProcess}.',
  'task-heap-step':
    'Find "Task Heap" in the TaskManager log\'s "Final TaskExecutor Memory configuration" block, set taskmanager.memory.task.heap.size to about 1.5 times that, and raise taskmanager.memory.process.size by the same difference — or paste that block here for exact values.',
  'rocksdb-heap':
    'The failing code reads from RocksDB: state is off-heap there, but every value read is deserialised on the task heap. Very large values (a ListState or MapState entry holding a whole window) need a larger task heap or smaller values — switching state backends does not help.',
  'state-off-heap':
    'If large state lives on the heap (HashMap state backend), move it to RocksDB (state.backend.type: rocksdb), which keeps it in managed memory off the heap.',
  'network-double':
    "Network memory {current} → {target} (twice as many buffers); the process grows from {process} to {newProcess}, other pools keep their size. This is a starting point, not a proof: {lowerBound, select, undefined {the message gives no total.} other {the message shows at least {lowerBound} buffers were needed at that moment, but gates deployed later ask too.}} Compute the job's real need with the network calculator.",
  'network-step':
    "Compute the job's need with the network calculator{current, select, undefined {} other { (the network memory is now {current})}} and set taskmanager.memory.network.min and .max to it, adding the difference to taskmanager.memory.process.size. {lowerBound, select, undefined {} other {The message shows at least {lowerBound} buffers were needed at that moment — a lower bound, not the job's need.}}",
  'network-calculator': 'The network calculator adds up what every gate and partition of the job needs per TaskManager.',
  'rocksdb-managed':
    "Bound RocksDB by managed memory (state.backend.rocksdb.memory.managed: true, the default): unbounded, each state's block cache and write buffers grow on their own.",
  'process-within-limit':
    "The pod's memory limit ({limit}) is below the process size Flink plans for ({process}): the kernel kills the process before Flink's own budget is used up. Make the process fit the limit: process size {newProcess}.",
  'overhead-up-to-limit':
    "The pod's limit ({limit}) is above the process size ({process}); give the difference to native memory: process size {newProcess} and JVM overhead {overhead} → {newOverhead}, Flink's pools unchanged.",
  'overhead-same-process':
    "Keep the process size ({process}) and give native memory more headroom: JVM overhead {overhead} → {newOverhead} (min and max, so neither the fraction nor the cap decides){capped, select, undefined {.} other {. The overhead was already at its cap, jvm-overhead.max {overheadMax}: raising jvm-overhead.fraction alone would change nothing.}}{excess, select, undefined {} other { The container was {excess} over its limit.}} Flink's other pools shrink a little to make room.",
  'overhead-grow-process':
    'Give native memory more headroom: JVM overhead {overhead} → {newOverhead}; the process grows from {process} to {newProcess}{capped, select, undefined {.} other {. The overhead was at its cap, jvm-overhead.max {overheadMax}: the fraction alone would change nothing.}}',
  'overhead-step':
    'Set {prefix}.memory.jvm-overhead.min and .max both to the current JVM overhead (see "JVM Overhead" in the log\'s "Final … Memory configuration"; by default 10% of the process, at most 1g){excess, select, undefined { plus about half of it} other { plus at least {excess}, the excess seen}}. Setting both matters: jvm-overhead.max (1g by default) caps jvm-overhead.fraction.{limit, select, undefined {} other { Also check that the pod\'s memory limit ({limit}) is not below {prefix}.memory.process.size.}}',
  'rocksdb-bounded':
    'With RocksDB, keep it bounded by managed memory and avoid a very high number of states per slot: each is a column family with its own write buffers.',
  'malloc-arena':
    "glibc's malloc keeps many arenas and fragments native memory; limit them (or use jemalloc, the default in Flink's Docker images since 1.12).",
  'config-total': 'Set {key}: {value} — the smallest value with which Flink accepts the configuration from this paste.',
  'config-total-from-message':
    'Set {key}: {value} — the smallest value with which Flink accepts the sizes in this message (the other values as the message shows them).',
  'config-step':
    "Open the calculator with your configuration: it shows Flink's message, which options conflict, and the smallest total that works.",
  'snapshot-managed-to-heap':
    'Managed memory is idle: give the task heap what it does not use. Managed {managed} → {keep}, task heap {taskHeap} → {newTaskHeap}; the process stays {process}.',
  'snapshot-heap':
    'The heap is near its limit: task heap {taskHeap} → {newTaskHeap}; the process grows from {process} to {newProcess}.',
  'snapshot-metaspace':
    'Metaspace {metaspace} → {target}; the process grows from {process} to {newProcess}.{growing, select, undefined {} other { It grows from snapshot to snapshot: look for a class-loader leak as well.}}',
  'snapshot-direct':
    'Direct memory outside the network buffers is near its limit: task off-heap {taskOffHeap} → {target}; the process grows from {process} to {newProcess}.{growing, select, undefined {} other { It grows from snapshot to snapshot: look for a direct-memory leak as well.}}',
} as const;

type FixId = keyof typeof enFixes;

const zhFixes: Record<FixId, string> = {
  'operator-memory':
    '被杀死的是 Flink Kubernetes Operator 自身的 Pod{subject, select, undefined {} other {（{subject}）}}，不是 Flink 的 JobManager 或 TaskManager：改任何 Flink 内存选项都无济于事。请在 Operator 的 Helm values 中调大它自己的内存 limit{limit, select, undefined {} other {（当前为 {limit}，远低于其 JVM 的需要）}}，例如 1Gi，并让它的堆（jvmArgs）小于这个 limit。',
  'sidecar-memory':
    '被杀死的容器是 {subject}，它是 Flink 旁边的 sidecar，而不是 Flink 本身：改任何 Flink 内存选项都无济于事。请在 Pod 模板中调大该容器的 resources.limits.memory{limit, select, undefined {} other {（当前为 {limit}）}}。',
  'gc-log':
    '开启 GC 日志（env.java.opts.taskmanager: -Xlog:gc*:file=/opt/flink/log/gc.log，Java 8 用 -Xloggc），查看每次回收后堆的占用：如果始终高于约 90%，说明堆放不下存活数据。',
  'heartbeat-step':
    '{component} 停止了响应。打开该进程自己在超时时刻的日志（以及 GC 日志）：那里的 OutOfMemoryError、长时间 GC 停顿或容器被杀才是原因。调大 heartbeat.timeout 只会掩盖问题。',
  'jm-direct': '把 JobManager 堆外内存从 {current} 调到 {target}；进程总内存随之从 {process} 增至 {newProcess}，堆内存不变。',
  'jm-direct-step':
    '调大 jobmanager.memory.off-heap.size（默认 128m）——当 jobmanager.memory.enable-jvm-direct-memory-limit 为 true 时它就是 JobManager 的直接内存上限——并把 jobmanager.memory.process.size 增加同样的量，使堆内存保持不变。',
  'task-off-heap':
    '为用户代码和连接器分配直接内存：任务堆外内存 {current} → {target}。进程总内存从 {process} 增至 {newProcess}，其他内存池大小不变。',
  'direct-step':
    '将 taskmanager.memory.task.off-heap.size 设为 256m（默认为 0，连接器没有自己的直接内存），并把 taskmanager.memory.process.size 同样增加 256m，使其他内存池大小不变{limit, select, undefined {。} other {；原来的直接内存上限是 {limit}。}}',
  'direct-leak':
    '如果调大上限后仍然失败，就是泄漏：导出堆转储，查看 DirectByteBuffer 对象及其持有者（每条记录新建的客户端、未关闭的连接）。',
  'jm-metaspace': '把 JobManager 元空间从 {current} 调到 {target}；进程总内存从 {process} 增至 {newProcess}。',
  metaspace: '把元空间从 {current} 调到 {target}；进程总内存从 {process} 增至 {newProcess}，其他内存池大小不变。',
  'jm-metaspace-step':
    '把 jobmanager.memory.jvm-metaspace.size（默认 256m）加倍，并把 jobmanager.memory.process.size 增加同样的量。',
  'metaspace-step':
    '把 taskmanager.memory.jvm-metaspace.size（默认 256m）加倍，并把 taskmanager.memory.process.size 增加同样的量，使其他内存池大小不变。',
  'classloader-leak':
    '如果元空间随每次作业重启或提交而增长，就是类加载器泄漏：把 JDBC 驱动和大型库移到 lib/，在 close() 中停止代码启动的线程，并保持 classloader.check-leaked-classloader 开启。',
  'direct-limit-covers-network':
    '不要用比 Flink 推导值更小的 -XX:MaxDirectMemorySize{maxDirect, select, undefined {} other {（日志中为 {maxDirect}）}} 启动 TaskManager：Flink 的上限已经包含网络内存。',
  'network-smaller-locally': '本地/IDE 运行时，调小 taskmanager.memory.network.max（例如 64m），或给 IDE 中的 JVM 更多直接内存。',
  'yarn-vmem':
    '在 yarn-site.xml 中关闭 YARN 的虚拟内存检查（或调大 yarn.nodemanager.vmem-pmem-ratio，例如 4），然后重启 NodeManager。Flink 的内存配置不会改变虚拟内存的使用。',
  'find-kill-reason':
    '查找容器被停止的原因：JobManager 日志中紧挨着它之前的几行、YARN Web UI（应用 → attempt → 容器 diagnostics），或 yarn logs -applicationId <id>。如果那里有 “running beyond physical memory limits”，说明是原生内存超限。',
  'native-thread-step':
    "统计线程数（jstack <pid> | grep -c '^\"'），与 ulimit -u 和容器的 pids 上限比较。如果线程数持续增长，就是用户代码中的线程泄漏；否则调大上限。",
  'jm-heap': '把 JobManager 堆内存从 {current} 调到 {reached}：进程总内存从 {process} 增至 {newProcess}。',
  'jm-heap-step':
    '把 jobmanager.memory.heap.size（或 jobmanager.memory.process.size）调大约一半。JobManager 的堆存放执行图、检查点元数据和 Web UI 的缓存：并行度大、保留的检查点多时需要更多。',
  'heap-from-managed':
    '保持进程总内存（{process}）不变，把托管内存挪给任务堆内存：托管内存 {managed} → {newManaged}，任务堆内存 {current} → {reached}。使用 HashMap 状态后端的流作业不使用托管内存。',
  'task-heap': '把任务堆内存从 {current} 调到 {reached}：进程总内存从 {process} 增至 {newProcess}。',
  'task-heap-step':
    '在 TaskManager 日志的 “Final TaskExecutor Memory configuration” 中找到 “Task Heap”，把 taskmanager.memory.task.heap.size 设为它的约 1.5 倍，并把 taskmanager.memory.process.size 增加同样的差值——或者把这一段日志粘贴到这里，得到精确的值。',
  'rocksdb-heap':
    '出错的代码在读取 RocksDB：那里的状态在堆外，但每次读出的值都要在任务堆内存中反序列化。非常大的值（一个 ListState 或 MapState 条目装着整个窗口）需要更大的任务堆内存或更小的值——更换状态后端无济于事。',
  'state-off-heap':
    '如果大状态放在堆上（HashMap 状态后端），改用 RocksDB（state.backend.type: rocksdb），它把状态放在堆外的托管内存中。',
  'network-double':
    '网络内存 {current} → {target}（缓冲区数量加倍）；进程总内存从 {process} 增至 {newProcess}，其他内存池大小不变。这只是起点，并不保证够用：{lowerBound, select, undefined {报错信息中没有总数。} other {报错信息表明当时至少需要 {lowerBound} 个缓冲区，但之后部署的输入门也需要缓冲区。}}请用网络内存计算器算出作业真正的需求。',
  'network-step':
    '用网络内存计算器算出作业的需求{current, select, undefined {} other {（当前网络内存为 {current}）}}，把 taskmanager.memory.network.min 和 .max 设为该值，并把差值加到 taskmanager.memory.process.size 上。{lowerBound, select, undefined {} other {报错信息表明当时至少需要 {lowerBound} 个缓冲区——这只是下限，不是作业的需求。}}',
  'network-calculator': '网络内存计算器会把作业每个输入门和结果分区在每个 TaskManager 上的需求加起来。',
  'rocksdb-managed':
    '让 RocksDB 受托管内存约束（state.backend.rocksdb.memory.managed: true，默认值）：不受约束时，每个状态的 block cache 和写缓冲区会各自增长。',
  'process-within-limit':
    'Pod 的内存 limit（{limit}）低于 Flink 规划的进程总内存（{process}）：Flink 自己的预算还没用完，内核就会杀死进程。让进程总内存适配 limit：{newProcess}。',
  'overhead-up-to-limit':
    'Pod 的 limit（{limit}）高于进程总内存（{process}）；把差值交给原生内存：进程总内存 {newProcess}，JVM 开销 {overhead} → {newOverhead}，Flink 的各内存池不变。',
  'overhead-same-process':
    '保持进程总内存（{process}）不变，给原生内存留出更多余量：JVM 开销 {overhead} → {newOverhead}（同时设置 min 和 max，使 fraction 和上限都不再起作用）{capped, select, undefined {。} other {。JVM 开销已经达到上限 jvm-overhead.max {overheadMax}：只调大 jvm-overhead.fraction 不会有任何变化。}}{excess, select, undefined {} other {容器超出上限 {excess}。}}Flink 的其他内存池会略微缩小以腾出空间。',
  'overhead-grow-process':
    '给原生内存留出更多余量：JVM 开销 {overhead} → {newOverhead}；进程总内存从 {process} 增至 {newProcess}{capped, select, undefined {。} other {。JVM 开销已达到上限 jvm-overhead.max {overheadMax}：只调 fraction 不会有变化。}}',
  'overhead-step':
    '把 {prefix}.memory.jvm-overhead.min 和 .max 都设为当前 JVM 开销（见日志 “Final … Memory configuration” 中的 “JVM Overhead”；默认为进程总内存的 10%，最多 1g）{excess, select, undefined {再加上它的约一半} other {再加上至少 {excess}（观察到的超出量）}}。两个都要设：jvm-overhead.max（默认 1g）会限制 jvm-overhead.fraction。{limit, select, undefined {} other {同时确认 Pod 的内存 limit（{limit}）不低于 {prefix}.memory.process.size。}}',
  'rocksdb-bounded': '使用 RocksDB 时，让它受托管内存约束，并避免每个槽位上有大量状态：每个状态都是一个列族，有自己的写缓冲区。',
  'malloc-arena':
    'glibc 的 malloc 会维护很多 arena，使原生内存碎片化；限制 arena 数量（或使用 jemalloc，自 1.12 起是 Flink Docker 镜像的默认分配器）。',
  'config-total': '设置 {key}: {value}——这是 Flink 接受本次粘贴中配置的最小值。',
  'config-total-from-message': '设置 {key}: {value}——这是 Flink 接受该报错信息中各项大小的最小值（其他值与信息中相同）。',
  'config-step': '用你的配置打开计算器：它会显示 Flink 的报错、哪些选项相互冲突，以及可行的最小总量。',
  'snapshot-managed-to-heap':
    '托管内存闲置：把它没用到的部分交给任务堆内存。托管内存 {managed} → {keep}，任务堆内存 {taskHeap} → {newTaskHeap}；进程总内存保持 {process}。',
  'snapshot-heap': '堆内存接近上限：任务堆内存 {taskHeap} → {newTaskHeap}；进程总内存从 {process} 增至 {newProcess}。',
  'snapshot-metaspace':
    '元空间 {metaspace} → {target}；进程总内存从 {process} 增至 {newProcess}。{growing, select, undefined {} other {它在各次快照之间持续增长：同时排查类加载器泄漏。}}',
  'snapshot-direct':
    '网络缓冲区之外的直接内存接近上限：任务堆外内存 {taskOffHeap} → {target}；进程总内存从 {process} 增至 {newProcess}。{growing, select, undefined {} other {它在各次快照之间持续增长：同时排查直接内存泄漏。}}',
};

const enUi = {
  heading: 'Diagnose a memory failure',
  intro:
    "Paste a stack trace, a log excerpt, a pod status, a whole TaskManager/JobManager log — or a runtime snapshot: the REST API's JSON for a TaskManager or a Prometheus scrape. Everything runs in your browser; nothing you paste leaves this page.",
  pasteLabel: 'Log, exception, pod status or metrics',
  pasteHint: 'Wrapped, quoted (>) or Chinese-language pastes are fine.',
  analyse: 'Diagnose',
  clear: 'Clear',
  loadFile: 'Open a file…',
  progress: 'Read {chars} characters…',
  noneRecognised:
    'No known memory failure recognised in this text. That does not mean it is not one: the diagnosis knows the failures below. If yours looks different, paste more of the log — the first "Caused by" and the lines before it — or open the troubleshooting chapter.',
  families: 'Failures the diagnosis recognises',
  findings: 'Findings',
  pool: 'Pool',
  process: 'Process',
  causes: 'Likely causes, most likely first',
  fix: 'What to change',
  verified: "Checked with Flink's derivation: Flink accepts it.",
  line: 'line {line}',
  times: '{count} times',
  consequenceOf: 'Most likely a consequence of: {cause}',
  readMore: 'Read more in the troubleshooting chapter',
  openCalculator: 'Open the {name} calculator with the configuration from this paste',
  openNetwork: 'Open the network calculator',
  extracted: 'Configuration found in the paste',
  flinkOptions: 'Flink options',
  systemProperties: 'JVM system properties (not Flink options)',
  k8sLimit: 'Kubernetes memory limit',
  version: 'Flink version',
  flinkMessage: 'The text as pasted',
  emptyPaste: 'Paste something first.',
  largePaste: 'Pasted {size} million characters; kept out of the text box so the page stays responsive.',
  snapshot: 'Runtime snapshot',
  snapshotOf: '{role}{id, select, undefined {} other { {id}}}, {count} snapshot(s), read from {source}',
  configured: 'Limit',
  used: 'Used',
  verdict: 'Verdict',
  recommendations: 'Recommendations',
  noRecommendation: 'Nothing to change from this snapshot.',
} as const;

type UiId = keyof typeof enUi;

const zhUi: Record<UiId, string> = {
  heading: '诊断内存故障',
  intro:
    '粘贴异常栈、日志片段、Pod 状态、完整的 TaskManager/JobManager 日志——或运行时快照：REST API 返回的 TaskManager JSON，或 Prometheus 抓取结果。所有分析都在浏览器中完成，粘贴的内容不会离开本页面。',
  pasteLabel: '日志、异常、Pod 状态或指标',
  pasteHint: '折行、带引用符（>）或夹杂中文说明的内容都可以直接粘贴。',
  analyse: '诊断',
  clear: '清空',
  loadFile: '打开文件…',
  progress: '已读取 {chars} 个字符…',
  noneRecognised:
    '未在这段文本中识别出已知的内存故障。这并不说明它一定不是内存问题：诊断能识别下面这些故障。如果你的报错看起来不同，请粘贴更多日志——第一个 “Caused by” 及其之前的几行——或查看故障排查章节。',
  families: '可识别的故障',
  findings: '诊断结果',
  pool: '内存池',
  process: '进程',
  causes: '可能原因（按可能性排序）',
  fix: '需要修改的配置',
  verified: '已用 Flink 的推导算法校验：Flink 接受该配置。',
  line: '第 {line} 行',
  times: '{count} 次',
  consequenceOf: '很可能是以下问题的后果：{cause}',
  readMore: '在故障排查章节中了解更多',
  openCalculator: '用粘贴内容中的配置打开{name}计算器',
  openNetwork: '打开网络内存计算器',
  extracted: '粘贴内容中找到的配置',
  flinkOptions: 'Flink 配置项',
  systemProperties: 'JVM 系统属性（不是 Flink 配置项）',
  k8sLimit: 'Kubernetes 内存 limit',
  version: 'Flink 版本',
  flinkMessage: '粘贴的原文',
  emptyPaste: '请先粘贴内容。',
  largePaste: '已粘贴 {size}个字符；为保持页面流畅，未显示在文本框中。',
  snapshot: '运行时快照',
  snapshotOf: '{role}{id, select, undefined {} other { {id}}}，{count} 个快照，来源：{source}',
  configured: '上限',
  used: '已用',
  verdict: '结论',
  recommendations: '建议',
  noRecommendation: '根据该快照，无需修改。',
};

const enLabels = {
  pools: {
    heap: 'JVM heap',
    direct: 'Direct memory',
    metaspace: 'Metaspace',
    'network-buffers': 'Network buffers',
    container: 'Container / process memory',
    'gc-heartbeat': 'GC and heartbeats',
    config: 'Configuration',
    'rocksdb-native': 'RocksDB native memory',
    none: 'None',
  },
  processes: {
    taskmanager: 'TaskManager',
    jobmanager: 'JobManager',
    other: 'Not Flink (operator or sidecar)',
    unknown: 'Not named in the paste',
  },
  snapshotPools: {
    heap: 'JVM heap',
    managed: 'Managed memory',
    network: 'Network buffers',
    direct: 'Direct memory (outside network)',
    metaspace: 'Metaspace',
  },
  verdicts: {
    idle: 'Idle: worth giving to another pool',
    ok: 'Within its limit',
    'near-limit': 'Near its limit',
    growing: 'Growing from snapshot to snapshot: possible leak',
    unknown: 'No limit to compare with',
  },
  sources: { rest: 'the REST API', metrics: 'the metrics endpoint', prometheus: 'Prometheus' },
} as const;

type Labels = { [G in keyof typeof enLabels]: Record<keyof (typeof enLabels)[G], string> };

const zhLabels: Labels = {
  pools: {
    heap: 'JVM 堆内存',
    direct: '直接内存',
    metaspace: 'JVM 元空间',
    'network-buffers': '网络缓冲区',
    container: '容器 / 进程内存',
    'gc-heartbeat': 'GC 与心跳',
    config: '配置',
    'rocksdb-native': 'RocksDB 原生内存',
    none: '无',
  },
  processes: {
    taskmanager: 'TaskManager',
    jobmanager: 'JobManager',
    other: '不是 Flink（Operator 或 sidecar）',
    unknown: '粘贴内容中未指明',
  },
  snapshotPools: {
    heap: 'JVM 堆内存',
    managed: '托管内存',
    network: '网络缓冲区',
    direct: '直接内存（网络以外）',
    metaspace: 'JVM 元空间',
  },
  verdicts: {
    idle: '闲置：可以分给其他内存池',
    ok: '在上限之内',
    'near-limit': '接近上限',
    growing: '在各次快照之间持续增长：可能泄漏',
    unknown: '没有可比较的上限',
  },
  sources: { rest: 'REST API', metrics: '指标接口', prometheus: 'Prometheus' },
};

/** One example per family, shown when nothing was recognised (Flink's and the platforms' own words). */
export const FAMILY_EXAMPLES: readonly { pool: keyof typeof enLabels.pools; example: string }[] = [
  { pool: 'heap', example: 'java.lang.OutOfMemoryError: Java heap space' },
  {
    pool: 'direct',
    example: 'java.lang.OutOfMemoryError: Cannot reserve 32768 bytes of direct buffer memory (allocated: …, limit: …)',
  },
  { pool: 'metaspace', example: 'java.lang.OutOfMemoryError: Metaspace' },
  {
    pool: 'network-buffers',
    example: 'java.io.IOException: Insufficient number of network buffers: required 33, but only 5 available.',
  },
  { pool: 'container', example: 'Container … is running beyond physical memory limits · OOMKilled · exit code 137' },
  { pool: 'gc-heartbeat', example: 'Heartbeat of TaskManager with id … timed out · Pause Full (G1 Compaction Pause)' },
  { pool: 'config', example: 'org.apache.flink.configuration.IllegalConfigurationException: …' },
  { pool: 'rocksdb-native', example: 'OOMKilled with state.backend.type: rocksdb' },
];

/** The sentence for a finding: the JobManager's own where its pool differs. */
export function whatOf(d: DiagnosisText, process: string): string {
  return process === 'jobmanager' && d.jm ? d.jm : d.what;
}

/** The strings the form needs before anything is pasted (the rest loads with the result). */
export const FORM_UI = [
  'pasteLabel',
  'pasteHint',
  'analyse',
  'clear',
  'loadFile',
  'progress',
  'emptyPaste',
  'largePaste',
] as const;
export type FormUi = Record<(typeof FORM_UI)[number], string>;

/** Every string of the diagnosis page, per language. */
export const diagnoseText = {
  en: {
    diagnoses: enDiagnoses,
    causes: enCauses as Record<CauseId, string>,
    fixes: enFixes as Record<FixId, string>,
    ui: enUi as Record<UiId, string>,
    labels: enLabels as Labels,
  },
  zh: { diagnoses: zhDiagnoses, causes: zhCauses, fixes: zhFixes, ui: zhUi, labels: zhLabels },
} as const;

export { fill, largeCount } from './diagnose-format';
