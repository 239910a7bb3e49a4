/**
 * Words for the diagnosis page. The model (`src/model/diagnose`) returns ids and numbers; this
 * table turns them into sentences. `zh` is typed against `en`, so a missing translation fails
 * the type check. `{name}` placeholders are filled from a finding's params.
 */
import { enDiagnoses, zhDiagnoses } from './explanations-diagnose';

const enCauses = {
  'direct-limit-below-network': 'JVM direct-memory limit below the network memory (custom -XX:MaxDirectMemorySize, or a JVM started by hand)',
  'local-execution-jvm-too-small': 'Local/IDE run: the MiniCluster\'s network memory does not fit the IDE JVM',
  'container-too-small': 'Container or machine smaller than the configured process size',
  'parallelism-grew': 'Parallelism (or the number of shuffles) grew: buffers needed per TaskManager grow with slots × parallelism',
  'network-memory-too-small': 'Network memory too small for the job\'s topology',
  'buffers-per-channel': 'Many exclusive buffers per channel (buffers-per-channel) on wide all-to-all edges',
  'recovery-unaligned': 'Recovery from an unaligned checkpoint needs extra buffers for in-flight data',
  'connector-direct-buffers': 'A connector or client (Kafka, Elasticsearch, Netty, gRPC…) allocates direct buffers',
  'task-off-heap-zero': 'taskmanager.memory.task.off-heap.size is 0 (the default), leaving user code no direct memory',
  'direct-leak': 'A direct-memory leak in user code or a dependency',
  'framework-off-heap-high-parallelism': 'Very high parallelism: the framework\'s own Netty needs more framework off-heap memory',
  'classloader-leak': 'A class-loader leak: threads, JDBC drivers or static caches from the user jar keep old classes alive across job restarts',
  'many-jars-in-user-code': 'Large dependencies shaded into the user jar instead of lib/',
  'metaspace-too-small': 'Metaspace too small for the classes the job really needs',
  'heap-state-too-large': 'State on the heap (HashMap backend) or large windows grew beyond the heap',
  'task-heap-too-small': 'Task heap too small for the job\'s objects',
  'large-records-or-windows': 'Large records, or a ProcessWindowFunction buffering a whole window',
  'heap-leak': 'A heap leak in user code (static collections, caches)',
  'native-outside-budget': 'Native memory outside Flink\'s accounting (JNI, threads, glibc arenas) exceeded the JVM overhead',
  'rocksdb-unmanaged': 'RocksDB not bounded by managed memory (state.backend.rocksdb.memory.managed: false)',
  'glibc-arenas': 'glibc malloc arenas fragment native memory (MALLOC_ARENA_MAX, or use jemalloc)',
  'overhead-too-small': 'JVM overhead budget too small for this workload',
  'limit-below-process-size': 'The pod\'s memory limit is below taskmanager.memory.process.size (check Gi vs G)',
  'inconsistent-options': 'Options that fix sizes contradict each other or exceed the total',
  'heap-pressure': 'The heap is close to full, so collections run long',
  'humongous-allocations': 'Humongous objects (larger than half a G1 region) force expensive collections',
  'heap-too-large-for-pause-goal': 'A very large heap with a pause goal that cannot be met',
  'long-gc-pause': 'A long GC pause on the unresponsive process',
  'tm-killed': 'The process was killed (OOMKilled, container killed) and stopped answering',
  'network-partition': 'A real network problem between the processes',
  'many-states-column-families': 'Many states: each is a column family with its own write buffers',
  'native-leak': 'A native memory leak (e.g. unclosed RocksDB objects in user code)',
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
};

const enSuggestions = {
  'network-more': 'Give the network more memory (fraction, or min/max).',
  'network-min-at-least': 'At least {neededBuffers} buffers are needed: set the network memory to at least {neededNetwork}.',
  'network-max-not-below': 'The maximum must not be below the minimum (since 1.17 it is unlimited by default).',
  'process-grows-with-network': 'If the total is fixed, raise the process size too, or the network takes from the task heap.',
  'direct-limit-covers-network': 'Do not start the JVM with a smaller -XX:MaxDirectMemorySize than Flink derives; Flink\'s limit already includes network memory.',
  'network-smaller-locally': 'For local/IDE runs, lower the network memory (e.g. 64m) or give the IDE JVM more memory.',
  'jm-off-heap-more': 'Raise the JobManager off-heap memory (it bounds its direct memory when the limit is enabled).',
  'task-off-heap-for-connectors': 'Give user code direct memory, e.g. {value}.',
  'framework-off-heap-high-parallelism': 'Only at very high parallelism: raise the framework off-heap memory.',
  'metaspace-more': 'Raise the metaspace.',
  'metaspace-double': 'Raise the metaspace, e.g. to {value}, and look for a class-loader leak if it keeps growing.',
  'find-classloader-leak': 'Keep the leaked-class-loader check on; move JDBC drivers and large libraries to lib/.',
  'jm-heap-more': 'Raise the JobManager heap{value, select, undefined {} other { to about {value}}}.',
  'task-heap-more': 'Raise the task heap, e.g. to {value}, or reduce what lives on the heap.',
  'state-off-heap': 'Move large state off the heap to RocksDB (managed memory).',
  'overhead-headroom': 'Give native memory more headroom: JVM overhead {value}.',
  'rocksdb-managed': 'Keep RocksDB inside managed memory.',
  'gc-tuning': 'Use G1 with a pause goal and find what fills the heap.',
  'heartbeat-not-the-fix': 'Raising heartbeat.timeout only hides the pause; fix the memory pressure first.',
} as const;

type SuggestionId = keyof typeof enSuggestions;

const zhSuggestions: Record<SuggestionId, string> = {
  'network-more': '为网络分配更多内存（fraction，或 min/max）。',
  'network-min-at-least': '至少需要 {neededBuffers} 个缓冲区：将网络内存设为至少 {neededNetwork}。',
  'network-max-not-below': '最大值不能低于最小值（自 1.17 起默认不设上限）。',
  'process-grows-with-network': '如果总量固定，也要调大进程总内存，否则网络内存会挤占任务堆内存。',
  'direct-limit-covers-network': '不要用比 Flink 推导值更小的 -XX:MaxDirectMemorySize 启动 JVM；Flink 的上限已经包含网络内存。',
  'network-smaller-locally': '本地/IDE 运行时，调小网络内存（如 64m），或给 IDE 中的 JVM 更多内存。',
  'jm-off-heap-more': '调大 JobManager 堆外内存（启用直接内存上限时，它决定直接内存上限）。',
  'task-off-heap-for-connectors': '为用户代码分配直接内存，例如 {value}。',
  'framework-off-heap-high-parallelism': '仅在并行度非常高时：调大框架堆外内存。',
  'metaspace-more': '调大元空间。',
  'metaspace-double': '调大元空间，例如 {value}；如果持续增长，排查类加载器泄漏。',
  'find-classloader-leak': '保持泄漏类加载器检查开启；把 JDBC 驱动和大型库移到 lib/。',
  'jm-heap-more': '调大 JobManager 堆内存{value, select, undefined {} other {，约 {value}}}。',
  'task-heap-more': '调大任务堆内存，例如 {value}，或减少堆上存放的数据。',
  'state-off-heap': '把大状态移出堆，改用 RocksDB（托管内存）。',
  'overhead-headroom': '为原生内存留出更多余量：JVM 开销 {value}。',
  'rocksdb-managed': '让 RocksDB 使用托管内存。',
  'gc-tuning': '使用 G1 并设置停顿目标，同时找出占满堆的原因。',
  'heartbeat-not-the-fix': '调大 heartbeat.timeout 只会掩盖停顿；先解决内存压力。',
};

const enUi = {
  heading: 'Diagnose a memory failure',
  intro: 'Paste a stack trace, a log excerpt, a pod status or a whole TaskManager/JobManager log. Everything runs in your browser; nothing you paste leaves this page.',
  pasteLabel: 'Log, exception or pod status',
  analyse: 'Diagnose',
  clear: 'Clear',
  loadFile: 'Or open a log file',
  progress: 'Read {chars} characters…',
  notMemory: 'Not a memory failure: nothing in this text matches a Flink memory error. If the job still fails, look at the first "Caused by" in the stack trace.',
  findings: 'Findings',
  pool: 'Pool or mechanism',
  causes: 'Likely causes, most likely first',
  fix: 'What to change',
  line: 'line {line}',
  times: '{count} times',
  consequenceOf: 'Most likely a consequence of: {cause}',
  readMore: 'Read more in the troubleshooting chapter',
  openCalculator: 'Open the {name} calculator with the configuration from this log',
  extracted: 'Memory configuration found in the log',
  version: 'Flink version',
  flinkMessage: 'Flink\'s message',
  emptyPaste: 'Paste something first.',
  largePaste: 'Pasted {size} million characters; kept out of the text box so the page stays responsive.',
} as const;

type UiId = keyof typeof enUi;

const zhUi: Record<UiId, string> = {
  heading: '诊断内存故障',
  intro: '粘贴异常栈、日志片段、Pod 状态或完整的 TaskManager/JobManager 日志。所有分析都在浏览器中完成，粘贴的内容不会离开本页面。',
  pasteLabel: '日志、异常或 Pod 状态',
  analyse: '诊断',
  clear: '清空',
  loadFile: '或打开日志文件',
  progress: '已读取 {chars} 个字符…',
  notMemory: '不是内存故障：文本中没有与 Flink 内存错误相符的内容。如果作业仍然失败，请查看异常栈中第一个 “Caused by”。',
  findings: '诊断结果',
  pool: '内存池或机制',
  causes: '可能原因（按可能性排序）',
  fix: '需要修改的配置',
  line: '第 {line} 行',
  times: '{count} 次',
  consequenceOf: '很可能是以下问题的后果：{cause}',
  readMore: '在故障排查章节中了解更多',
  openCalculator: '用日志中的配置打开{name}计算器',
  extracted: '日志中找到的内存配置',
  version: 'Flink 版本',
  flinkMessage: 'Flink 的原始信息',
  emptyPaste: '请先粘贴内容。',
  largePaste: '已粘贴 {size} 百万个字符；为保持页面流畅，未显示在文本框中。',
};

/** Every string of the diagnosis page, per language. */
export const diagnoseText = {
  en: { diagnoses: enDiagnoses, causes: enCauses as Record<CauseId, string>, suggestions: enSuggestions as Record<SuggestionId, string>, ui: enUi as Record<UiId, string> },
  zh: { diagnoses: zhDiagnoses, causes: zhCauses, suggestions: zhSuggestions, ui: zhUi },
} as const;

/** Fills `{name}` placeholders; unknown names are left out rather than printed raw. */
export function fill(template: string, params: Readonly<Record<string, string | undefined>>): string {
  return template
    .replace(/\{(\w+), select, undefined \{\} other \{([^{}]*(?:\{\w+\}[^{}]*)*)\}\}/g, (_m, name: string, body: string) =>
      params[name] === undefined ? '' : body)
    .replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '');
}
