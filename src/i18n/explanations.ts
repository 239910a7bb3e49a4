/**
 * Plain-language explanation and concrete fix for every Flink message the model produces
 * (`MessageId` in `src/model/messages.ts`). `zh` is typed with the same ids, so a missing
 * translation is a compile error. Placeholders `{name}` are filled from the error's `params`.
 */
import type { MessageId } from '~/model/messages';
import { en as networkEn, zh as networkZh, type NetworkExplanationId } from './explanations-network';
import type { Explanation } from './explanations-network';

export type { Explanation };

export type Explanations = Record<MessageId, Explanation>;

export const en: Explanations = {
  'tm.none-configured': {
    title: 'No TaskManager memory size is set',
    explanation:
      'Flink needs one starting point to size a TaskManager: task heap and managed memory together, the Total Flink Memory, or the Total Process Memory. None of them is set (in Flink 2.x the legacy taskmanager.heap.size no longer counts).',
    fix: 'Set {processKey} to the memory of the container or machine share, for example 1728m (the default of the shipped config file) or 4g.',
  },
  'tm.sum-heap-exceeds': {
    title: 'Fixed TaskManager components are larger than Total Flink Memory',
    explanation:
      'Task heap is set explicitly, so network memory is what remains of Total Flink Memory after framework heap/off-heap, task heap/off-heap and managed memory. Those fixed parts add up to {sum}, more than the Total Flink Memory of {flink}.',
    fix: 'Lower taskmanager.memory.task.heap.size or taskmanager.memory.managed.size by more than {excess} (network memory needs room too), or raise the total size by more than that: managed memory and JVM overhead grow with the total, so the excess alone is not enough — the verified fixes below give the exact values. Or leave task heap unset so Flink derives it.',
  },
  'tm.sum-network-exceeds': {
    title: 'TaskManager is too small for its fixed components',
    explanation:
      'Task heap is what remains after framework heap/off-heap, task off-heap, managed and network memory. These already add up to {sum}, more than the Total Flink Memory of {flink}, so nothing would be left for the task heap.',
    fix: 'Increase taskmanager.memory.process.size (or taskmanager.memory.flink.size) by more than {excess} plus the task heap you need (managed and network memory grow with it; the verified fixes below give the exact value), or lower managed memory (taskmanager.memory.managed.fraction / .size) or taskmanager.memory.network.min.',
  },
  'tm.network-rest-inconsistent': {
    title: 'The leftover network memory does not fit its configuration',
    explanation:
      'Total Flink Memory, task heap and managed memory are all fixed, so network memory is simply the rest ({network}). That rest violates the network settings: {cause}',
    fix: 'Either stop fixing all three sizes (unset taskmanager.memory.task.heap.size or taskmanager.memory.managed.size), or adjust taskmanager.memory.network.min / .max so the rest {network} lies within them.',
  },
  'tm.network-out-of-range': {
    title: 'Network memory outside its range',
    explanation:
      'The derived network memory {network} is not between taskmanager.memory.network.min ({min}) and taskmanager.memory.network.max ({max}).',
    fix: 'Widen taskmanager.memory.network.min / .max to include {network}, or change the fixed sizes so the rest fits.',
  },
  'tm.network-legacy-mismatch': {
    title: 'Network memory does not match the legacy number of buffers',
    explanation:
      'taskmanager.network.numberOfBuffers fixes network memory at {configured}, but the other fixed sizes leave {network} for it.',
    fix: 'Remove taskmanager.network.numberOfBuffers and use taskmanager.memory.network.min/max/fraction instead (it was removed in Flink 2.0).',
  },
  'tm.cpu-not-positive': {
    title: 'CPU cores must be positive',
    explanation:
      'The TaskManager CPU cores come from taskmanager.cpu.cores or, when unset, from taskmanager.numberOfTaskSlots. The value in force is zero or negative.',
    fix: 'Set taskmanager.cpu.cores to a positive number (for example the number of slots), or set taskmanager.numberOfTaskSlots to at least 1.',
  },
  'tm.segment-size-too-small': {
    title: 'Memory segment size too small',
    explanation: 'taskmanager.memory.segment-size is {value} bytes; Flink requires at least 4096 bytes per network buffer.',
    fix: 'Set taskmanager.memory.segment-size to a power of two of at least 4kb; the default is 32kb.',
  },
  'tm.segment-size-not-power-of-2': {
    title: 'Memory segment size is not a power of two',
    explanation: 'taskmanager.memory.segment-size is {value} bytes; network buffers must be a power of two in size.',
    fix: 'Use a power of two such as 32kb (the default) or 64kb.',
  },
  'tm.legacy-heap-negative-mb': {
    title: 'Negative legacy heap size',
    explanation: '{key} is {value}; Flink maps this legacy option to a total memory size, which cannot be negative.',
    fix: 'Remove {key} and set taskmanager.memory.process.size (or jobmanager.memory.process.size) instead.',
  },
  'local.network-min-max-mismatch': {
    title: 'Local execution needs a fixed network size',
    explanation:
      'In local execution (MiniCluster) network memory is not derived: min and max must be equal, but they are {min} and {max}.',
    fix: 'Set taskmanager.memory.network.min and taskmanager.memory.network.max to the same value, or set only one of them.',
  },
  'resource.negative': {
    title: 'Negative CPU cores',
    explanation: '{key} is negative; a resource amount cannot be below 0.',
    fix: 'Set {key} to a positive number, or leave it unset (local execution then uses 1000000 cores).',
  },
  'tm.slots-not-positive': {
    title: 'At least one slot is needed',
    explanation: '{key} is {value}; a TaskManager needs at least one slot (-1 is read as 1).',
    fix: 'Set {key} to 1 or more, typically the number of CPU cores of the TaskManager.',
  },
  'jm.none-configured': {
    title: 'No JobManager memory size is set',
    explanation:
      'Flink needs one of jobmanager.memory.heap.size, jobmanager.memory.flink.size or jobmanager.memory.process.size to size the JobManager. None is set (in Flink 2.x the legacy jobmanager.heap.size no longer counts).',
    fix: 'Set {processKey}, for example to 1600m (the default of the shipped config file).',
  },
  'jm.heap-offheap-mismatch': {
    title: 'JobManager heap + off-heap do not equal Total Flink Memory',
    explanation:
      'JVM heap ({heap}), off-heap ({offHeap}) and Total Flink Memory ({flink}) are all set, but heap + off-heap = {sum}.',
    fix: 'Set only two of the three options (usually drop jobmanager.memory.flink.size), or make heap + off-heap equal {flink}.',
  },
  'jm.heap-exceeds-flink': {
    title: 'JobManager heap larger than Total Flink Memory',
    explanation: 'The JVM heap ({heap}) is larger than the Total Flink Memory ({flink}) that should contain it.',
    fix: 'Lower jobmanager.memory.heap.size below {flink}, or raise jobmanager.memory.flink.size, or set only one of them.',
  },
  'jm.flink-not-above-offheap': {
    title: 'JobManager too small for its off-heap memory',
    explanation:
      'JVM heap is Total Flink Memory minus off-heap memory, so Total Flink Memory ({flink}) must be larger than off-heap ({offHeap}); equal is refused too.',
    fix: 'Increase jobmanager.memory.process.size (or jobmanager.memory.flink.size), or lower jobmanager.memory.off-heap.size.',
  },
  'jm10.cutoff-ratio': {
    title: 'Invalid container cut-off ratio',
    explanation:
      'In Flink 1.10 a containerized JobManager keeps containerized.heap-cutoff-ratio of its memory off the heap; the value {value} is not between 0 and 1.',
    fix: 'Set containerized.heap-cutoff-ratio between 0 and 1 (default 0.25).',
  },
  'jm10.cutoff-min': {
    title: 'Container cut-off larger than the container',
    explanation: 'containerized.heap-cutoff-min ({min} MiB) is more than the requested JobManager memory ({memory} MiB).',
    fix: 'Raise jobmanager.heap.size or lower containerized.heap-cutoff-min (default 600).',
  },
  'process.metaspace-overhead-exceed': {
    title: 'Process too small for JVM Metaspace and JVM Overhead',
    explanation:
      'From the Total Process Memory ({process}) Flink first takes JVM Metaspace ({metaspace}) and JVM Overhead ({overhead}); together they already exceed it, leaving nothing for Flink itself.',
    fix: 'Raise {processKey} well above the sum of JVM Metaspace and JVM Overhead (1728m is the shipped default), or lower {metaspaceKey} / {overheadMinKey}.',
  },
  'process.less-than-flink-metaspace': {
    title: 'Total Process Memory smaller than Total Flink Memory + Metaspace',
    explanation:
      'Both totals are fixed; the process ({process}) must hold the Total Flink Memory ({flink}) plus JVM Metaspace ({metaspace}) plus JVM Overhead.',
    fix: 'Raise {processKey} to at least {suggested}, or set only one of the two totals.',
  },
  'process.overhead-out-of-range': {
    title: 'Leftover JVM Overhead outside its range',
    explanation:
      'With both the process size and the Flink part fixed, JVM Overhead is the rest: {overhead}, which is not within [{min}, {max}].',
    fix: 'Set {processKey} to {suggested}, adjust {minKey} / {maxKey} to include {overhead}, or configure only one total size.',
  },
  'range.inconsistent': {
    title: 'Inconsistent min / max / fraction',
    explanation:
      'For {key} Flink requires min ≤ max and 0 ≤ fraction < 1. Here the fraction is {fraction}, min {min}, max {max}: {problem}.',
    fix: 'Use a fraction below 1 (for example 0.1) and make sure the .min option is not larger than the .max option.',
  },
  'config.cannot-read-memory': {
    title: 'Unreadable memory size',
    explanation:
      'The value "{value}" of {key} is not a Flink memory size. Flink accepts a whole number with an optional unit: b, k/kb, m/mb, g/gb, t/tb (no decimals, no KiB/MiB).',
    fix: 'Write the size like 1728m, 4g or 512mb. Use 1536m instead of 1.5g.',
  },
  'config.parse-value': {
    title: 'Value cannot be parsed',
    explanation:
      'Flink cannot read "{value}" for {key}: fractions must be decimal numbers, counts whole numbers, switches true or false.',
    fix: 'Correct {key}: for example 0.1 for a fraction, 4 for a count, true/false for a switch.',
  },
  'arith.long-overflow': {
    title: 'Size too large',
    explanation:
      'A sum of memory sizes exceeds the largest number Flink can hold (8388608 TiB). This happens with huge values such as 9223372036854775807.',
    fix: 'Use a realistic size for the total memory options.',
  },
  'arith.negative-size': {
    title: 'Negative memory size',
    explanation:
      'A derived size came out negative (Flink 1.10 has no friendlier check here), or the legacy network buffers multiply to a negative size.',
    fix: 'Make the total size larger than the sum of its fixed components (Total Flink Memory + JVM Metaspace must fit in the process size).',
  },
  'arith.negative-multiplier': {
    title: 'Negative fraction',
    explanation: 'A fraction used to derive a size is negative or not a number.',
    fix: 'Use a fraction between 0 and 1.',
  },
  'arith.not-finite': {
    title: 'Value is not a finite number',
    explanation: 'A number such as the CPU cores is NaN or infinite, which Flink cannot turn into a resource.',
    fix: 'Use a finite positive number.',
  },
  'arith.bigdecimal-not-a-number': {
    title: 'CPU cores are not a finite number',
    explanation:
      '{key} is {value}. Flink turns the CPU cores into an exact decimal (Java BigDecimal) built from the number\'s text, and "NaN" or "Infinity" is not a decimal, so the TaskManager does not start. Values such as 1e400 are read as "Infinity".',
    fix: 'Set {key} to a finite positive number, for example the number of slots.',
  },
  'arith.divide-by-zero': {
    title: 'Division by zero',
    explanation: 'Flink divided by zero while computing a fraction: the sum of the weights it divides by is 0.',
    fix: 'Give at least one consumer a positive weight in taskmanager.memory.managed.consumer-weights.',
  },
  'java.downcast': {
    title: 'Value too large for an int',
    explanation: '{key} must fit in a 32-bit integer.',
    fix: 'Use a realistic value such as 32kb.',
  },
  'internal.error': {
    title: 'Unexpected failure of this calculator',
    explanation: 'The model failed in a way Flink would not. This is a bug in this guide, not in your configuration.',
    fix: 'Please report the configuration that caused it.',
  },
  'memorysize.empty': {
    title: 'Empty size',
    explanation: 'The size is empty or only blanks.',
    fix: 'Write a size like 1728m or 4g.',
  },
  'memorysize.not-a-number': {
    title: 'Size must start with a number',
    explanation: 'Flink sizes start with digits: no sign, no decimal point before the digits, no words.',
    fix: 'Write a size like 1728m or 4g; -1m, +1m and .5g are not accepted.',
  },
  'memorysize.number-overflow': {
    title: 'Number too large',
    explanation: 'The number does not fit in a 64-bit integer.',
    fix: 'Use a smaller number with a larger unit, e.g. 4t instead of many bytes.',
  },
  'memorysize.bytes-overflow': {
    title: 'Size too large',
    explanation: 'Number × unit exceeds 8388608 TiB, the largest size Flink can hold.',
    fix: 'Use a realistic size.',
  },
  'memorysize.unit': {
    title: 'Unknown unit',
    explanation:
      'Flink knows only b/bytes, k/kb/kibibytes, m/mb/mebibytes, g/gb/gibibytes and t/tb/tebibytes (case-insensitive, all binary). Decimals like 1.5g and units like KiB or MB with decimals are refused.',
    fix: 'Write 1536m instead of 1.5g, 512k instead of 512KiB.',
  },
  'log.fraction-capped-max': {
    title: 'Fraction result capped to its maximum',
    explanation: 'The {what} computed from its fraction ({derived}) is above its max, so Flink uses the max {max}.',
    fix: 'Nothing to do if intended; raise the .max option if you want the full fraction.',
  },
  'log.fraction-capped-min': {
    title: 'Fraction result raised to its minimum',
    explanation: 'The {what} computed from its fraction ({derived}) is below its min, so Flink uses the min {min}.',
    fix: 'Nothing to do if intended; lower the .min option to let the fraction decide.',
  },
  'log.overhead-fraction-mismatch': {
    title: 'JVM Overhead is the rest, not the fraction',
    explanation:
      'Process and Flink sizes are both fixed, so JVM Overhead is the rest ({overhead}); the fraction {fraction} of {process} is only compared, not used.',
    fix: 'Nothing to do; remove the fraction option to silence this.',
  },
  'log.network-fraction-mismatch': {
    title: 'Network memory is the rest, not the fraction',
    explanation: 'Network memory is what remains ({network}); the configured fraction {fraction} of {flink} is not used.',
    fix: 'Nothing to do; remove taskmanager.memory.network.fraction to silence this.',
  },
  'log.legacy-heap-used': {
    title: 'Legacy heap option used',
    explanation: '{key} is not set, so Flink takes the deprecated heap option ({value}) for it.',
    fix: 'Replace the legacy heap option by {key}; Flink 2.0 removed the legacy options.',
  },
  'log.deprecated-key': {
    title: 'Deprecated key',
    explanation: '{deprecatedKey} is an old name of {key}; Flink still reads it.',
    fix: 'Rename {deprecatedKey} to {key}.',
  },
  'log.jm-offheap-derived': {
    title: 'Off-heap derived from total minus heap',
    explanation:
      'JobManager off-heap memory is {offHeap} = Total Flink Memory {flink} − JVM heap {heap}; the default {default} is ignored.',
    fix: 'Nothing to do if intended.',
  },
  'log.jm-heap-below-min': {
    title: 'Small JobManager heap',
    explanation: 'The JobManager JVM heap ({heap}) is below the recommended {min}; the JobManager may run out of memory.',
    fix: 'Raise jobmanager.memory.process.size (or jobmanager.memory.heap.size) so the heap is at least {min}.',
  },
  'log.local-option-filled': {
    title: 'Local execution default applied',
    explanation: '{key} is not set; for local execution Flink sets it to {value}.',
    fix: 'Nothing to do; set {key} to control it.',
  },
  'log.local-option-no-effect': {
    title: 'Option has no effect in local execution',
    explanation: '{key} is set but the MiniCluster ignores it: only task heap/off-heap, managed, network and CPU matter locally.',
    fix: 'Remove {key} from the local configuration.',
  },
  'log.external-resource-skipped': {
    title: 'External resource ignored',
    explanation: '{key} is missing or not positive, so the resource is left out.',
    fix: 'Set {key} to a positive whole number.',
  },
};

export const zh: Explanations = {
  'tm.none-configured': {
    title: '未配置任何 TaskManager 内存大小',
    explanation:
      'Flink 需要一个起点来确定 TaskManager 的内存：同时配置任务堆内存与托管内存，或 Flink 总内存，或进程总内存。这些都没有配置（Flink 2.x 中旧的 taskmanager.heap.size 已不再生效）。',
    fix: '将 {processKey} 设为容器或机器分配的内存，例如 1728m（随发行版配置文件的默认值）或 4g。',
  },
  'tm.sum-heap-exceeds': {
    title: 'TaskManager 固定部分超过了 Flink 总内存',
    explanation:
      '已显式配置任务堆内存，因此网络内存是 Flink 总内存减去框架堆内存/堆外内存、任务堆内存/堆外内存和托管内存后的剩余。这些固定部分合计 {sum}，超过了 Flink 总内存 {flink}。',
    fix: '将 taskmanager.memory.task.heap.size 或 taskmanager.memory.managed.size 减少超过 {excess}（网络内存也需要空间），或将总内存增加得更多：托管内存和 JVM 开销会随总量增长，只补上差额是不够的——下面经过验证的修复给出准确的值。也可以不配置任务堆内存，让 Flink 推导。',
  },
  'tm.sum-network-exceeds': {
    title: 'TaskManager 内存不足以容纳固定部分',
    explanation:
      '任务堆内存是扣除框架堆内存/堆外内存、任务堆外内存、托管内存和网络内存后的剩余。这些部分已合计 {sum}，超过 Flink 总内存 {flink}，任务堆内存没有剩余。',
    fix: '将 taskmanager.memory.process.size（或 taskmanager.memory.flink.size）增加超过 {excess} 再加上所需的任务堆内存（托管内存和网络内存会随之增长；下面经过验证的修复给出准确的值），或降低托管内存（taskmanager.memory.managed.fraction / .size）或 taskmanager.memory.network.min。',
  },
  'tm.network-rest-inconsistent': {
    title: '剩余的网络内存与其配置不符',
    explanation:
      'Flink 总内存、任务堆内存和托管内存都已固定，网络内存就是剩余部分（{network}）。该剩余值违反了网络内存配置：{cause}',
    fix: '不要同时固定这三项（取消 taskmanager.memory.task.heap.size 或 taskmanager.memory.managed.size），或调整 taskmanager.memory.network.min / .max 使剩余值 {network} 落在范围内。',
  },
  'tm.network-out-of-range': {
    title: '网络内存超出范围',
    explanation:
      '推导出的网络内存 {network} 不在 taskmanager.memory.network.min（{min}）与 taskmanager.memory.network.max（{max}）之间。',
    fix: '放宽 taskmanager.memory.network.min / .max 以包含 {network}，或调整固定大小使剩余值落在范围内。',
  },
  'tm.network-legacy-mismatch': {
    title: '网络内存与旧版缓冲区数量不一致',
    explanation: 'taskmanager.network.numberOfBuffers 将网络内存固定为 {configured}，但其他固定大小留给网络内存的是 {network}。',
    fix: '删除 taskmanager.network.numberOfBuffers，改用 taskmanager.memory.network.min/max/fraction（该选项已在 Flink 2.0 移除）。',
  },
  'tm.cpu-not-positive': {
    title: 'CPU 核数必须为正数',
    explanation:
      'TaskManager 的 CPU 核数取自 taskmanager.cpu.cores；未配置时取 taskmanager.numberOfTaskSlots。当前生效的值为零或负数。',
    fix: '将 taskmanager.cpu.cores 设为正数（例如槽位数），或将 taskmanager.numberOfTaskSlots 设为至少 1。',
  },
  'tm.segment-size-too-small': {
    title: '内存段过小',
    explanation: 'taskmanager.memory.segment-size 为 {value} 字节；Flink 要求每个网络缓冲区至少 4096 字节。',
    fix: '将 taskmanager.memory.segment-size 设为不小于 4kb 的 2 的幂；默认值为 32kb。',
  },
  'tm.segment-size-not-power-of-2': {
    title: '内存段大小不是 2 的幂',
    explanation: 'taskmanager.memory.segment-size 为 {value} 字节；网络缓冲区大小必须是 2 的幂。',
    fix: '使用 2 的幂，例如 32kb（默认）或 64kb。',
  },
  'tm.legacy-heap-negative-mb': {
    title: '旧版堆内存大小为负数',
    explanation: '{key} 为 {value}；Flink 会把这个旧选项映射为总内存大小，不能为负数。',
    fix: '删除 {key}，改为配置 taskmanager.memory.process.size（或 jobmanager.memory.process.size）。',
  },
  'local.network-min-max-mismatch': {
    title: '本地执行需要固定的网络内存',
    explanation: '本地执行（MiniCluster）不推导网络内存：min 与 max 必须相等，但当前分别为 {min} 和 {max}。',
    fix: '将 taskmanager.memory.network.min 与 taskmanager.memory.network.max 设为相同的值，或只配置其中一个。',
  },
  'resource.negative': {
    title: 'CPU 核数为负数',
    explanation: '{key} 为负数；资源数量不能小于 0。',
    fix: '将 {key} 设为正数，或不配置（本地执行时将使用 1000000 个核）。',
  },
  'tm.slots-not-positive': {
    title: '至少需要一个槽位（slot）',
    explanation: '{key} 为 {value}；TaskManager 至少需要一个槽位（-1 会被视为 1）。',
    fix: '将 {key} 设为 1 或更大，通常等于 TaskManager 的 CPU 核数。',
  },
  'jm.none-configured': {
    title: '未配置任何 JobManager 内存大小',
    explanation:
      'Flink 需要 jobmanager.memory.heap.size、jobmanager.memory.flink.size 或 jobmanager.memory.process.size 之一来确定 JobManager 内存。这些都没有配置（Flink 2.x 中旧的 jobmanager.heap.size 已不再生效）。',
    fix: '配置 {processKey}，例如 1600m（随发行版配置文件的默认值）。',
  },
  'jm.heap-offheap-mismatch': {
    title: 'JobManager 堆内存 + 堆外内存不等于 Flink 总内存',
    explanation: 'JVM 堆内存（{heap}）、堆外内存（{offHeap}）和 Flink 总内存（{flink}）都已配置，但堆内存 + 堆外内存 = {sum}。',
    fix: '三项中只配置两项（通常去掉 jobmanager.memory.flink.size），或使堆内存 + 堆外内存等于 {flink}。',
  },
  'jm.heap-exceeds-flink': {
    title: 'JobManager 堆内存大于 Flink 总内存',
    explanation: 'JVM 堆内存（{heap}）大于应当包含它的 Flink 总内存（{flink}）。',
    fix: '将 jobmanager.memory.heap.size 降到 {flink} 以下，或增大 jobmanager.memory.flink.size，或只配置其中一项。',
  },
  'jm.flink-not-above-offheap': {
    title: 'JobManager 内存不足以容纳堆外内存',
    explanation:
      'JVM 堆内存 = Flink 总内存 − 堆外内存，因此 Flink 总内存（{flink}）必须大于堆外内存（{offHeap}）；相等也会被拒绝。',
    fix: '增大 jobmanager.memory.process.size（或 jobmanager.memory.flink.size），或减小 jobmanager.memory.off-heap.size。',
  },
  'jm10.cutoff-ratio': {
    title: '容器预留比例无效',
    explanation:
      'Flink 1.10 中容器化的 JobManager 会按 containerized.heap-cutoff-ratio 预留不计入堆的内存；{value} 不在 0 到 1 之间。',
    fix: '将 containerized.heap-cutoff-ratio 设在 0 与 1 之间（默认 0.25）。',
  },
  'jm10.cutoff-min': {
    title: '容器预留量大于容器本身',
    explanation: 'containerized.heap-cutoff-min（{min} MiB）大于请求的 JobManager 内存（{memory} MiB）。',
    fix: '增大 jobmanager.heap.size 或减小 containerized.heap-cutoff-min（默认 600）。',
  },
  'process.metaspace-overhead-exceed': {
    title: '进程总内存不足以容纳 JVM 元空间和 JVM 开销',
    explanation:
      'Flink 先从进程总内存（{process}）中扣除 JVM 元空间（{metaspace}）和 JVM 开销（{overhead}）；二者之和已超过进程总内存，Flink 本身没有剩余。',
    fix: '将 {processKey} 设得明显大于 JVM 元空间与 JVM 开销之和（发行版默认 1728m），或减小 {metaspaceKey} / {overheadMinKey}。',
  },
  'process.less-than-flink-metaspace': {
    title: '进程总内存小于 Flink 总内存 + 元空间',
    explanation:
      '两个总内存都已固定；进程总内存（{process}）必须容纳 Flink 总内存（{flink}）、JVM 元空间（{metaspace}）以及 JVM 开销。',
    fix: '将 {processKey} 增大到至少 {suggested}，或只配置其中一个总内存。',
  },
  'process.overhead-out-of-range': {
    title: '剩余的 JVM 开销超出范围',
    explanation: '进程总内存与 Flink 部分都已固定，JVM 开销就是剩余部分：{overhead}，不在 [{min}, {max}] 范围内。',
    fix: '将 {processKey} 设为 {suggested}，或调整 {minKey} / {maxKey} 以包含 {overhead}，或只配置一个总内存。',
  },
  'range.inconsistent': {
    title: 'min / max / fraction 不一致',
    explanation:
      '对于 {key}，Flink 要求 min ≤ max 且 0 ≤ fraction < 1。当前 fraction 为 {fraction}，min 为 {min}，max 为 {max}：{problem}。',
    fix: '使用小于 1 的比例（例如 0.1），并确保 .min 选项不大于 .max 选项。',
  },
  'config.cannot-read-memory': {
    title: '无法读取的内存大小',
    explanation:
      '{key} 的值 "{value}" 不是 Flink 的内存大小。Flink 只接受整数加可选单位：b、k/kb、m/mb、g/gb、t/tb（不能有小数，不支持 KiB/MiB）。',
    fix: '写成 1728m、4g 或 512mb 这样的形式；用 1536m 代替 1.5g。',
  },
  'config.parse-value': {
    title: '无法解析的值',
    explanation: 'Flink 无法读取 {key} 的值 "{value}"：比例必须是小数，数量必须是整数，开关必须是 true 或 false。',
    fix: '修正 {key}：例如比例写 0.1，数量写 4，开关写 true/false。',
  },
  'arith.long-overflow': {
    title: '大小超出上限',
    explanation: '内存大小之和超过了 Flink 能表示的最大值（8388608 TiB），通常由 9223372036854775807 这类极大值引起。',
    fix: '为总内存选项使用实际的大小。',
  },
  'arith.negative-size': {
    title: '内存大小为负数',
    explanation: '推导出的大小为负数（Flink 1.10 在此没有更友好的检查），或旧版网络缓冲区数量相乘后为负数。',
    fix: '使总内存大于其固定部分之和（Flink 总内存 + JVM 元空间必须小于进程总内存）。',
  },
  'arith.negative-multiplier': {
    title: '比例为负数',
    explanation: '用于推导大小的比例为负数或不是数字。',
    fix: '使用 0 到 1 之间的比例。',
  },
  'arith.not-finite': {
    title: '值不是有限数',
    explanation: 'CPU 核数等数值为 NaN 或无穷大，Flink 无法把它转换为资源。',
    fix: '使用有限的正数。',
  },
  'arith.bigdecimal-not-a-number': {
    title: 'CPU 核数不是有限数',
    explanation:
      '{key} 为 {value}。Flink 会把 CPU 核数按其文本转换为精确的十进制数（Java BigDecimal），而 "NaN" 或 "Infinity" 不是十进制数，因此 TaskManager 无法启动。像 1e400 这样的值会被读成 "Infinity"。',
    fix: '把 {key} 设为有限的正数，例如槽位（slot）数。',
  },
  'arith.divide-by-zero': {
    title: '除数为零',
    explanation: 'Flink 在计算比例时除以了零：作为除数的权重之和为 0。',
    fix: '在 taskmanager.memory.managed.consumer-weights 中至少给一个使用方正的权重。',
  },
  'java.downcast': {
    title: '值超出 int 范围',
    explanation: '{key} 必须能放进 32 位整数。',
    fix: '使用实际的值，例如 32kb。',
  },
  'internal.error': {
    title: '计算器意外出错',
    explanation: '模型以 Flink 不会出现的方式失败了。这是本指南的缺陷，不是你的配置问题。',
    fix: '请报告导致该问题的配置。',
  },
  'memorysize.empty': {
    title: '大小为空',
    explanation: '大小为空或只包含空白。',
    fix: '写成 1728m 或 4g 这样的大小。',
  },
  'memorysize.not-a-number': {
    title: '大小必须以数字开头',
    explanation: 'Flink 的大小以数字开头：不能有正负号，数字前不能有小数点，也不能是单词。',
    fix: '写成 1728m 或 4g；-1m、+1m、.5g 都不被接受。',
  },
  'memorysize.number-overflow': {
    title: '数字过大',
    explanation: '该数字超出了 64 位整数范围。',
    fix: '使用更小的数字和更大的单位，例如 4t。',
  },
  'memorysize.bytes-overflow': {
    title: '大小超出上限',
    explanation: '数字 × 单位超过了 8388608 TiB，即 Flink 能表示的最大大小。',
    fix: '使用实际的大小。',
  },
  'memorysize.unit': {
    title: '未知单位',
    explanation:
      'Flink 只认识 b/bytes、k/kb/kibibytes、m/mb/mebibytes、g/gb/gibibytes 和 t/tb/tebibytes（不区分大小写，均为二进制单位）。1.5g 这样的小数和 KiB 这样的单位会被拒绝。',
    fix: '用 1536m 代替 1.5g，用 512k 代替 512KiB。',
  },
  'log.fraction-capped-max': {
    title: '按比例计算的结果被限制为最大值',
    explanation: '按比例计算出的 {what}（{derived}）超过了最大值，Flink 改用最大值 {max}。',
    fix: '如属预期则无需处理；若要按比例取值，请调大对应的 .max 选项。',
  },
  'log.fraction-capped-min': {
    title: '按比例计算的结果被提升为最小值',
    explanation: '按比例计算出的 {what}（{derived}）低于最小值，Flink 改用最小值 {min}。',
    fix: '如属预期则无需处理；若要由比例决定，请调小对应的 .min 选项。',
  },
  'log.overhead-fraction-mismatch': {
    title: 'JVM 开销取剩余值而非比例',
    explanation:
      '进程总内存与 Flink 总内存都已固定，JVM 开销取剩余值（{overhead}）；{process} 的比例 {fraction} 只用于比较，不被采用。',
    fix: '无需处理；删除该比例选项即可消除此日志。',
  },
  'log.network-fraction-mismatch': {
    title: '网络内存取剩余值而非比例',
    explanation: '网络内存取剩余值（{network}）；配置的比例 {fraction}（相对于 {flink}）不被采用。',
    fix: '无需处理；删除 taskmanager.memory.network.fraction 即可消除此日志。',
  },
  'log.legacy-heap-used': {
    title: '使用了旧版堆内存选项',
    explanation: '未配置 {key}，Flink 使用已弃用的堆内存选项（{value}）作为它的值。',
    fix: '用 {key} 替换旧版堆内存选项；Flink 2.0 已移除旧选项。',
  },
  'log.deprecated-key': {
    title: '已弃用的配置键',
    explanation: '{deprecatedKey} 是 {key} 的旧名称；Flink 仍会读取它。',
    fix: '将 {deprecatedKey} 改名为 {key}。',
  },
  'log.jm-offheap-derived': {
    title: '堆外内存由总内存减去堆内存得出',
    explanation: 'JobManager 堆外内存为 {offHeap} = Flink 总内存 {flink} − JVM 堆内存 {heap}；默认值 {default} 被忽略。',
    fix: '如属预期则无需处理。',
  },
  'log.jm-heap-below-min': {
    title: 'JobManager 堆内存偏小',
    explanation: 'JobManager 的 JVM 堆内存（{heap}）低于建议的 {min}；JobManager 可能内存不足。',
    fix: '增大 jobmanager.memory.process.size（或 jobmanager.memory.heap.size），使堆内存至少为 {min}。',
  },
  'log.local-option-filled': {
    title: '本地执行使用了默认值',
    explanation: '未配置 {key}；本地执行时 Flink 将其设为 {value}。',
    fix: '无需处理；如需控制请配置 {key}。',
  },
  'log.local-option-no-effect': {
    title: '该选项在本地执行中无效',
    explanation: '已配置 {key}，但 MiniCluster 会忽略它：本地执行只关心任务堆内存/堆外内存、托管内存、网络内存和 CPU。',
    fix: '从本地执行的配置中删除 {key}。',
  },
  'log.external-resource-skipped': {
    title: '外部资源被忽略',
    explanation: '{key} 缺失或不是正数，因此该资源被忽略。',
    fix: '将 {key} 设为正整数。',
  },
};

/** The table for a language. */
export function explanations(lang: 'en' | 'zh'): Explanations {
  return lang === 'zh' ? zh : en;
}

/** Fills `{name}` placeholders from `params`; unknown ones stay visible. */
export function fillExplanation(template: string, params?: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return v === undefined ? m : v;
  });
}

/**
 * Appended to the fix when the model found the smallest working total (`params.suggestedKey`,
 * `params.suggestedValue`, computed by re-running Flink's derivation).
 */
export const SUGGESTION: Readonly<Record<'en' | 'zh', string>> = {
  en: 'The smallest value that Flink accepts here is {suggestedKey}: {suggestedValue}.',
  zh: '此处 Flink 可接受的最小值为 {suggestedKey}: {suggestedValue}。',
};

/** Every id the model explains: derivation messages, network / RocksDB messages and rules of thumb. */
export type ExplanationId = MessageId | NetworkExplanationId;

const tables: Partial<Record<'en' | 'zh', Readonly<Record<ExplanationId, Explanation>>>> = {};

/**
 * The one explanation table of a language, keyed by the model's ids: calculators, the diagnosis
 * page, the command line and the troubleshooting chapter (`FlinkMessage.astro`) all read it.
 */
export function explanationTable(lang: 'en' | 'zh'): Readonly<Record<ExplanationId, Explanation>> {
  return (tables[lang] ??= lang === 'zh' ? { ...zh, ...networkZh } : { ...en, ...networkEn });
}

/** Explanation of `id` in `lang` with placeholders filled; `undefined` for an unknown id. */
export function explain(id: string, lang: 'en' | 'zh', params?: Readonly<Record<string, string>>): Explanation | undefined {
  const table = explanationTable(lang) as Readonly<Record<string, Explanation | undefined>>;
  const t = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!t) return undefined;
  let fix = fillExplanation(t.fix, params);
  if (params?.['suggestedKey'] !== undefined && params['suggestedValue'] !== undefined) {
    fix += (lang === 'zh' ? '' : ' ') + fillExplanation(SUGGESTION[lang], params);
  }
  return { title: fillExplanation(t.title, params), explanation: fillExplanation(t.explanation, params), fix };
}
