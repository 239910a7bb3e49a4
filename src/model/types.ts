/**
 * Shared contracts of the model. Every other layer (islands, pages, CLI, tests) codes against
 * these types, so change them only with care: they are the seams between the parts.
 *
 * Sizes are `bigint` bytes; counts that Flink keeps in an `int` are `number`.
 */

/** Flink minors we model. A minor stands for its last patch release (e.g. 1.10 = 1.10.3). */
export const FLINK_VERSIONS = [
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
  '1.15',
  '1.16',
  '1.17',
  '1.18',
  '1.19',
  '1.20',
  '2.0',
  '2.1',
  '2.2',
  '2.3',
] as const;
export type FlinkVersion = (typeof FLINK_VERSIONS)[number];
export const NEWEST_VERSION: FlinkVersion = '2.3';

/** How legacy heap options are read; `local` is MiniCluster / IDE execution (TM only). */
export const DEPLOYMENT_MODES = ['standalone', 'active', 'raw', 'local'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

/** A Flink configuration as `-D key=value` would hand it over: flat keys, string values. */
export type ConfigMap = Readonly<Record<string, string>>;

/** One link of a Java cause chain. */
export interface JavaCause {
  className: string;
  message: string;
}

/**
 * Flink refused the configuration. `message` is Flink's text verbatim; `id` selects the
 * plain-language explanation and fix in `src/i18n/` (the model never holds prose).
 */
export interface FlinkError {
  /** Java simple class name, e.g. `IllegalConfigurationException`. */
  className: string;
  /** Exactly what Flink's exception message says. */
  message: string;
  /** The cause chain below the top exception (may be empty). */
  causes: JavaCause[];
  /** Explanation id (see `MessageId`). */
  id: string;
  /** Values the explanation may quote (human-readable sizes, keys, suggested values). */
  params?: Readonly<Record<string, string>>;
  /** Flink keys the refusal is about, so inputs can be highlighted. */
  keys?: readonly string[];
}

/** A line Flink would log while deriving (INFO/WARN), with an id for translated text. */
export interface LogEntry {
  level: 'INFO' | 'WARN';
  id: string;
  /** Flink's log line with placeholders filled, verbatim. */
  message: string;
  keys?: readonly string[];
  params?: Readonly<Record<string, string>>;
}

/** Success carries the figures; refusal carries Flink's error. Never thrown. */
export type Outcome<T> = ({ ok: true; log: LogEntry[] } & T) | { ok: false; error: FlinkError; log: LogEntry[] };

export interface DeriveOptions {
  /** Default: NEWEST_VERSION. (`undefined` allowed so callers can pass optional props through.) */
  version?: FlinkVersion | undefined;
  /** Default: `standalone`. */
  mode?: DeploymentMode | undefined;
  /**
   * The patch release, when the reader named one (`1.10.0` → 0). Default: the minor's last patch.
   * Only the differences listed in `release.ts` depend on it.
   */
  patch?: number | undefined;
}

/** Which of Flink's entry paths the derivation took. */
export type TaskManagerPath = 'fine-grained' | 'total-flink' | 'total-process' | 'local';
export type JobManagerPath = 'heap' | 'total-flink' | 'total-process' | 'legacy-1.10';

/** The ten TaskManager components plus the JVM view, as `data-figure` names. */
/**
 * The eight components a TaskManager process is made of, in Flink's order (its log's "Final
 * TaskExecutor Memory configuration" block): they add up to the total process memory.
 */
export const TM_COMPONENTS = [
  'frameworkHeap',
  'taskHeap',
  'frameworkOffHeap',
  'taskOffHeap',
  'network',
  'managed',
  'jvmMetaspace',
  'jvmOverhead',
] as const;

/** The TaskManager's sizes: its components, then the totals and JVM limits derived from them. */
export const TM_SIZES = [...TM_COMPONENTS, 'totalFlink', 'totalProcess', 'jvmHeap', 'jvmDirect'] as const;

export interface TaskManagerFigures {
  frameworkHeap: bigint;
  taskHeap: bigint;
  frameworkOffHeap: bigint;
  taskOffHeap: bigint;
  network: bigint;
  managed: bigint;
  jvmMetaspace: bigint;
  jvmOverhead: bigint;
  totalFlink: bigint;
  totalProcess: bigint;
  jvmHeap: bigint;
  jvmDirect: bigint;
  /** `taskmanager.cpu.cores` in force (Java double). */
  cpuCores: number;
  numSlots: number;
  /** `-Xmx… -Xms… -XX:MaxDirectMemorySize=… -XX:MaxMetaspaceSize=…` as Flink prints it. */
  jvmParams: string;
  /** The `-D` string, in Flink's key order for the version. */
  dynamicConfigs: string;
  path: TaskManagerPath;
  /** Keys explicitly set (after legacy mapping) that decided the path. */
  explicitKeys: readonly string[];
}

export interface JobManagerFigures {
  jvmHeap: bigint;
  offHeap: bigint;
  jvmMetaspace: bigint;
  jvmOverhead: bigint;
  totalFlink: bigint;
  totalProcess: bigint;
  /** Honours `jobmanager.memory.enable-jvm-direct-memory-limit`. */
  jvmParams: string;
  jvmParamsDirectLimitOn: string;
  jvmParamsDirectLimitOff: string;
  /** Empty where the version has none (1.10, 1.11). */
  dynamicConfigs: string;
  path: JobManagerPath;
  explicitKeys: readonly string[];
}

export type TaskManagerResult = Outcome<TaskManagerFigures>;
export type JobManagerResult = Outcome<JobManagerFigures>;

/** Kinds of value an option holds, as Flink's `ConfigOption` types them. */
export type OptionType = 'memory' | 'float' | 'double' | 'int' | 'long' | 'boolean' | 'string' | 'duration' | 'map' | 'enum';

/** Where an option belongs; drives grouping in forms and the configuration reference. */
export type OptionCategory =
  | 'taskmanager'
  | 'jobmanager'
  | 'network'
  | 'debloat'
  | 'managed'
  | 'rocksdb'
  | 'forst'
  | 'batch'
  | 'kubernetes'
  | 'local'
  | 'legacy'
  | 'general';

/** A value that holds from `since` until the next entry (versions ascending). */
export interface Versioned<T> {
  since: FlinkVersion;
  value: T;
}

/**
 * One Flink option in the registry, the single source of truth for keys, defaults per version,
 * fallback/deprecated keys and descriptions (read by the model, forms, the CLI and the generated
 * configuration reference).
 */
export interface OptionSpec {
  key: string;
  type: OptionType;
  category: OptionCategory;
  /** Default in Flink's own string form per version; `null` = no default. */
  defaults: readonly Versioned<string | null>[];
  /** First version that reads the key. */
  since: FlinkVersion;
  /** First version that no longer reads it (removed, or silently ignored / hard-coded). */
  removedIn?: FlinkVersion;
  /** How a removal behaves: gone from the code, or still accepted but hard-coded/ignored. */
  removal?: 'removed' | 'ignored';
  /** Fallback keys in Flink's declaration order, with the versions that honour them. */
  fallbackKeys?: readonly { key: string; deprecated: boolean; since?: FlinkVersion; removedIn?: FlinkVersion }[];
  /** Allowed values of an enum option. */
  values?: readonly string[];
  description: { en: string; zh: string };
}
