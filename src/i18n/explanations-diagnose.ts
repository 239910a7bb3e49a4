/**
 * What each diagnosis finding of the model (`DiagnosisId`, `src/model/diagnose`) is, in a title and
 * a sentence, per language: part of the explanation tables (`explanations.ts` holds the derivation
 * messages, `explanations-network.ts` the network / RocksDB ones). The diagnosis page reads them
 * through `diagnose.ts`; `{name}` placeholders are filled from a finding's params.
 */
import type { DiagnosisId } from '~/model/diagnose';

export interface DiagnosisText {
  title: string;
  /** Which pool or mechanism it is, in a sentence. */
  what: string;
  /** The same for a JobManager, where the pool is made of different parts. */
  jm?: string;
}

export const enDiagnoses: Record<DiagnosisId, DiagnosisText> = {
  'exclusive-buffers-timeout': {
    title: 'Timeout when requesting exclusive buffers',
    what: "An input channel waited in vain for its exclusive network buffers: the TaskManager's network buffer pool had too few free buffers for the gates being set up.",
  },
  'native-thread': {
    title: 'Unable to create native thread',
    what: "The JVM could not start another thread: the process hit the operating system's thread limit (ulimit -u, pids cgroup) or ran out of native memory for thread stacks. Not a Flink memory pool.",
  },
  'yarn-virtual-memory': {
    title: 'Container killed by YARN (virtual memory)',
    what: "YARN's NodeManager killed the container because its virtual address space ({vusage}) passed the virtual limit ({vlimit}). Virtual memory is address space, not memory in use: a JVM reserves far more than it touches. This is YARN's check, not Flink's memory.",
  },
  'container-exit-137': {
    title: 'Container exited with code 137 (SIGKILL)',
    what: "The process was killed with SIGKILL (137 = 128 + 9). Under Docker, Kubernetes or Marathon this is almost always the kernel's out-of-memory killer enforcing the container's memory limit.",
  },
  'container-exit-143': {
    title: 'Container killed on request (exit code 143)',
    what: 'The process was stopped with SIGTERM (143 = 128 + 15). YARN sends it when it kills a container — for exceeding memory, but also for preemption or a normal stop. The reason is in the diagnostics printed just before it.',
  },
  'java-heap-space': {
    title: 'Java heap space',
    what: 'The JVM heap (-Xmx = framework heap + task heap) is full. Objects your operators, heap state (HashMap backend) or records keep alive no longer fit.',
    jm: "The JobManager's JVM heap (jobmanager.memory.heap.size) is full: it holds the execution graph, checkpoint metadata, the web UI's caches and, in application mode, the job's main() code.",
  },
  'gc-overhead-limit': {
    title: 'GC overhead limit exceeded',
    what: 'The JVM heap is nearly full: the garbage collector spends almost all its time and frees almost nothing. Same pool as "Java heap space".',
    jm: "The JobManager's JVM heap is nearly full: the garbage collector spends almost all its time and frees almost nothing.",
  },
  'direct-buffer-memory': {
    title: 'Direct buffer memory',
    what: "JVM direct memory (-XX:MaxDirectMemorySize = framework off-heap + task off-heap + network) is exhausted — usually by a connector or client library allocating direct ByteBuffers, not by Flink's network buffers.",
    jm: "The JobManager's direct memory is exhausted: its limit is jobmanager.memory.off-heap.size when jobmanager.memory.enable-jvm-direct-memory-limit is on.",
  },
  metaspace: {
    title: 'Metaspace',
    what: 'JVM metaspace (-XX:MaxMetaspaceSize) holds loaded classes. It fills up when classes are loaded again on every job (re)submission and the old class loaders cannot be collected.',
    jm: "The JobManager's metaspace (jobmanager.memory.jvm-metaspace.size) is full: classes loaded for every submitted job stay when their class loaders cannot be collected.",
  },
  'network-buffer-pool-allocation': {
    title: 'Could not allocate enough memory segments for NetworkBufferPool',
    what: 'At start-up the TaskManager could not allocate its network memory{requiredMb, select, undefined {} other { ({requiredMb} MB)}} as direct memory: the JVM direct-memory limit or the machine is smaller than the network memory Flink derived.',
  },
  'insufficient-network-buffers': {
    title: 'Insufficient number of network buffers',
    what: "The TaskManager's network buffer pool could not give a new input gate or result partition its required buffers{required, select, undefined {.} other {: {required} were needed, {available} were left.}}",
  },
  'yarn-container-killed': {
    title: 'Container killed by YARN (physical memory)',
    what: "YARN measured the process's resident memory{usage, select, undefined {} other { ({usage})}} above the container limit{limit, select, undefined {} other { ({limit})}} and killed it. Something outside the JVM heap — native memory — outgrew Flink's budget.",
  },
  'kubernetes-oomkilled': {
    title: 'OOMKilled on Kubernetes (exit code 137)',
    what: "The kernel killed the container because its resident memory reached the pod's memory limit. The JVM heap rarely does this: native memory (RocksDB, JNI, threads, allocator fragmentation) does.",
  },
  'illegal-configuration': {
    title: 'IllegalConfigurationException',
    what: 'Flink refused the memory configuration before starting the process: the options contradict each other or do not fit the total.',
  },
  'long-gc-pause': {
    title: 'Long garbage-collection pause',
    what: 'The JVM stopped all threads for {ms} ms to collect garbage{after, select, undefined {} other {, and the heap was still {after} MB of {cap} MB afterwards}}. During such a pause the process answers no heartbeat.',
  },
  'gc-to-space-exhausted': {
    title: 'G1 to-space exhausted (evacuation failure)',
    what: 'G1 found no free region to copy live objects into: the heap was full of live data. A full collection usually follows, with a long pause.',
  },
  'heartbeat-timeout': {
    title: 'Heartbeat timeout',
    what: 'The {component}{who, select, undefined {} other { {who}}} did not answer heartbeats in time. With memory trouble, the usual reason is a long GC pause or a killed process, not the network.',
  },
  'rocksdb-native-memory': {
    title: 'RocksDB memory beyond managed memory',
    what: 'The job uses RocksDB and the process was killed for its resident memory. RocksDB allocates natively; when it is not bounded by managed memory, or has many states (column families), it can grow past the budget.',
  },
};

export const zhDiagnoses: Record<DiagnosisId, DiagnosisText> = {
  'exclusive-buffers-timeout': {
    title: 'Timeout triggered when requesting exclusive buffers（请求独占缓冲区超时）',
    what: '输入通道等待独占网络缓冲区超时：TaskManager 的网络缓冲池中空闲缓冲区不足，无法满足正在创建的输入门。',
  },
  'native-thread': {
    title: 'unable to create native thread（无法创建本地线程）',
    what: 'JVM 无法再启动新线程：进程达到了操作系统的线程上限（ulimit -u、pids cgroup），或线程栈所需的原生内存不足。这不是 Flink 的某个内存池。',
  },
  'yarn-virtual-memory': {
    title: 'YARN 因虚拟内存超限杀死容器',
    what: 'YARN 的 NodeManager 发现容器的虚拟地址空间（{vusage}）超过虚拟内存上限（{vlimit}），于是杀死了容器。虚拟内存是地址空间而非实际占用的内存：JVM 预留的远多于实际使用的。这是 YARN 的检查，与 Flink 的内存配置无关。',
  },
  'container-exit-137': {
    title: '容器以退出码 137 退出（SIGKILL）',
    what: '进程被 SIGKILL 杀死（137 = 128 + 9）。在 Docker、Kubernetes 或 Marathon 下，这几乎总是内核的 OOM killer 在执行容器的内存上限。',
  },
  'container-exit-143': {
    title: 'Container killed on request（退出码 143）',
    what: '进程收到 SIGTERM 后停止（143 = 128 + 15）。YARN 杀死容器时会发送它——可能因为内存超限，也可能因为抢占或正常停止。原因在它前面打印的 diagnostics 中。',
  },
  'java-heap-space': {
    title: 'Java heap space（堆内存溢出）',
    what: 'JVM 堆内存（-Xmx = 框架堆内存 + 任务堆内存）已满：算子、堆上状态（HashMap 状态后端）或记录持有的对象放不下了。',
    jm: 'JobManager 的 JVM 堆内存（jobmanager.memory.heap.size）已满：其中存放执行图、检查点元数据、Web UI 的缓存，以及 Application 模式下作业的 main() 代码。',
  },
  'gc-overhead-limit': {
    title: 'GC overhead limit exceeded（GC 开销超限）',
    what: 'JVM 堆内存几乎用满：垃圾回收占用了几乎全部时间，却几乎回收不了内存。与 “Java heap space” 是同一块内存。',
    jm: 'JobManager 的 JVM 堆内存几乎用满：垃圾回收占用了几乎全部时间，却几乎回收不了内存。',
  },
  'direct-buffer-memory': {
    title: 'Direct buffer memory（直接内存溢出）',
    what: 'JVM 直接内存（-XX:MaxDirectMemorySize = 框架堆外 + 任务堆外 + 网络内存）耗尽——通常是连接器或客户端库分配的 DirectByteBuffer，而不是 Flink 的网络缓冲区。',
    jm: 'JobManager 的直接内存耗尽：启用 jobmanager.memory.enable-jvm-direct-memory-limit 时，其上限就是 jobmanager.memory.off-heap.size。',
  },
  metaspace: {
    title: 'Metaspace（元空间溢出）',
    what: 'JVM 元空间（-XX:MaxMetaspaceSize）存放已加载的类。每次提交（或重启）作业都重新加载类、而旧的类加载器无法回收时，它就会被占满。',
    jm: 'JobManager 的元空间（jobmanager.memory.jvm-metaspace.size）已满：每次提交作业加载的类，在类加载器无法回收时会一直留着。',
  },
  'network-buffer-pool-allocation': {
    title: 'Could not allocate enough memory segments for NetworkBufferPool（网络缓冲池分配失败）',
    what: 'TaskManager 启动时无法以直接内存的形式分配网络内存{requiredMb, select, undefined {} other {（{requiredMb} MB）}}：JVM 直接内存上限或机器内存小于 Flink 推导出的网络内存。',
  },
  'insufficient-network-buffers': {
    title: 'Insufficient number of network buffers（网络缓冲区不足）',
    what: 'TaskManager 的网络缓冲池无法为新的输入门（InputGate）或结果分区提供所需的缓冲区{required, select, undefined {。} other {：需要 {required} 个，只剩 {available} 个。}}',
  },
  'yarn-container-killed': {
    title: 'YARN 因物理内存超限杀死容器',
    what: 'YARN 测得进程常驻内存{usage, select, undefined {} other {（{usage}）}}超过容器上限{limit, select, undefined {} other {（{limit}）}}，于是杀死了容器。超出的是 JVM 堆以外的原生内存，它超出了 Flink 的内存预算。',
  },
  'kubernetes-oomkilled': {
    title: 'Kubernetes OOMKilled（退出码 137）',
    what: '容器常驻内存达到 Pod 的内存 limit，被内核杀死。这很少是 JVM 堆造成的，通常是原生内存（RocksDB、JNI、线程、内存分配器碎片）。',
  },
  'illegal-configuration': {
    title: 'IllegalConfigurationException（配置冲突）',
    what: 'Flink 在启动进程之前就拒绝了内存配置：选项之间相互矛盾，或者各部分加起来超过了总量。',
  },
  'long-gc-pause': {
    title: '长时间 GC 停顿',
    what: 'JVM 为了垃圾回收暂停了所有线程 {ms} 毫秒{after, select, undefined {} other {，回收后堆仍占用 {after} MB（共 {cap} MB）}}。停顿期间进程不会响应任何心跳。',
  },
  'gc-to-space-exhausted': {
    title: 'G1 to-space exhausted（疏散失败）',
    what: 'G1 找不到空闲 region 来复制存活对象：堆中塞满了存活数据。随后通常会发生一次 Full GC，停顿很长。',
  },
  'heartbeat-timeout': {
    title: '心跳超时',
    what: '{component}{who, select, undefined {} other { {who}}} 没有按时响应心跳。在内存问题中，常见原因是长时间 GC 停顿或进程被杀死，而不是网络。',
  },
  'rocksdb-native-memory': {
    title: 'RocksDB 内存超出托管内存',
    what: '作业使用 RocksDB，进程因常驻内存超限被杀。RocksDB 在原生内存中分配；当它不受托管内存约束，或状态（列族）很多时，可能超出预算。',
  },
};
