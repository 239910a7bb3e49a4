/**
 * Words for the advisor (page and CLI). The model returns rule / source / assumption / warning /
 * problem ids with parameters; this table turns them into sentences. `zh` is typed by `en`, so a
 * missing translation is a type error. `{name}` placeholders are filled from the params.
 */
import type {
  AssumptionId,
  InputProblemId,
  Reason,
  RuleId,
  SourceId,
  WarningId,
  AdvisorWarning,
  InputProblem,
} from '~/model/advisor/types';

type Lang = 'en' | 'zh';

const enRules: Record<RuleId, string> = {
  'rule.processFromPod':
    'The pod asks Kubernetes for exactly this much memory: Flink sizes the TaskManager pod from taskmanager.memory.process.size (whole MiB), so the process size is the pod memory you gave ({given}).',
  'rule.processFromYarn':
    'YARN rounds every container up to a multiple of yarn.scheduler.minimum-allocation-mb ({min} MB), so the container is {yarnMb} MB; the process may use all of it, because YARN reserves it anyway.',
  'rule.flinkFromHost':
    'Standalone: the Flink docs advise declaring total Flink memory; this is what Flink derives from the {given} you give each TaskManager process, and the process stays within it.',
  'rule.processNearestFeasible':
    'The memory you gave ({given}) is below what Flink needs with the default JVM and framework sizes; {minimum} is the smallest size Flink accepts (with a little task heap), so the advice uses it — raise the container to match.',
  'rule.slotsGiven': 'The number of slots you chose.',
  'rule.slotsDerived':
    'One slot per CPU ({cpus} CPUs), but at most one slot per {slotMinMib} MiB of process memory ({byMem} by memory): {slots}.',
  'rule.managedNone':
    'Nothing in this job uses managed memory (backend: {backend}; no batch operators, no SQL window buffers, no Python workers), so managed memory is 0 and its share goes to the task heap.',
  'rule.managedConsumers':
    "The job declares these managed-memory consumers: {uses}. The fraction adds up what each one needs (batch operators 40 %, streaming SQL window buffers 10 %, Python workers 20 %, RocksDB/ForSt at least Flink's 40 %).",
  'rule.managedRocksState':
    "RocksDB/ForSt keeps its block cache and write buffers in managed memory. With {state} of state per slot and a working set of {workingSet}, each of the {slots} slots should get about {desired}; the fraction gives that (never less than Flink's default 0.4). Consumers: {uses}.",
  'rule.managedCapped':
    'Lowered from {wanted} so the task heap keeps room (for heap state and user code) and Flink accepts the sizes.',
  'rule.weights':
    "Written out explicitly so an upgrade cannot change the split; the consumers present ({uses}) share managed memory in proportion to what each needs; absent ones keep Flink's defaults.",
  'rule.networkDefault':
    "The topology ({job}, parallelism {parallelism}) reserves {required} buffers per TaskManager; with {margin} margin that is {wanted} buffers ({want}). Flink's default network memory ({defaultNet}) already covers it, so min stays at Flink's 64m.",
  'rule.networkPinned':
    "Flink's default network memory ({defaultNet}) is below what the topology needs ({required} buffers, {wanted} with {margin} margin = {want}), so min and max are pinned to it.",
  'rule.networkCapped':
    'Since Flink 1.17 network memory has no upper bound by default, so 10 % of a large TaskManager ({defaultNet}) would sit idle: the topology needs {wanted} buffers ({want}). The max is capped at the larger of 1g (the pre-1.17 default) and that need; the rest goes to the tasks.',
  'rule.networkMaxDefault':
    "Flink derives {defaultNet} of network memory here; the max is written at that value (Flink's own default for this size), so the figure stays put if the process size changes later without revisiting the network.",
  'rule.networkFraction': "Flink's default fraction of total Flink memory (0.1); min and max decide the result here.",
  'rule.overheadDefault':
    "Flink's defaults for JVM overhead (10 % of the process, at least 192m, at most 1g): thread stacks, code cache and GC structures live here.",
  'rule.overheadNative':
    "Native memory outside Flink's accounting (RocksDB/ForSt beyond its budget, Python workers, native libraries) is taken from JVM overhead: 15 % of the process, up to 2g, instead of 10 % and 1g.",
  'rule.metaspaceDefault': "Flink's default metaspace (256m) suits jobs without generated code.",
  'rule.metaspaceCodegen':
    'SQL and Python jobs load many generated classes; 384m metaspace avoids "OutOfMemoryError: Metaspace" after a few restarts.',
  'rule.taskOffHeapZero': "No native connector or library was declared, so task off-heap stays at Flink's default 0.",
  'rule.taskOffHeapNative':
    'You asked for headroom for native libraries: 128m of task off-heap is added to the direct-memory limit for them.',
  'rule.taskOffHeapPython':
    'Before Flink 1.12 Python workers do not use managed memory: each of the {slots} slots needs 79m off-heap (64m framework + 15m buffer per worker).',
  'rule.frameworkDefault': "Flink's default for the framework's own heap / off-heap; there is rarely a reason to change it.",
  'rule.stateBackend': 'The state backend you described ({backend}).',
  'rule.rocksManaged': "Bound RocksDB/ForSt memory by the slot's managed memory, so it cannot grow past the container.",
  'rule.rocksRatios':
    "Flink's defaults: half the budget may be write buffers, 10 % of the cache is kept for index and filter blocks (their sum with the write buffers' share stays below 1, as Flink checks).",
  'rule.rocksPartitioned':
    'Partitioned index/filter blocks keep only the top-level index in memory — worth it from about 1 GiB of state per slot (here {state}); ForSt turns it on by default.',
  'rule.limitFactor':
    "Memory limit = request (limit factor 1.0): a pod with limit = request is not killed first under node memory pressure, and Flink's process size is already the whole budget.",
  'rule.vcores': 'One YARN vcore per CPU you gave ({cpus}).',
  'rule.jmProcess': 'The JobManager container ({container}) becomes its process size, as for TaskManagers.',
  'rule.jmFlinkFromHost': 'Standalone: total Flink memory derived from the {given} you give the JobManager process.',
  'rule.jmLegacyHeap':
    'Flink 1.10 has no JobManager memory model: the heap is the container ({container}) minus the containerized cut-off (25 %, at least 600m).',
  'rule.jmNearestFeasible':
    "The JobManager memory you gave ({given}) is below Flink's minimum; the smallest size Flink accepts is used instead.",
  'rule.jmMetaspace': "Flink's default JobManager metaspace (256m).",
  'rule.debloat':
    'Buffer debloating keeps about 1 s of in-flight data per gate, so checkpoint barriers ({checkpointing} checkpoints) do not queue behind full buffers under backpressure.',
};

const zhRules: Record<RuleId, string> = {
  'rule.processFromPod':
    'Pod 向 Kubernetes 申请的内存正是这个值：Flink 按 taskmanager.memory.process.size（整 MiB）确定 TaskManager Pod 的大小，所以进程总内存就是你给出的 Pod 内存（{given}）。',
  'rule.processFromYarn':
    'YARN 会把每个容器向上取整到 yarn.scheduler.minimum-allocation-mb（{min} MB）的整数倍，因此容器为 {yarnMb} MB；进程可以用满它，因为 YARN 无论如何都会预留这么多。',
  'rule.flinkFromHost':
    'Standalone：Flink 文档建议配置 Flink 总内存；这是 Flink 按你给每个 TaskManager 进程的 {given} 推导出的值，进程不会超出它。',
  'rule.processNearestFeasible':
    '你给出的内存（{given}）低于 Flink 在默认 JVM 与框架大小下的最低要求；{minimum} 是 Flink 接受的最小值（留出少量任务堆内存），建议按此使用——请把容器调到这个大小。',
  'rule.slotsGiven': '你指定的槽位（slot）数。',
  'rule.slotsDerived':
    '每个 CPU 一个槽位（{cpus} 个 CPU），但每 {slotMinMib} MiB 进程内存最多一个槽位（按内存为 {byMem}）：{slots}。',
  'rule.managedNone':
    '该作业没有任何托管内存的使用者（状态后端：{backend}；没有批处理算子、SQL 窗口缓冲或 Python worker），所以托管内存为 0，其份额留给任务堆内存。',
  'rule.managedConsumers':
    '作业声明了这些托管内存使用者：{uses}。比例是各自需求之和（批处理算子 40%，流式 SQL 窗口缓冲 10%，Python worker 20%，RocksDB/ForSt 至少为 Flink 默认的 40%）。',
  'rule.managedRocksState':
    'RocksDB/ForSt 的块缓存和写缓冲放在托管内存中。每个槽位 {state} 状态、工作集按 {workingSet} 计，{slots} 个槽位各需约 {desired}；该比例满足这一点（不低于 Flink 默认的 0.4）。使用者：{uses}。',
  'rule.managedCapped': '已从 {wanted} 下调，使任务堆内存留有空间（堆上状态与用户代码），并让 Flink 接受这些大小。',
  'rule.weights':
    '显式写出，升级时分配比例不会改变；作业中存在的使用者（{uses}）按各自需求分享托管内存，不存在的保持 Flink 默认值。',
  'rule.networkDefault':
    '该拓扑（{job}，并行度 {parallelism}）每个 TaskManager 需要预留 {required} 个网络缓冲区；加 {margin} 余量为 {wanted} 个（{want}）。Flink 默认的网络内存（{defaultNet}）已足够，min 保持 Flink 默认的 64m。',
  'rule.networkPinned':
    'Flink 默认的网络内存（{defaultNet}）不够该拓扑使用（{required} 个缓冲区，加 {margin} 余量为 {wanted} 个 = {want}），因此把 min 和 max 固定为该值。',
  'rule.networkCapped':
    '从 Flink 1.17 起网络内存默认没有上限，大 TaskManager 的 10%（{defaultNet}）会闲置：该拓扑只需 {wanted} 个缓冲区（{want}）。max 取 1g（1.17 之前的默认值）与该需求中较大者，其余留给任务。',
  'rule.networkMaxDefault':
    'Flink 在这里推导出 {defaultNet} 网络内存；max 写成该值（即 Flink 对此大小的默认结果），以后改动进程大小而未重新评估网络时，这个值不会跟着变。',
  'rule.networkFraction': 'Flink 默认的 Flink 总内存比例（0.1）；这里由 min 与 max 决定结果。',
  'rule.overheadDefault': 'Flink 的 JVM 开销默认值（进程的 10%，至少 192m，至多 1g）：线程栈、代码缓存和 GC 结构都在这里。',
  'rule.overheadNative':
    'Flink 记账之外的本地内存（超出预算的 RocksDB/ForSt、Python worker、本地库）来自 JVM 开销：取进程的 15%、至多 2g，而不是 10% 与 1g。',
  'rule.metaspaceDefault': 'Flink 默认的 JVM 元空间（256m）适合不生成代码的作业。',
  'rule.metaspaceCodegen':
    'SQL 和 Python 作业会加载大量生成的类；384m 元空间可避免几次重启后出现 "OutOfMemoryError: Metaspace"。',
  'rule.taskOffHeapZero': '没有声明本地连接器或本地库，任务堆外内存保持 Flink 默认的 0。',
  'rule.taskOffHeapNative': '你要求为本地库留出余量：为它们在直接内存上限中加入 128m 任务堆外内存。',
  'rule.taskOffHeapPython':
    'Flink 1.12 之前 Python worker 不使用托管内存：{slots} 个槽位各需 79m 堆外内存（每个 worker 64m 框架 + 15m 缓冲）。',
  'rule.frameworkDefault': 'Flink 为框架自身设置的堆内存 / 堆外内存默认值；很少需要修改。',
  'rule.stateBackend': '你描述的状态后端（{backend}）。',
  'rule.rocksManaged': '让 RocksDB/ForSt 的内存受槽位托管内存约束，使其不会超出容器。',
  'rule.rocksRatios': 'Flink 默认值：预算的一半可用于写缓冲，缓存的 10% 留给索引与过滤器块（二者之和小于 1，Flink 会检查）。',
  'rule.rocksPartitioned':
    '分区索引/过滤器只把顶层索引常驻内存——每个槽位约 1 GiB 状态起就值得开启（这里为 {state}）；ForSt 默认开启。',
  'rule.limitFactor':
    '内存 limit = request（limit-factor 1.0）：limit 等于 request 的 Pod 在节点内存紧张时不会被优先驱逐，而 Flink 的进程总内存已经是全部预算。',
  'rule.vcores': '按你给出的 CPU（{cpus}）每个 CPU 一个 YARN vcore。',
  'rule.jmProcess': 'JobManager 容器（{container}）即其进程总内存，与 TaskManager 相同。',
  'rule.jmFlinkFromHost': 'Standalone：由你给 JobManager 进程的 {given} 推导出的 Flink 总内存。',
  'rule.jmLegacyHeap': 'Flink 1.10 没有 JobManager 内存模型：堆内存 = 容器（{container}）减去容器化截留（25%，至少 600m）。',
  'rule.jmNearestFeasible': '你给出的 JobManager 内存（{given}）低于 Flink 的最低要求，改用 Flink 接受的最小值。',
  'rule.jmMetaspace': 'Flink 默认的 JobManager JVM 元空间（256m）。',
  'rule.debloat':
    '缓冲消胀（Buffer Debloating）让每个输入门只保留约 1 秒的在途数据，使检查点屏障（{checkpointing} 检查点）在反压时不必排在满缓冲区之后。',
};

/** Where a rule comes from: a page or source file a reader can check. */
export const SOURCE_URLS: Readonly<Record<SourceId, string>> = {
  'docs.memSetup': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_setup/',
  'docs.memSetupTm': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_setup_tm/',
  'docs.memTuning': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_tuning/',
  'docs.networkTuning': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/network_mem_tuning/',
  'docs.largeState': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/large_state_tuning/',
  'docs.rocksdbMemory': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/state_backends/#memory-management',
  'docs.python': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/python/python_config/',
  'docs.forst': 'https://nightlies.apache.org/flink/flink-docs-release-2.0/docs/ops/state/disaggregated_state/',
  'docs.config': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/config/',
  'docs.k8sNative': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/resource-providers/native_kubernetes/',
  'docs.yarn': 'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/resource-providers/yarn/',
  'docs.debloat':
    'https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/network_mem_tuning/#the-buffer-debloating-mechanism',
  'docs.execution':
    'https://nightlies.apache.org/flink/flink-docs-stable/docs/concepts/flink-architecture/#task-slots-and-resources',
  'source.taskManagerOptions':
    'https://github.com/apache/flink/blob/master/flink-core/src/main/java/org/apache/flink/configuration/TaskManagerOptions.java',
  'source.nettyShuffle':
    'https://github.com/apache/flink/blob/master/flink-runtime/src/main/java/org/apache/flink/runtime/taskmanager/NettyShuffleEnvironmentConfiguration.java',
  'source.rocksdbController':
    'https://github.com/apache/flink/blob/master/flink-state-backends/flink-statebackend-rocksdb/src/main/java/org/apache/flink/state/rocksdb/RocksDBMemoryControllerUtils.java',
  'operator.memoryTuning':
    'https://github.com/apache/flink-kubernetes-operator/blob/main/flink-autoscaler/src/main/java/org/apache/flink/autoscaler/tuning/MemoryTuning.java',
  'k8s.qos': 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/',
  'yarn.scheduler': 'https://hadoop.apache.org/docs/stable/hadoop-yarn/hadoop-yarn-common/yarn-default.xml',
};

const enSources: Record<SourceId, string> = {
  'docs.memSetup': "Flink docs: Set up Flink's process memory",
  'docs.memSetupTm': 'Flink docs: Set up TaskManager memory',
  'docs.memTuning': 'Flink docs: Memory tuning guide',
  'docs.networkTuning': 'Flink docs: Network memory tuning guide',
  'docs.largeState': 'Flink docs: Tuning checkpoints and large state',
  'docs.rocksdbMemory': 'Flink docs: State backends — RocksDB memory management',
  'docs.python': 'Flink docs: Python configuration',
  'docs.forst': 'Flink docs: Disaggregated state (ForSt)',
  'docs.config': 'Flink docs: Configuration',
  'docs.k8sNative': 'Flink docs: Native Kubernetes',
  'docs.yarn': 'Flink docs: Apache Hadoop YARN',
  'docs.debloat': 'Flink docs: The buffer debloating mechanism',
  'docs.execution': 'Flink docs: Task slots and resources',
  'source.taskManagerOptions': 'Flink source: TaskManagerOptions',
  'source.nettyShuffle': 'Flink source: NettyShuffleEnvironmentConfiguration',
  'source.rocksdbController': 'Flink source: RocksDBMemoryControllerUtils',
  'operator.memoryTuning': 'Flink Kubernetes operator: MemoryTuning',
  'k8s.qos': 'Kubernetes docs: Pod Quality of Service classes',
  'yarn.scheduler': 'Hadoop docs: yarn-default.xml (yarn.scheduler.minimum-allocation-mb)',
};
const zhSources: Record<SourceId, string> = {
  'docs.memSetup': 'Flink 文档：配置 Flink 进程的内存',
  'docs.memSetupTm': 'Flink 文档：配置 TaskManager 内存',
  'docs.memTuning': 'Flink 文档：调优指南',
  'docs.networkTuning': 'Flink 文档：网络内存调优指南',
  'docs.largeState': 'Flink 文档：大状态与检查点调优',
  'docs.rocksdbMemory': 'Flink 文档：状态后端——RocksDB 内存管理',
  'docs.python': 'Flink 文档：Python 配置',
  'docs.forst': 'Flink 文档：存算分离状态（ForSt）',
  'docs.config': 'Flink 文档：配置参数',
  'docs.k8sNative': 'Flink 文档：Native Kubernetes',
  'docs.yarn': 'Flink 文档：Apache Hadoop YARN',
  'docs.debloat': 'Flink 文档：缓冲消胀机制',
  'docs.execution': 'Flink 文档：Task Slots 与资源',
  'source.taskManagerOptions': 'Flink 源码：TaskManagerOptions',
  'source.nettyShuffle': 'Flink 源码：NettyShuffleEnvironmentConfiguration',
  'source.rocksdbController': 'Flink 源码：RocksDBMemoryControllerUtils',
  'operator.memoryTuning': 'Flink Kubernetes Operator：MemoryTuning',
  'k8s.qos': 'Kubernetes 文档：Pod 服务质量类',
  'yarn.scheduler': 'Hadoop 文档：yarn-default.xml（yarn.scheduler.minimum-allocation-mb）',
};

const enAssumptions: Record<AssumptionId, string> = {
  'assume.oneSlotPerCpu': 'assumes each slot keeps about one CPU busy',
  'assume.workingSet':
    'assumes the hot part of the state (the working set) is 10 % of it (25 % when you maximise managed memory)',
  'assume.heapStateFactor': 'assumes HashMap state takes about 2× its serialized size on the heap',
  'assume.networkMargin':
    'assumes 20 % above the required buffers (10 % when minimising cost) for floating buffers and overdraft',
  'assume.placement': 'assumes slot sharing: subtask i of every operator runs in slot i',
  'assume.sqlOperators': 'assumes batch operators and streaming SQL window buffers are the OPERATOR consumers',
  'assume.pythonProcess': 'assumes Python UDFs in process mode',
  'assume.forstLikeRocks': 'assumes ForSt budgets memory like RocksDB (same formulas, its own keys)',
  'assume.noAssumption': '',
};
const zhAssumptions: Record<AssumptionId, string> = {
  'assume.oneSlotPerCpu': '假设每个槽位大约占满一个 CPU',
  'assume.workingSet': '假设状态中的热点部分（工作集）占 10%（选择最大化托管内存时为 25%）',
  'assume.heapStateFactor': '假设 HashMap 状态在堆上约占其序列化大小的 2 倍',
  'assume.networkMargin': '假设在必需缓冲区之上留 20% 余量（最小化成本时为 10%），供浮动缓冲区与透支缓冲区使用',
  'assume.placement': '假设启用槽位共享：每个算子的第 i 个子任务运行在第 i 个槽位',
  'assume.sqlOperators': '假设批处理算子与流式 SQL 窗口缓冲是 OPERATOR 类使用者',
  'assume.pythonProcess': '假设 Python UDF 以 process 模式运行',
  'assume.forstLikeRocks': '假设 ForSt 与 RocksDB 以相同方式分配内存（公式相同，键名不同）',
  'assume.noAssumption': '',
};

const enWarnings: Record<WarningId, string> = {
  'warn.containerTooSmall':
    "The container ({given}) is smaller than Flink's minimum for a TaskManager with the default JVM metaspace (256m), JVM overhead (192m at least), framework heap and off-heap (128m each) and network (64m at least). The nearest feasible configuration needs {minimum} ({minimumHr}): raise the container to that, or Flink will refuse to start.",
  'warn.jmContainerTooSmall': "The JobManager memory ({given}) is below Flink's minimum; the advice uses {minimum}.",
  'warn.stateExceedsHeap':
    'HashMap state of {state} per slot needs about {needed} of heap per slot, but each slot gets {heapPerSlot} (short by {shortBy}). Use RocksDB, raise the parallelism so each slot holds less, or run {fitSlots} slots per TaskManager instead of {slots}.',
  'warn.rocksShort':
    'RocksDB/ForSt gets {perSlot} per slot but the working set wants {needed} (short by {shortBy}); it will still run (state spills to disk) but reads will hit the disk more. Give the TaskManager more memory or fewer slots ({slots} now).',
  'warn.arena':
    'RocksDB\'s budget per slot ({perSlot}) is below {minimum}: Flink will log that RocksDB "will flush memtable constantly". Raise managed memory.',
  'warn.networkShort':
    'The topology ({job}, parallelism {parallelism}) needs {required} network buffers per TaskManager ({wanted} with {margin} margin), but only {buffers} fit next to the rest of the memory. Use fewer slots per TaskManager, a larger TaskManager or a lower parallelism.',
  'warn.networkInput':
    "The network check could not run for this topology ({reason}, parallelism {parallelism}); network memory uses Flink's defaults.",
  'warn.yarnRounding':
    'YARN rounds the requested {requested} MB up to {granted} MB (a multiple of {min} MB); the advice uses the whole {granted} MB.',
  'warn.fractionalCpus': 'Less than one CPU ({cpus}) per TaskManager: one slot, and expect slow checkpoints and GC pauses.',
  'warn.unalignedInflight':
    'Unaligned checkpoints store the in-flight network buffers in the checkpoint: larger network memory means larger checkpoints. Buffer debloating keeps them small.',
  'warn.managedCapped': 'The managed-memory consumers want {wanted} of Flink memory; capped at {cap} so the heap keeps room.',
  'warn.bigHeap':
    'The JVM heap is {heap}: above 32 GiB the JVM loses compressed object pointers and long GC pauses become likely. Prefer more, smaller TaskManagers.',
  'warn.slotsExceedCpus': '{slots} slots on {cpus} CPUs: slots will compete for CPU.',
  'warn.stateHuge': 'The state per slot is larger than any memory the TaskManager has.',
  'warn.legacyVersion':
    'Flink {version} has no JobManager memory model and reached end of life long ago; the advice follows its scripts.',
};
const zhWarnings: Record<WarningId, string> = {
  'warn.containerTooSmall':
    '容器（{given}）小于 Flink 对 TaskManager 的最低要求（默认 JVM 元空间 256m、JVM 开销至少 192m、框架堆内存与堆外内存各 128m、网络内存至少 64m）。最接近的可行配置需要 {minimum}（{minimumHr}）：请把容器调到这个大小，否则 Flink 会拒绝启动。',
  'warn.jmContainerTooSmall': 'JobManager 内存（{given}）低于 Flink 的最低要求；建议改用 {minimum}。',
  'warn.stateExceedsHeap':
    '每个槽位 {state} 的 HashMap 状态约需 {needed} 堆内存，但每个槽位只有 {heapPerSlot}（差 {shortBy}）。请改用 RocksDB、提高并行度让每个槽位的状态更少，或每个 TaskManager 用 {fitSlots} 个槽位（现为 {slots}）。',
  'warn.rocksShort':
    'RocksDB/ForSt 每个槽位得到 {perSlot}，而工作集需要 {needed}（差 {shortBy}）；仍能运行（状态落盘），但读取会更多地访问磁盘。请给 TaskManager 更多内存或减少槽位（现为 {slots}）。',
  'warn.arena':
    '每个槽位的 RocksDB 预算（{perSlot}）低于 {minimum}：Flink 会记录 RocksDB "will flush memtable constantly"。请增加托管内存。',
  'warn.networkShort':
    '该拓扑（{job}，并行度 {parallelism}）每个 TaskManager 需要 {required} 个网络缓冲区（加 {margin} 余量为 {wanted} 个），但在其余内存之外只能放下 {buffers} 个。请减少每个 TaskManager 的槽位、使用更大的 TaskManager 或降低并行度。',
  'warn.networkInput': '无法对该拓扑做网络检查（{reason}，并行度 {parallelism}）；网络内存使用 Flink 默认值。',
  'warn.yarnRounding': 'YARN 会把申请的 {requested} MB 向上取整为 {granted} MB（{min} MB 的整数倍）；建议用满这 {granted} MB。',
  'warn.fractionalCpus': '每个 TaskManager 不到一个 CPU（{cpus}）：只设一个槽位，并预计检查点与 GC 停顿会较慢。',
  'warn.unalignedInflight': '非对齐检查点会把在途的网络缓冲区写进检查点：网络内存越大，检查点越大。缓冲消胀可使其保持较小。',
  'warn.managedCapped': '托管内存使用者希望占用 Flink 内存的 {wanted}；已限制为 {cap}，为堆内存留出空间。',
  'warn.bigHeap':
    'JVM 堆内存为 {heap}：超过 32 GiB 时 JVM 会失去压缩指针，容易出现长时间 GC 停顿。建议使用更多、更小的 TaskManager。',
  'warn.slotsExceedCpus': '{cpus} 个 CPU 上有 {slots} 个槽位：槽位之间会争抢 CPU。',
  'warn.stateHuge': '每个槽位的状态大于 TaskManager 的全部内存。',
  'warn.legacyVersion': 'Flink {version} 没有 JobManager 内存模型，且早已停止维护；建议按其脚本的行为给出。',
};

const enProblems: Record<InputProblemId, string> = {
  'input.notObject': 'The input is not a JSON object; defaults are used.',
  'input.version': 'Unknown Flink version "{value}"; using {used}.',
  'input.deployment': 'Unknown deployment "{value}"; using {used}.',
  'input.memory': '{field}: "{value}" is not a memory size (use 4Gi, 4096m, 8g or YARN MB such as 8192); using {used}.',
  'input.cpus': '{field}: "{value}" is not a positive number of CPUs; using {used}.',
  'input.slots': '{field}: "{value}" is not a whole number from 1 to 1024; the slots are derived.',
  'input.yarnMin': 'yarn.scheduler.minimum-allocation-mb "{value}" is not a positive whole number; using {used}.',
  'input.mode': 'Unknown job mode "{value}"; using {used}.',
  'input.stateBackend': 'Unknown state backend "{value}"; using {used}.',
  'input.forstVersion': 'ForSt is a Flink 2.x state backend; for this version RocksDB is used.',
  'input.stateSize': '{field}: "{value}" is not a size; the state size is treated as unknown.',
  'input.parallelism':
    '{field}: "{value}" is not a whole number from 1 to 10000; the parallelism equals the slots of one TaskManager.',
  'input.exchanges': 'Unknown exchange shape "{value}"; using {used}.',
  'input.checkpointing': 'Unknown checkpointing mode "{value}"; using {used}.',
  'input.goal': 'Unknown goal "{value}" ignored.',
  'input.batchState': 'Batch jobs keep no long-lived keyed state; the state size is ignored.',
};
const zhProblems: Record<InputProblemId, string> = {
  'input.notObject': '输入不是 JSON 对象；使用默认值。',
  'input.version': '未知的 Flink 版本 "{value}"；改用 {used}。',
  'input.deployment': '未知的部署方式 "{value}"；改用 {used}。',
  'input.memory': '{field}："{value}" 不是内存大小（请用 4Gi、4096m、8g 或 YARN 的 MB 数如 8192）；改用 {used}。',
  'input.cpus': '{field}："{value}" 不是正的 CPU 数；改用 {used}。',
  'input.slots': '{field}："{value}" 不是 1 到 1024 的整数；改为自动推导槽位数。',
  'input.yarnMin': 'yarn.scheduler.minimum-allocation-mb "{value}" 不是正整数；改用 {used}。',
  'input.mode': '未知的作业模式 "{value}"；改用 {used}。',
  'input.stateBackend': '未知的状态后端 "{value}"；改用 {used}。',
  'input.forstVersion': 'ForSt 是 Flink 2.x 的状态后端；此版本改用 RocksDB。',
  'input.stateSize': '{field}："{value}" 不是大小；状态大小视为未知。',
  'input.parallelism': '{field}："{value}" 不是 1 到 10000 的整数；并行度取一个 TaskManager 的槽位数。',
  'input.exchanges': '未知的数据交换形态 "{value}"；改用 {used}。',
  'input.checkpointing': '未知的检查点模式 "{value}"；改用 {used}。',
  'input.goal': '忽略未知目标 "{value}"。',
  'input.batchState': '批处理作业没有长期保存的键控状态；忽略状态大小。',
};

const enUi = {
  title: 'Memory advisor',
  intro:
    'Describe the cluster and the job; get a complete memory configuration with a reason for every value, checked by the same model as the calculators.',
  noscript:
    'JavaScript is off: the advice below is for the default inputs, and changing the inputs (or opening a shared link) needs JavaScript. Without it, use the command line: flink-memory advise --input FILE.json.',
  cluster: 'Cluster',
  jobSection: 'Job',
  goalsSection: 'Goals',
  version: 'Flink version',
  deployment: 'Deployment',
  tmMemory: 'TaskManager memory (container / host)',
  tmCpus: 'CPUs per TaskManager',
  slots: 'Slots per TaskManager (empty = derive)',
  jmMemory: 'JobManager memory',
  yarnMin: 'yarn.scheduler.minimum-allocation-mb',
  mode: 'Execution mode',
  stateBackend: 'State backend',
  stateSize: 'State per slot',
  sqlWindows: 'SQL windows',
  sqlJoins: 'SQL joins',
  sqlAggs: 'SQL aggregations',
  python: 'Python UDFs',
  parallelism: 'Parallelism (empty = slots of one TaskManager)',
  exchanges: 'Exchanges',
  checkpointing: 'Checkpointing',
  'goal.max-managed': 'Maximise managed memory for RocksDB',
  'goal.native-headroom': 'Leave headroom for native libraries',
  'goal.min-cost': 'Minimise cost',
  result: 'Advised configuration',
  key: 'Key',
  value: 'Value',
  why: 'Why',
  source: 'Source',
  warnings: 'Warnings',
  problems: 'Input problems',
  checks: 'Checked by the model',
  checkTm: 'TaskManager derivation',
  checkJm: 'JobManager derivation',
  checkNetwork: 'Network buffers for the topology',
  checkState: 'State backend memory per slot',
  checkFit: 'Process fits the container',
  ok: 'accepted',
  refused: 'refused',
  fits: 'fits',
  doesNotFit: 'does not fit',
  buffers: '{available} buffers for {required} required ({wanted} with margin) per TaskManager, {tms} TaskManagers',
  perSlot: '{perSlot} per slot, {needed} wanted',
  heapPerSlot: '{heapPerSlot} task heap per slot',
  container: 'process {process} in a container of {container}',
  export: 'Export',
  helm: 'Helm values (FlinkDeployment)',
  copyLink: 'Link to this advice',
  openTm: 'Open in the TaskManager calculator',
  openNet: 'Open in the network calculator',
  openRocks: 'Open in the RocksDB calculator',
  none: 'none',
  sourceLabel: 'Source',
  assumptionLabel: 'Assumption',
  rulesLink: 'How the advisor decides (the rules and their sources)',
  compareLink: 'Compare two configurations or versions',
  derive: 'derive',
  yarnContainer: 'YARN container: {mb} MB',
  podRequest: 'Pod memory request and limit: {mib}Mi',
} as const;
export type AdvisorUiKey = keyof typeof enUi;
const zhUi: Record<AdvisorUiKey, string> = {
  title: '内存配置顾问',
  intro: '描述集群与作业，得到一份完整的内存配置，每个值都附有理由，并由与计算器相同的模型校验。',
  noscript:
    'JavaScript 已关闭：下方是默认输入的建议；修改输入（或打开分享的链接）需要 JavaScript。没有 JavaScript 时请使用命令行：flink-memory advise --input FILE.json。',
  cluster: '集群',
  jobSection: '作业',
  goalsSection: '目标',
  version: 'Flink 版本',
  deployment: '部署方式',
  tmMemory: 'TaskManager 内存（容器 / 主机）',
  tmCpus: '每个 TaskManager 的 CPU 数',
  slots: '每个 TaskManager 的槽位数（留空 = 推导）',
  jmMemory: 'JobManager 内存',
  yarnMin: 'yarn.scheduler.minimum-allocation-mb',
  mode: '执行模式',
  stateBackend: '状态后端',
  stateSize: '每个槽位的状态',
  sqlWindows: 'SQL 窗口',
  sqlJoins: 'SQL 连接',
  sqlAggs: 'SQL 聚合',
  python: 'Python UDF',
  parallelism: '并行度（留空 = 一个 TaskManager 的槽位数）',
  exchanges: '数据交换',
  checkpointing: '检查点',
  'goal.max-managed': '为 RocksDB 尽量增大托管内存',
  'goal.native-headroom': '为本地库留出余量',
  'goal.min-cost': '最小化成本',
  result: '建议的配置',
  key: '键',
  value: '值',
  why: '理由',
  source: '来源',
  warnings: '警告',
  problems: '输入问题',
  checks: '模型校验',
  checkTm: 'TaskManager 推导',
  checkJm: 'JobManager 推导',
  checkNetwork: '拓扑所需的网络缓冲区',
  checkState: '每个槽位的状态后端内存',
  checkFit: '进程放得进容器',
  ok: '通过',
  refused: '被拒绝',
  fits: '放得下',
  doesNotFit: '放不下',
  buffers: '每个 TaskManager 有 {available} 个缓冲区，需要 {required} 个（含余量 {wanted} 个），共 {tms} 个 TaskManager',
  perSlot: '每个槽位 {perSlot}，期望 {needed}',
  heapPerSlot: '每个槽位任务堆内存 {heapPerSlot}',
  container: '进程 {process}，容器 {container}',
  export: '导出',
  helm: 'Helm values（FlinkDeployment）',
  copyLink: '本建议的链接',
  openTm: '在 TaskManager 计算器中打开',
  openNet: '在网络计算器中打开',
  openRocks: '在 RocksDB 计算器中打开',
  none: '无',
  sourceLabel: '来源',
  assumptionLabel: '假设',
  rulesLink: '配置顾问如何决定（规则及其来源）',
  compareLink: '比较两份配置或两个版本',
  derive: '推导',
  yarnContainer: 'YARN 容器：{mb} MB',
  podRequest: 'Pod 内存 request 与 limit：{mib}Mi',
};

export const advisorText = {
  en: {
    rules: enRules,
    sources: enSources,
    assumptions: enAssumptions,
    warnings: enWarnings,
    problems: enProblems,
    ui: enUi as Record<AdvisorUiKey, string>,
  },
  zh: { rules: zhRules, sources: zhSources, assumptions: zhAssumptions, warnings: zhWarnings, problems: zhProblems, ui: zhUi },
} as const;

/** Fills `{name}` from params; an unknown placeholder becomes empty (never shown raw). */
export function fillAdvisor(template: string, params: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => params[k] ?? '');
}

/** A reason as one paragraph: the rule, the assumption (if any), and the source. */
export function reasonText(r: Reason, lang: Lang): { text: string; assumption: string; source: string; url: string } {
  const t = advisorText[lang];
  return {
    text: fillAdvisor(t.rules[r.rule], r.params),
    assumption: t.assumptions[r.assumption],
    source: t.sources[r.source],
    url: SOURCE_URLS[r.source],
  };
}

/** A reason in one line of plain text (CLI, JSON `reasons`). */
export function reasonLine(r: Reason, lang: Lang): string {
  const x = reasonText(r, lang);
  const sep = lang === 'zh' ? '；' : '; ';
  const text = x.text.replace(/[.。]$/, '');
  return `${text}${x.assumption ? `${sep}${lang === 'zh' ? '假设' : 'assumption'}: ${x.assumption}` : ''}${sep}${lang === 'zh' ? '来源' : 'source'}: ${x.source} <${x.url}>`;
}

export function warningText(w: AdvisorWarning, lang: Lang): string {
  return fillAdvisor(advisorText[lang].warnings[w.id], w.params);
}

export function problemText(p: InputProblem, lang: Lang): string {
  return fillAdvisor(advisorText[lang].problems[p.id], p.params);
}
