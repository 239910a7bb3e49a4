/**
 * The `ConfigOption` constants behind the memory keys, for the Java `Configuration` export
 * (`config.set(TaskManagerOptions.TOTAL_PROCESS_MEMORY, MemorySize.parse("4g"))`). Names and
 * classes as declared in Flink's `TaskManagerOptions`, `JobManagerOptions`,
 * `NettyShuffleEnvironmentOptions` and `RocksDBOptions`; keys without an entry are exported with
 * `config.setString(key, value)`.
 */
import type { FlinkVersion } from '../types';
import { atLeast } from '../version';

export type JavaValueKind = 'memory' | 'float' | 'double' | 'int' | 'boolean';

export interface JavaConstant {
  /** Simple class name. */
  cls: 'TaskManagerOptions' | 'JobManagerOptions' | 'NettyShuffleEnvironmentOptions' | 'RocksDBOptions';
  name: string;
  kind: JavaValueKind;
}

const TM = 'TaskManagerOptions';
const JM = 'JobManagerOptions';
const NET = 'NettyShuffleEnvironmentOptions';
const RDB = 'RocksDBOptions';

/** Flink key → its `ConfigOption` constant. */
export const JAVA_CONSTANTS: Readonly<Record<string, JavaConstant>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, JavaConstant>, {
    'taskmanager.memory.process.size': { cls: TM, name: 'TOTAL_PROCESS_MEMORY', kind: 'memory' },
    'taskmanager.memory.flink.size': { cls: TM, name: 'TOTAL_FLINK_MEMORY', kind: 'memory' },
    'taskmanager.memory.framework.heap.size': { cls: TM, name: 'FRAMEWORK_HEAP_MEMORY', kind: 'memory' },
    'taskmanager.memory.task.heap.size': { cls: TM, name: 'TASK_HEAP_MEMORY', kind: 'memory' },
    'taskmanager.memory.framework.off-heap.size': { cls: TM, name: 'FRAMEWORK_OFF_HEAP_MEMORY', kind: 'memory' },
    'taskmanager.memory.task.off-heap.size': { cls: TM, name: 'TASK_OFF_HEAP_MEMORY', kind: 'memory' },
    'taskmanager.memory.framework.off-heap.batch-shuffle.size': {
      cls: TM,
      name: 'NETWORK_BATCH_SHUFFLE_READ_MEMORY',
      kind: 'memory',
    },
    'taskmanager.memory.managed.size': { cls: TM, name: 'MANAGED_MEMORY_SIZE', kind: 'memory' },
    'taskmanager.memory.managed.fraction': { cls: TM, name: 'MANAGED_MEMORY_FRACTION', kind: 'float' },
    'taskmanager.memory.network.min': { cls: TM, name: 'NETWORK_MEMORY_MIN', kind: 'memory' },
    'taskmanager.memory.network.max': { cls: TM, name: 'NETWORK_MEMORY_MAX', kind: 'memory' },
    'taskmanager.memory.network.fraction': { cls: TM, name: 'NETWORK_MEMORY_FRACTION', kind: 'float' },
    'taskmanager.memory.jvm-metaspace.size': { cls: TM, name: 'JVM_METASPACE', kind: 'memory' },
    'taskmanager.memory.jvm-overhead.min': { cls: TM, name: 'JVM_OVERHEAD_MIN', kind: 'memory' },
    'taskmanager.memory.jvm-overhead.max': { cls: TM, name: 'JVM_OVERHEAD_MAX', kind: 'memory' },
    'taskmanager.memory.jvm-overhead.fraction': { cls: TM, name: 'JVM_OVERHEAD_FRACTION', kind: 'float' },
    'taskmanager.memory.segment-size': { cls: TM, name: 'MEMORY_SEGMENT_SIZE', kind: 'memory' },
    'taskmanager.numberOfTaskSlots': { cls: TM, name: 'NUM_TASK_SLOTS', kind: 'int' },
    'taskmanager.cpu.cores': { cls: TM, name: 'CPU_CORES', kind: 'double' },
    'taskmanager.network.memory.buffer-debloat.enabled': { cls: TM, name: 'BUFFER_DEBLOAT_ENABLED', kind: 'boolean' },
    'jobmanager.memory.process.size': { cls: JM, name: 'TOTAL_PROCESS_MEMORY', kind: 'memory' },
    'jobmanager.memory.flink.size': { cls: JM, name: 'TOTAL_FLINK_MEMORY', kind: 'memory' },
    'jobmanager.memory.heap.size': { cls: JM, name: 'JVM_HEAP_MEMORY', kind: 'memory' },
    'jobmanager.memory.off-heap.size': { cls: JM, name: 'OFF_HEAP_MEMORY', kind: 'memory' },
    'jobmanager.memory.enable-jvm-direct-memory-limit': { cls: JM, name: 'JVM_DIRECT_MEMORY_LIMIT_ENABLED', kind: 'boolean' },
    'jobmanager.memory.jvm-metaspace.size': { cls: JM, name: 'JVM_METASPACE', kind: 'memory' },
    'jobmanager.memory.jvm-overhead.min': { cls: JM, name: 'JVM_OVERHEAD_MIN', kind: 'memory' },
    'jobmanager.memory.jvm-overhead.max': { cls: JM, name: 'JVM_OVERHEAD_MAX', kind: 'memory' },
    'jobmanager.memory.jvm-overhead.fraction': { cls: JM, name: 'JVM_OVERHEAD_FRACTION', kind: 'float' },
    'taskmanager.network.memory.buffers-per-channel': { cls: NET, name: 'NETWORK_BUFFERS_PER_CHANNEL', kind: 'int' },
    'taskmanager.network.memory.floating-buffers-per-gate': { cls: NET, name: 'NETWORK_EXTRA_BUFFERS_PER_GATE', kind: 'int' },
    'state.backend.rocksdb.memory.managed': { cls: RDB, name: 'USE_MANAGED_MEMORY', kind: 'boolean' },
    'state.backend.rocksdb.memory.fixed-per-slot': { cls: RDB, name: 'FIX_PER_SLOT_MEMORY_SIZE', kind: 'memory' },
    'state.backend.rocksdb.memory.fixed-per-tm': { cls: RDB, name: 'FIX_PER_TM_MEMORY_SIZE', kind: 'memory' },
    'state.backend.rocksdb.memory.write-buffer-ratio': { cls: RDB, name: 'WRITE_BUFFER_RATIO', kind: 'double' },
    'state.backend.rocksdb.memory.high-prio-pool-ratio': { cls: RDB, name: 'HIGH_PRIORITY_POOL_RATIO', kind: 'double' },
  } satisfies Record<string, JavaConstant>),
);

/** The import line of a constant's class (RocksDB moved packages in 2.0). */
export function javaImport(cls: JavaConstant['cls'] | 'Configuration' | 'MemorySize', version?: FlinkVersion): string {
  if (cls === 'RocksDBOptions') {
    return version !== undefined && atLeast(version, '2.0')
      ? 'import org.apache.flink.state.rocksdb.RocksDBOptions;'
      : 'import org.apache.flink.contrib.streaming.state.RocksDBOptions;';
  }
  return `import org.apache.flink.configuration.${cls};`;
}
