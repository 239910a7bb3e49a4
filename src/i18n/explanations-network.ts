/**
 * Plain-language explanations of the network, managed-memory and RocksDB messages the model
 * reproduces (ids = `FlinkError.id` / `LogEntry.id` / input-error ids), and of the rules of thumb
 * (`rot.*`). `zh` is typed by `en`'s keys, so a missing translation fails to compile.
 */
export interface Explanation {
  title: string;
  explanation: string;
  fix: string;
}

export const en = {
  'network.insufficientBuffers': {
    title: 'Not enough network buffers',
    explanation:
      'When a task starts, every result partition and input gate reserves its minimum number of buffers from the TaskManager\'s network buffer pool, and every remote input channel reserves its exclusive buffers. "required" is the request of that one pool or channel, "available" is what is not yet reserved. The job needs more buffers on this TaskManager than its network memory holds — usually because of high parallelism, all-to-all shuffles, or many slots per TaskManager.',
    fix: 'Give the TaskManager more network memory (taskmanager.memory.network.fraction / .min / .max, or a larger process size), use fewer slots per TaskManager, or lower the parallelism of the shuffles. Before Flink 2.0, fewer buffers-per-channel also lowers the reservation.',
  },
  'network.segmentSizeTooSmall': {
    title: 'Memory segment size too small',
    explanation:
      'taskmanager.memory.segment-size (the size of one network buffer and one managed memory page) must be at least 4096 bytes.',
    fix: 'Use 4kb or more; the default 32kb is right for almost every job.',
  },
  'network.segmentSizeNotPowerOfTwo': {
    title: 'Memory segment size is not a power of two',
    explanation: 'Flink requires taskmanager.memory.segment-size to be a power of two (4kb, 8kb, 16kb, 32kb, 64kb, …).',
    fix: 'Pick the nearest power of two, e.g. 32kb or 64kb.',
  },
  'network.segmentSizeTooLarge': {
    title: 'Memory segment size too large',
    explanation: 'The segment size must fit in a Java int (below 2 GiB).',
    fix: 'Use a normal segment size such as 32kb.',
  },
  'network.tooManyPages': {
    title: 'Too many network buffers',
    explanation: 'Network memory divided by the segment size gives more than 2,147,483,647 buffers, which Flink cannot count.',
    fix: 'Lower the network memory or raise taskmanager.memory.segment-size.',
  },
  'network.buffersPerChannelNegative': {
    title: 'Negative buffers per channel',
    explanation: 'taskmanager.network.memory.buffers-per-channel must be 0 or more.',
    fix: 'Use 0 or a positive number (default 2).',
  },
  'network.floatingBuffersTooFew': {
    title: 'Too few floating buffers',
    explanation: 'Flink 1.17–1.20 require at least one floating buffer per input gate.',
    fix: 'Set taskmanager.network.memory.floating-buffers-per-gate to 1 or more (default 8).',
  },
  'network.requiredPerGateTooFew': {
    title: 'Required buffers per gate below 1',
    explanation:
      'taskmanager.network.memory.read-buffer.required-per-gate.max caps the buffers an input gate must reserve; it must be at least 1.',
    fix: 'Remove the option (Flink then uses unlimited for streaming, 1000 for batch) or set it to 1 or more.',
  },
  'network.keyIgnored': {
    title: 'Option has no effect in this version',
    explanation:
      'Flink 2.0 removed this network option: buffers per channel, floating buffers, max buffers per channel, overdraft and sort-shuffle min parallelism are hard-coded (2, 8, 10, 20, 1), and taskmanager.network.numberOfBuffers is gone. Setting it changes nothing — not even an invalid value is reported.',
    fix: 'Delete the key from the configuration; size network memory instead.',
  },
  'network.gate.channelsNotPositive': {
    title: 'Input gate without channels',
    explanation: 'An input gate must have at least one input channel.',
    fix: 'Use 1 or more channels.',
  },
  'network.gate.requiredBelowOne': {
    title: 'Gate would require less than one buffer',
    explanation:
      'channels × buffers-per-channel + 1 came out below 1 — a negative buffers-per-channel, or a Java int overflow for huge channel counts.',
    fix: 'Use a non-negative buffers-per-channel and realistic channel counts.',
  },
  'network.gate.floatingNotPositive': {
    title: 'No floating buffer left',
    explanation: 'After the exclusive buffers, the gate would have no required floating buffer.',
    fix: 'Check buffers-per-channel and required-per-gate.max.',
  },
  'network.gate.wrongFloating': {
    title: 'Floating pool smaller than its minimum',
    explanation: "With 0 floating buffers per gate the gate's floating pool would need more buffers than it may hold.",
    fix: 'Use at least 1 floating buffer per gate.',
  },
  'network.announce.unbounded': {
    title: 'Unbounded pool cannot be announced',
    explanation:
      'Under fine-grained resource management a task declares its network buffers up front. PIPELINED and HYBRID partitions have unbounded pools, so Flink refuses to announce them.',
    fix: 'Use bounded (PIPELINED_BOUNDED) or blocking exchanges, or do not use fine-grained resource profiles for this job.',
  },
  'network.announce.reuseMissing': {
    title: 'Consumed dataset without reuse count',
    explanation:
      "An internal consistency check failed: a consumed dataset was missing from the partition-reuse map (Flink's exception has no message).",
    fix: 'This is an inconsistent job description; give every input a reuse count.',
  },
  'network.pool.minNotPositive': {
    title: 'Pool with a minimum of 0 buffers',
    explanation: 'Since Flink 1.12 every local buffer pool must require at least one buffer.',
    fix: 'Check tiered-storage and sort-shuffle buffer settings.',
  },
  'network.pool.maxBelowMin': {
    title: 'Pool maximum below its minimum',
    explanation:
      'Before Flink 1.14, a bounded result partition with buffers-per-channel 0 and few floating buffers could get a maximum below its minimum (subpartitions + 1); the pool constructor refuses it.',
    fix: 'Raise buffers-per-channel or floating-buffers-per-gate, or upgrade (1.14 raises the maximum to the minimum).',
  },
  'config.couldNotParse': {
    title: 'Value cannot be read',
    explanation: "Flink could not convert the configured text to the option's type (number, size, boolean, …).",
    fix: 'Write the value the way the option expects, e.g. 4, 0.5, 64mb, true.',
  },
  'managed.negativeWeight': {
    title: 'Negative consumer weight',
    explanation:
      'taskmanager.memory.managed.consumer-weights gives each managed-memory consumer (OPERATOR, STATE_BACKEND, PYTHON) a share; a weight may not be negative.',
    fix: 'Use 0 or a positive weight, e.g. OPERATOR:70,STATE_BACKEND:70,PYTHON:30.',
  },
  'managed.weightNotANumber': {
    title: 'Consumer weight is not a whole number',
    explanation:
      'Each weight in taskmanager.memory.managed.consumer-weights is parsed as a Java int; text or numbers above 2147483647 fail with a bare NumberFormatException.',
    fix: 'Use whole numbers such as OPERATOR:70.',
  },
  'managed.weightsNotAMap': {
    title: 'Consumer weights are not a map',
    explanation: 'The value must be a map: NAME:weight pairs separated by commas, or a YAML map.',
    fix: 'Write e.g. OPERATOR:70,STATE_BACKEND:70,PYTHON:30.',
  },
  'managed.divideByZero': {
    title: 'Division by zero',
    explanation: 'The weights of the consumers present add up to 0, so no fraction can be computed.',
    fix: 'Give at least one present consumer a positive weight.',
  },
  'managed.conflictingWeights': {
    title: 'Conflicting consumer weights',
    explanation: 'Two configurations merged into one job give the same consumer different weights.',
    fix: 'Set taskmanager.memory.managed.consumer-weights once, on the cluster.',
  },
  'managed.fractionZero': {
    title: 'Consumer gets 0 managed memory',
    explanation:
      "The operator's share of the slot's managed memory is 0 — its consumer has weight 0 or is missing from taskmanager.memory.managed.consumer-weights (setting the option replaces the whole default map).",
    fix: 'List every consumer the job uses with a positive weight, e.g. OPERATOR:70,STATE_BACKEND:70,PYTHON:30.',
  },
  'managed.fractionRange': {
    title: 'Fraction outside (0, 1]',
    explanation: 'A managed-memory fraction must be above 0 and at most 1.',
    fix: 'Use a fraction in (0, 1].',
  },
  'managed.negativeSize': {
    title: 'Negative managed memory',
    explanation: 'A memory manager cannot have a negative size.',
    fix: 'Use 0 or more.',
  },
  'managed.pageSizeTooSmall': {
    title: 'Page size too small',
    explanation:
      'The managed memory page size (taskmanager.memory.segment-size) must be at least 4096 bytes. The "%d" in Flink\'s message is Flink\'s own formatting bug.',
    fix: 'Use 4kb or more (default 32kb).',
  },
  'managed.pageSizeNotPowerOfTwo': {
    title: 'Page size not a power of two',
    explanation: 'The managed memory page size must be a power of two.',
    fix: 'Use e.g. 32kb.',
  },
  'rocksdb.invalidRatios': {
    title: 'RocksDB memory ratios too large',
    explanation:
      'The write buffer manager takes 2r/(3−r) of the block cache and the high-priority pool takes its ratio; together they must stay below 1, or nothing is left for data blocks. Flink checks this on every start, also for values read from the configuration.',
    fix: 'Lower state.backend.rocksdb.memory.write-buffer-ratio (default 0.5) or high-prio-pool-ratio (default 0.1).',
  },
  'rocksdb.setterRatioRange': {
    title: 'Ratio outside (0, 1)',
    explanation:
      "The programmatic setters of RocksDB's memory configuration accept ratios strictly between 0 and 1 (the configuration path does not check this range).",
    fix: 'Use a value between 0 and 1.',
  },
  'rocksdb.setterFixedParse': {
    title: 'Fixed memory per slot is not a size',
    explanation: 'The value must be a memory size such as 256mb; signs are not allowed.',
    fix: 'Write e.g. 256mb.',
  },
  'rocksdb.setterFixedNotPositive': {
    title: 'Fixed memory per slot must be above 0',
    explanation:
      'setFixedMemoryPerSlot refuses 0 bytes (the configuration key accepts it, and RocksDB then gets a 0-byte cache).',
    fix: 'Use a positive size or use managed memory.',
  },
  'rocksdb.arenaBlockWarning': {
    title: 'RocksDB will flush constantly',
    explanation:
      "Each memtable allocates arena blocks of write-buffer-size / 8 (8 MiB by default). When the write buffer manager's mutable limit (7/8 of its capacity) is smaller than one arena block, RocksDB flushes memtables almost on every write: high IO and CPU. Flink only logs this as a warning.",
    fix: 'Give RocksDB more memory per slot (more managed memory, fewer slots, or a larger STATE_BACKEND weight): about 27.5 MiB per slot with the defaults. Or lower state.backend.rocksdb.writebuffer.size.',
  },
  'job.noVertices': { title: 'Empty job', explanation: 'The job has no vertices.', fix: 'Add at least one vertex.' },
  'job.badParallelism': {
    title: 'Invalid parallelism',
    explanation: 'Parallelism of {name} must be a whole number from 1 to 100000 (got {value}).',
    fix: 'Enter a whole number ≥ 1.',
  },
  'job.badSlots': {
    title: 'Invalid slot count',
    explanation: 'Slots per TaskManager must be a whole number ≥ 1 (got {value}).',
    fix: 'Enter a whole number ≥ 1.',
  },
  'job.duplicateVertex': {
    title: 'Duplicate vertex',
    explanation: 'Two vertices are named {name}.',
    fix: 'Give each vertex its own name.',
  },
  'job.unknownVertex': {
    title: 'Unknown vertex',
    explanation: 'An edge refers to {name}, which is not a vertex of the job.',
    fix: "Check the edge's from/to names.",
  },
  'job.selfLoop': { title: 'Edge to itself', explanation: 'Vertex {name} cannot feed itself.', fix: 'Remove the edge.' },
  'job.forwardParallelism': {
    title: 'Forward edge changes parallelism',
    explanation: 'A forward edge connects subtask i to subtask i, so {from} ({up}) and {to} ({down}) need the same parallelism.',
    fix: 'Use rescale, or all-to-all (rebalance/keyBy), or equal parallelism.',
  },
  'job.badPartitionType': {
    title: 'Unknown partition type',
    explanation: '{value} is not a partition type.',
    fix: 'Use PIPELINED_BOUNDED (streaming) or BLOCKING (batch).',
  },
  'job.typeNotInVersion': {
    title: 'Partition type not in this version',
    explanation: '{type} does not exist in Flink {version}.',
    fix: 'Pick another type or a newer version.',
  },
  'job.badPattern': {
    title: 'Unknown distribution pattern',
    explanation: '{value} is not one of all-to-all, forward, rescale, broadcast.',
    fix: 'Pick one of the four.',
  },
  'job.tooLarge': {
    title: 'Job too large to estimate',
    explanation: 'The job is too large for the estimate ({value}).',
    fix: 'Use smaller parallelism values.',
  },
  'rot.badInput': {
    title: 'Invalid input',
    explanation: '{name} must be a whole number (got {value}).',
    fix: 'Enter whole numbers: P ≥ 1, B and F ≥ 0.',
  },
  'heapState.badInput': {
    title: 'Invalid input',
    explanation: '{name} must be a number ≥ 0 (got {value}).',
    fix: 'Enter the number of entries and average sizes in bytes.',
  },
  'rot.floatingPerGate': {
    title: 'Floating buffers are per gate, not per channel',
    explanation:
      "An input gate's buffers are channels × B + F: F is added once per gate, not once per channel as P × (B + F) implies.",
    fix: '',
  },
  'rot.outputSideMissing': {
    title: 'The sending side is missing',
    explanation:
      'Every producer subtask has its own result-partition pool of [subpartitions + 1, subpartitions × B + F] buffers; the formula counts only the receiving side.',
    fix: '',
  },
  'rot.localChannelsNoExclusive': {
    title: 'Local channels get no exclusive buffers',
    explanation:
      'Exclusive buffers exist only for remote channels (producer on another TaskManager). With producers and consumers on one TaskManager, the receivers reserve 0 exclusive buffers.',
    fix: '',
  },
  'rot.minVersusMax': {
    title: 'Reserved minimum vs possible maximum',
    explanation:
      'Only the pools\' minima (and remote exclusive buffers) are reserved, and only they can cause "Insufficient number of network buffers". The rest is handed out when spare buffers exist.',
    fix: '',
  },
  'rot.quadraticScaling': {
    title: 'It grows with slots × parallelism, not with parallelism',
    explanation:
      'Per TaskManager, an all-to-all shuffle needs about (subtasks on the TaskManager) × (parallelism) channels: doubling parallelism and slots quadruples it. P × (B + F) grows linearly.',
    fix: '',
  },
  'rot.notDefaults': {
    title: "These are not Flink's defaults",
    explanation: "Flink's defaults are B = 2 buffers per channel and F = 8 floating buffers per gate.",
    fix: '',
  },
  'rot.hardCodedIn2': {
    title: 'Flink 2.x cannot be configured this way',
    explanation:
      'Flink 2.0 removed buffers-per-channel and floating-buffers-per-gate and hard-codes 2 and 8; setting them has no effect.',
    fix: '',
  },
  'rot.jmBudget': {
    title: 'Budget_JM = TotalMemory / Parallelism × Parallelism_JM',
    explanation:
      "The JobManager does not run tasks, so its memory does not scale with a share of task parallelism. Flink sizes it from jobmanager.memory.process.size (or flink.size / heap.size): JVM heap for the scheduler, the execution graph and checkpoint metadata, off-heap 128 MiB, metaspace 256 MiB, overhead 10 % within [192 MiB, 1 GiB]. What grows its heap is the number of vertices × parallelism (execution graph), checkpoint metadata and REST history — not the cluster's total memory.",
    fix: '',
  },
  'rot.stateSize': {
    title: 'StateSize = TotalMemory / Parallelism × StateMemoryBudget',
    explanation:
      "State memory is not a share of cluster memory divided by parallelism. With RocksDB it is the slot's managed memory (TaskManager managed memory ÷ slots) times the STATE_BACKEND weight share, and RocksDB then splits it into block cache and write buffers; the state itself lives on disk and may be far larger. With the HashMap backend, state is objects on the TaskManager's shared task heap, with Java object overhead several times the raw data size.",
    fix: '',
  },
} satisfies Record<string, Explanation>;

export type NetworkExplanationId = keyof typeof en;

export const zh: Record<NetworkExplanationId, Explanation> = {
  'network.insufficientBuffers': {
    title: '网络缓冲区不足',
    explanation:
      '任务启动时，每个结果分区和输入门都要从 TaskManager 的网络缓冲池中预留其最小缓冲区数，每个远程输入通道还要预留其独占缓冲区。消息中的 “required” 是这一个缓冲池或通道的请求量，“available” 是尚未被预留的数量。作业在该 TaskManager 上需要的缓冲区超过了网络内存能提供的数量——通常源于高并行度、all-to-all 数据交换或每个 TaskManager 槽位（slot）过多。',
    fix: '为 TaskManager 提供更多网络内存（taskmanager.memory.network.fraction / .min / .max，或增大进程总内存），减少每个 TaskManager 的槽位数，或降低数据交换的并行度。Flink 2.0 之前，调小 buffers-per-channel 也能减少预留量。',
  },
  'network.segmentSizeTooSmall': {
    title: '内存段太小',
    explanation: 'taskmanager.memory.segment-size（一个网络缓冲区和一页托管内存的大小）至少为 4096 字节。',
    fix: '使用 4kb 或更大；默认的 32kb 几乎适合所有作业。',
  },
  'network.segmentSizeNotPowerOfTwo': {
    title: '内存段大小不是 2 的幂',
    explanation: 'Flink 要求 taskmanager.memory.segment-size 为 2 的幂（4kb、8kb、16kb、32kb、64kb……）。',
    fix: '改用最接近的 2 的幂，例如 32kb 或 64kb。',
  },
  'network.segmentSizeTooLarge': {
    title: '内存段太大',
    explanation: '内存段大小必须能放进 Java int（小于 2 GiB）。',
    fix: '使用常规大小，例如 32kb。',
  },
  'network.tooManyPages': {
    title: '网络缓冲区数量过多',
    explanation: '网络内存除以内存段大小得到的缓冲区数超过 2,147,483,647，Flink 无法计数。',
    fix: '减少网络内存或增大 taskmanager.memory.segment-size。',
  },
  'network.buffersPerChannelNegative': {
    title: '每通道缓冲区数为负',
    explanation: 'taskmanager.network.memory.buffers-per-channel 必须为 0 或正数。',
    fix: '使用 0 或正数（默认 2）。',
  },
  'network.floatingBuffersTooFew': {
    title: '浮动缓冲区太少',
    explanation: 'Flink 1.17–1.20 要求每个输入门至少有 1 个浮动缓冲区。',
    fix: '将 taskmanager.network.memory.floating-buffers-per-gate 设为 1 或更大（默认 8）。',
  },
  'network.requiredPerGateTooFew': {
    title: '每个输入门的必需缓冲区小于 1',
    explanation: 'taskmanager.network.memory.read-buffer.required-per-gate.max 限制输入门必须预留的缓冲区数，至少为 1。',
    fix: '删除该选项（流作业不限，批作业 1000），或设为 1 或更大。',
  },
  'network.keyIgnored': {
    title: '该选项在此版本中无效',
    explanation:
      'Flink 2.0 删除了这个网络选项：每通道缓冲区、浮动缓冲区、每通道最大缓冲区、超额缓冲区和 sort-shuffle 最小并行度均已硬编码（2、8、10、20、1），taskmanager.network.numberOfBuffers 也已移除。设置它不会产生任何效果，连非法值也不会报错。',
    fix: '从配置中删除该键，改为调整网络内存大小。',
  },
  'network.gate.channelsNotPositive': {
    title: '输入门没有通道',
    explanation: '输入门（InputGate）至少要有一个输入通道。',
    fix: '使用 1 个或更多通道。',
  },
  'network.gate.requiredBelowOne': {
    title: '输入门所需缓冲区小于 1',
    explanation: '通道数 × buffers-per-channel + 1 小于 1：要么 buffers-per-channel 为负，要么通道数过大导致 Java int 溢出。',
    fix: '使用非负的 buffers-per-channel 和合理的通道数。',
  },
  'network.gate.floatingNotPositive': {
    title: '没有剩余的浮动缓冲区',
    explanation: '扣除独占缓冲区后，输入门不再有必需的浮动缓冲区。',
    fix: '检查 buffers-per-channel 与 required-per-gate.max。',
  },
  'network.gate.wrongFloating': {
    title: '浮动缓冲池小于其最小值',
    explanation: '每个输入门 0 个浮动缓冲区时，浮动缓冲池需要的缓冲区会多于它能容纳的数量。',
    fix: '每个输入门至少使用 1 个浮动缓冲区。',
  },
  'network.announce.unbounded': {
    title: '无界缓冲池无法声明',
    explanation: '细粒度资源管理下，任务需要事先声明网络缓冲区。PIPELINED 与 HYBRID 分区的缓冲池无上限，Flink 拒绝声明。',
    fix: '改用有界（PIPELINED_BOUNDED）或阻塞式数据交换，或不为该作业使用细粒度资源配置。',
  },
  'network.announce.reuseMissing': {
    title: '被消费的数据集缺少复用计数',
    explanation: '内部一致性检查失败：被消费的数据集不在分区复用表中（Flink 的异常没有消息文本）。',
    fix: '这是不一致的作业描述；为每个输入给出复用计数。',
  },
  'network.pool.minNotPositive': {
    title: '缓冲池最小值为 0',
    explanation: '自 Flink 1.12 起，每个本地缓冲池至少需要 1 个缓冲区。',
    fix: '检查分层存储（tiered storage）与 sort-shuffle 的缓冲区设置。',
  },
  'network.pool.maxBelowMin': {
    title: '缓冲池最大值小于最小值',
    explanation:
      'Flink 1.14 之前，buffers-per-channel 为 0 且浮动缓冲区很少时，有界结果分区的最大值可能小于最小值（子分区数 + 1），缓冲池构造时会拒绝。',
    fix: '增大 buffers-per-channel 或 floating-buffers-per-gate，或升级（1.14 会把最大值提高到最小值）。',
  },
  'config.couldNotParse': {
    title: '无法读取配置值',
    explanation: 'Flink 无法把配置的文本转换为该选项的类型（数字、大小、布尔值……）。',
    fix: '按选项期望的格式书写，例如 4、0.5、64mb、true。',
  },
  'managed.negativeWeight': {
    title: '使用者权重为负',
    explanation:
      'taskmanager.memory.managed.consumer-weights 为每类托管内存使用者（OPERATOR、STATE_BACKEND、PYTHON）分配份额，权重不能为负。',
    fix: '使用 0 或正数，例如 OPERATOR:70,STATE_BACKEND:70,PYTHON:30。',
  },
  'managed.weightNotANumber': {
    title: '使用者权重不是整数',
    explanation: '每个权重都按 Java int 解析；文本或大于 2147483647 的数会直接抛出 NumberFormatException。',
    fix: '使用整数，例如 OPERATOR:70。',
  },
  'managed.weightsNotAMap': {
    title: '使用者权重不是映射',
    explanation: '取值必须是映射：以逗号分隔的 名称:权重 对，或 YAML 映射。',
    fix: '例如写成 OPERATOR:70,STATE_BACKEND:70,PYTHON:30。',
  },
  'managed.divideByZero': {
    title: '除以零',
    explanation: '作业中出现的使用者权重之和为 0，无法计算份额。',
    fix: '至少为一个出现的使用者设置正权重。',
  },
  'managed.conflictingWeights': {
    title: '使用者权重冲突',
    explanation: '合并到同一作业的两份配置为同一使用者给出了不同权重。',
    fix: '只在集群上设置一次 taskmanager.memory.managed.consumer-weights。',
  },
  'managed.fractionZero': {
    title: '使用者分到 0 托管内存',
    explanation:
      '该算子在槽位托管内存中的份额为 0：其使用者权重为 0，或未出现在 taskmanager.memory.managed.consumer-weights 中（设置该选项会替换整个默认映射）。',
    fix: '为作业用到的每类使用者列出正权重，例如 OPERATOR:70,STATE_BACKEND:70,PYTHON:30。',
  },
  'managed.fractionRange': {
    title: '比例不在 (0, 1] 内',
    explanation: '托管内存比例必须大于 0 且不超过 1。',
    fix: '使用 (0, 1] 内的比例。',
  },
  'managed.negativeSize': {
    title: '托管内存为负',
    explanation: '内存管理器的大小不能为负。',
    fix: '使用 0 或更大的值。',
  },
  'managed.pageSizeTooSmall': {
    title: '页大小太小',
    explanation:
      '托管内存的页大小（taskmanager.memory.segment-size）至少为 4096 字节。Flink 消息里的 “%d” 是 Flink 自身的格式化缺陷。',
    fix: '使用 4kb 或更大（默认 32kb）。',
  },
  'managed.pageSizeNotPowerOfTwo': {
    title: '页大小不是 2 的幂',
    explanation: '托管内存的页大小必须是 2 的幂。',
    fix: '例如使用 32kb。',
  },
  'rocksdb.invalidRatios': {
    title: 'RocksDB 内存比例过大',
    explanation:
      '写缓冲管理器占块缓存的 2r/(3−r)，高优先级池占其比例；两者之和必须小于 1，否则数据块没有空间。Flink 每次启动都会检查，对配置文件中读取的值同样检查。',
    fix: '调小 state.backend.rocksdb.memory.write-buffer-ratio（默认 0.5）或 high-prio-pool-ratio（默认 0.1）。',
  },
  'rocksdb.setterRatioRange': {
    title: '比例不在 (0, 1) 内',
    explanation: 'RocksDB 内存配置的编程式 setter 只接受严格介于 0 和 1 之间的比例（配置文件路径不检查这个范围）。',
    fix: '使用 0 到 1 之间的值。',
  },
  'rocksdb.setterFixedParse': {
    title: '每槽位固定内存不是合法大小',
    explanation: '取值必须是内存大小，例如 256mb；不允许带符号。',
    fix: '例如写成 256mb。',
  },
  'rocksdb.setterFixedNotPositive': {
    title: '每槽位固定内存必须大于 0',
    explanation: 'setFixedMemoryPerSlot 拒绝 0 字节（配置键则接受 0，RocksDB 随后得到 0 字节的缓存）。',
    fix: '使用正的大小，或改用托管内存。',
  },
  'rocksdb.arenaBlockWarning': {
    title: 'RocksDB 会频繁刷写',
    explanation:
      '每个 memtable 以 write-buffer-size / 8（默认 8 MiB）为单位分配 arena 块。当写缓冲管理器的可变上限（容量的 7/8）小于一个 arena 块时，RocksDB 几乎每次写入都会刷写 memtable，IO 与 CPU 都很高。Flink 只记录一条警告。',
    fix: '为每个槽位的 RocksDB 提供更多内存（更多托管内存、更少槽位，或更大的 STATE_BACKEND 权重）：默认设置下每槽位约 27.5 MiB。或调小 state.backend.rocksdb.writebuffer.size。',
  },
  'job.noVertices': { title: '空作业', explanation: '作业没有顶点。', fix: '至少添加一个顶点。' },
  'job.badParallelism': {
    title: '并行度无效',
    explanation: '{name} 的并行度必须是 1 到 100000 之间的整数（当前为 {value}）。',
    fix: '输入 ≥ 1 的整数。',
  },
  'job.badSlots': {
    title: '槽位数无效',
    explanation: '每个 TaskManager 的槽位数必须是 ≥ 1 的整数（当前为 {value}）。',
    fix: '输入 ≥ 1 的整数。',
  },
  'job.duplicateVertex': { title: '顶点重名', explanation: '有两个顶点都叫 {name}。', fix: '为每个顶点取不同的名字。' },
  'job.unknownVertex': {
    title: '未知顶点',
    explanation: '某条边引用了 {name}，但作业中没有这个顶点。',
    fix: '检查边的 from/to 名称。',
  },
  'job.selfLoop': { title: '自环边', explanation: '顶点 {name} 不能把数据发给自己。', fix: '删除这条边。' },
  'job.forwardParallelism': {
    title: 'forward 边改变了并行度',
    explanation: 'forward 边把子任务 i 连到子任务 i，因此 {from}（{up}）与 {to}（{down}）的并行度必须相同。',
    fix: '改用 rescale 或 all-to-all（rebalance/keyBy），或使并行度相同。',
  },
  'job.badPartitionType': {
    title: '未知分区类型',
    explanation: '{value} 不是分区类型。',
    fix: '流作业用 PIPELINED_BOUNDED，批作业用 BLOCKING。',
  },
  'job.typeNotInVersion': {
    title: '此版本没有该分区类型',
    explanation: 'Flink {version} 中不存在 {type}。',
    fix: '换一种类型或更新的版本。',
  },
  'job.badPattern': {
    title: '未知分发模式',
    explanation: '{value} 不是 all-to-all、forward、rescale、broadcast 之一。',
    fix: '从这四种中选择。',
  },
  'job.tooLarge': { title: '作业过大，无法估算', explanation: '作业规模超出估算范围（{value}）。', fix: '使用更小的并行度。' },
  'rot.badInput': {
    title: '输入无效',
    explanation: '{name} 必须是整数（当前为 {value}）。',
    fix: '输入整数：P ≥ 1，B 与 F ≥ 0。',
  },
  'heapState.badInput': {
    title: '输入无效',
    explanation: '{name} 必须是 ≥ 0 的数（当前为 {value}）。',
    fix: '输入条目数与平均大小（字节）。',
  },
  'rot.floatingPerGate': {
    title: '浮动缓冲区按输入门计，而非按通道计',
    explanation: '一个输入门的缓冲区数是 通道数 × B + F：F 每个输入门只加一次，而不是像 P × (B + F) 那样每个通道加一次。',
    fix: '',
  },
  'rot.outputSideMissing': {
    title: '漏掉了发送端',
    explanation: '每个上游子任务都有自己的结果分区缓冲池，大小为 [子分区数 + 1, 子分区数 × B + F]；公式只计算了接收端。',
    fix: '',
  },
  'rot.localChannelsNoExclusive': {
    title: '本地通道没有独占缓冲区',
    explanation:
      '只有远程通道（上游在另一个 TaskManager 上）才有独占缓冲区。上下游都在同一个 TaskManager 时，接收端预留的独占缓冲区为 0。',
    fix: '',
  },
  'rot.minVersusMax': {
    title: '预留的最小值与可能的最大值',
    explanation:
      '只有各缓冲池的最小值（以及远程通道的独占缓冲区）会被预留，也只有它们会导致 “Insufficient number of network buffers”。其余部分在有空闲缓冲区时才会分配。',
    fix: '',
  },
  'rot.quadraticScaling': {
    title: '随“槽位数 × 并行度”增长，而不是随并行度',
    explanation:
      '每个 TaskManager 上，一次 all-to-all 数据交换大约需要（该 TaskManager 上的子任务数）×（并行度）个通道：并行度和槽位数同时翻倍，需求变为四倍。而 P × (B + F) 只是线性增长。',
    fix: '',
  },
  'rot.notDefaults': {
    title: '这些并不是 Flink 的默认值',
    explanation: 'Flink 的默认值是每通道 B = 2 个缓冲区、每个输入门 F = 8 个浮动缓冲区。',
    fix: '',
  },
  'rot.hardCodedIn2': {
    title: 'Flink 2.x 无法这样配置',
    explanation: 'Flink 2.0 删除了 buffers-per-channel 与 floating-buffers-per-gate，并硬编码为 2 和 8；设置它们不会生效。',
    fix: '',
  },
  'rot.jmBudget': {
    title: 'Budget_JM = TotalMemory / Parallelism × Parallelism_JM',
    explanation:
      'JobManager 不运行任务，它的内存并不随任务并行度的某个份额变化。Flink 根据 jobmanager.memory.process.size（或 flink.size / heap.size）确定其大小：JVM 堆内存用于调度器、执行图和检查点元数据，堆外内存 128 MiB，JVM 元空间 256 MiB，JVM 开销为 10%（限定在 [192 MiB, 1 GiB]）。让其堆内存增长的是顶点数 × 并行度（执行图）、检查点元数据和 REST 历史，而不是集群的总内存。',
    fix: '',
  },
  'rot.stateSize': {
    title: 'StateSize = TotalMemory / Parallelism × StateMemoryBudget',
    explanation:
      '状态内存并不是集群内存按并行度均分后的一部分。使用 RocksDB 时，它是槽位的托管内存（TaskManager 托管内存 ÷ 槽位数）乘以 STATE_BACKEND 权重份额，RocksDB 再将其分为块缓存和写缓冲区；状态本身存放在磁盘上，可以远大于此。使用 HashMap 状态后端时，状态是 TaskManager 共享的任务堆内存中的对象，Java 对象开销是原始数据大小的数倍。',
    fix: '',
  },
};
