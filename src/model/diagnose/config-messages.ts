/**
 * Maps a pasted Flink refusal back to the model's message id, so the diagnosis shows the same
 * explanation and fix as the calculators. Each pattern is a distinctive, parameter-free piece
 * of the message text in `src/model/taskmanager.ts` / `jobmanager.ts` (Flink's own wording);
 * prefixes such as "TaskManager memory configuration failed: " are ignored.
 */
import type { MessageId } from '../messages';

const MESSAGE_PATTERNS: readonly [RegExp, MessageId][] = [
  [/Either required fine-grained memory \(jobmanager\.memory\.heap\.size\)/, 'jm.none-configured'],
  [/Either (?:required fine-grained memory \(taskmanager|Task Heap Memory size)/, 'tm.none-configured'],
  [
    /Sum of configured Framework Heap Memory .* Task Heap Memory .* and Managed Memory .* exceed configured Total Flink Memory/,
    'tm.sum-heap-exceeds',
  ],
  [
    /Sum of configured Framework Heap Memory .* Managed Memory .* and Network Memory .* exceed configured Total Flink Memory/,
    'tm.sum-network-exceeds',
  ],
  [/If Total Flink, Task Heap and \(or\) Managed Memory sizes are explicitly configured/, 'tm.network-rest-inconsistent'],
  [/Derived Network Memory size .* is not in configured Network Memory range/, 'tm.network-out-of-range'],
  [/Derived Network Memory size .* does not match configured Network Memory size/, 'tm.network-legacy-mismatch'],
  [/TaskExecutors need to be started with a positive number of CPU cores/, 'tm.cpu-not-positive'],
  [/Minimum memory segment size is/, 'tm.segment-size-too-small'],
  [/Memory segment size must be a power of 2/, 'tm.segment-size-not-power-of-2'],
  [/Configured total process memory size \(-?\d+MB\) must not be less than 0/, 'tm.legacy-heap-negative-mb'],
  [/The network memory min .* and max .* mismatch/, 'local.network-min-max-mismatch'],
  [/Sum of the configured JVM Heap Memory .* and the configured Off-heap Memory .* does not match/, 'jm.heap-offheap-mismatch'],
  [/The configured JVM Heap Memory .* exceeds the configured Total Flink Memory/, 'jm.heap-exceeds-flink'],
  [/The configured Total Flink Memory .* is less than the configured Off-heap Memory/, 'jm.flink-not-above-offheap'],
  [
    /Sum of configured JVM Metaspace .* and JVM Overhead .* exceed configured Total Process Memory/,
    'process.metaspace-overhead-exceed',
  ],
  [
    /The configured Total Process Memory size .* is less than the sum of the derived Total Flink Memory size/,
    'process.less-than-flink-metaspace',
  ],
  [/Derived JVM Overhead size .* is not in configured JVM Overhead range/, 'process.overhead-out-of-range'],
  [/Inconsistently configured /, 'range.inconsistent'],
  [/Cannot read memory size from config option/, 'config.cannot-read-memory'],
  [/Could not parse value '.*' for key/, 'config.parse-value'],
];

/** The model's message id for a Flink configuration refusal, if it is one the model produces. */
export function configurationMessageId(message: string): MessageId | undefined {
  for (const [re, id] of MESSAGE_PATTERNS) if (re.test(message)) return id;
  return undefined;
}
