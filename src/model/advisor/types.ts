/**
 * Contracts of the advisor: what a reader describes (cluster + job + goals) and what the advisor
 * returns (a configuration with a reason per key, warnings, and the model's own checks). The model
 * returns ids and parameters only; `src/i18n/advisor.ts` holds the words.
 */
import type { DeploymentMode, FlinkError, FlinkVersion } from '../types';

export const DEPLOYMENTS = ['kubernetes-operator', 'native-kubernetes', 'yarn', 'standalone'] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

export const STATE_BACKENDS = ['hashmap', 'rocksdb', 'forst'] as const;
export type StateBackend = (typeof STATE_BACKENDS)[number];

export const JOB_MODES = ['streaming', 'batch'] as const;
export type JobMode = (typeof JOB_MODES)[number];

export const CHECKPOINTING = ['aligned', 'unaligned', 'none'] as const;
export type Checkpointing = (typeof CHECKPOINTING)[number];

/** Exchange shapes (the network calculator's kinds of job): how subtasks talk to each other. */
export const EXCHANGE_PRESETS = ['forward', 'one-shuffle', 'two-shuffles', 'broadcast-join', 'wide-batch'] as const;
export type ExchangePreset = (typeof EXCHANGE_PRESETS)[number];

export const GOALS = ['max-managed', 'native-headroom', 'min-cost'] as const;
export type Goal = (typeof GOALS)[number];

/**
 * What the reader describes. Every field is optional (a sensible default applies) and untrusted:
 * the advisor validates each one and reports problems instead of throwing.
 */
export interface AdvisorInput {
  /** `1.20`, `1.20.1`, `2.0` … (default: newest). */
  version?: string | undefined;
  deployment?: string | undefined;
  taskManager?: {
    /** Per TaskManager, in the platform's units: `4Gi`, `4096m`, `8g`, or a number of MB (YARN). */
    memory?: string | number | undefined;
    cpus?: number | string | undefined;
    /** A whole number, or `derive` (default). */
    slots?: number | string | undefined;
  };
  jobManager?: { memory?: string | number | undefined; cpus?: number | string } | undefined;
  /** YARN's `yarn.scheduler.minimum-allocation-mb` (default 1024). */
  yarnMinAllocationMb?: number | string | undefined;
  job?: {
    mode?: string | undefined;
    stateBackend?: string | undefined;
    /** Expected state per slot, e.g. `2g` (0 / absent = stateless or unknown). */
    stateSizePerSlot?: string | undefined;
    sql?: { windows?: boolean | undefined; joins?: boolean | undefined; aggregations?: boolean } | undefined;
    python?: boolean | undefined;
    parallelism?: number | string | undefined;
    exchanges?: string | undefined;
    checkpointing?: string | undefined;
  };
  goals?: readonly string[] | undefined;
}

/** The input after validation, every default filled in. */
export interface NormalizedInput {
  version: FlinkVersion;
  deployment: Deployment;
  /** Container / host memory per TaskManager, bytes. */
  tmMemory: bigint;
  tmCpus: number;
  slots: number | 'derive';
  jmMemory: bigint;
  yarnMinAllocationMb: number;
  mode: JobMode;
  stateBackend: StateBackend;
  stateSizePerSlot: bigint;
  sql: { windows: boolean; joins: boolean; aggregations: boolean };
  python: boolean;
  parallelism: number | null;
  exchanges: ExchangePreset;
  checkpointing: Checkpointing;
  goals: Goal[];
}

/** Ids of input problems; each names the field and the value the advisor used instead. */
export const INPUT_PROBLEM_IDS = [
  'input.notObject',
  'input.version',
  'input.deployment',
  'input.memory',
  'input.cpus',
  'input.slots',
  'input.yarnMin',
  'input.mode',
  'input.stateBackend',
  'input.forstVersion',
  'input.stateSize',
  'input.parallelism',
  'input.exchanges',
  'input.checkpointing',
  'input.goal',
  'input.batchState',
] as const;
export type InputProblemId = (typeof INPUT_PROBLEM_IDS)[number];

export interface InputProblem {
  id: InputProblemId;
  field: string;
  /** `value` = what was given, `used` = what the advisor took instead. */
  params: Record<string, string>;
}

/** Why a value was chosen: which rule, from which source, under which assumption. */
export const RULE_IDS = [
  'rule.processFromPod',
  'rule.processFromYarn',
  'rule.flinkFromHost',
  'rule.processNearestFeasible',
  'rule.slotsGiven',
  'rule.slotsDerived',
  'rule.managedNone',
  'rule.managedConsumers',
  'rule.managedRocksState',
  'rule.managedCapped',
  'rule.weights',
  'rule.networkDefault',
  'rule.networkPinned',
  'rule.networkCapped',
  'rule.networkMaxDefault',
  'rule.networkFraction',
  'rule.overheadDefault',
  'rule.overheadNative',
  'rule.metaspaceDefault',
  'rule.metaspaceCodegen',
  'rule.taskOffHeapZero',
  'rule.taskOffHeapNative',
  'rule.taskOffHeapPython',
  'rule.frameworkDefault',
  'rule.stateBackend',
  'rule.rocksManaged',
  'rule.rocksRatios',
  'rule.rocksPartitioned',
  'rule.limitFactor',
  'rule.vcores',
  'rule.jmProcess',
  'rule.jmFlinkFromHost',
  'rule.jmLegacyHeap',
  'rule.jmNearestFeasible',
  'rule.jmMetaspace',
  'rule.debloat',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SOURCE_IDS = [
  'docs.memSetup',
  'docs.memSetupTm',
  'docs.memTuning',
  'docs.networkTuning',
  'docs.largeState',
  'docs.rocksdbMemory',
  'docs.python',
  'docs.forst',
  'docs.config',
  'docs.k8sNative',
  'docs.yarn',
  'docs.debloat',
  'docs.execution',
  'source.taskManagerOptions',
  'source.nettyShuffle',
  'source.rocksdbController',
  'operator.memoryTuning',
  'k8s.qos',
  'yarn.scheduler',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const ASSUMPTION_IDS = [
  'assume.oneSlotPerCpu',
  'assume.workingSet',
  'assume.heapStateFactor',
  'assume.networkMargin',
  'assume.placement',
  'assume.sqlOperators',
  'assume.pythonProcess',
  'assume.forstLikeRocks',
  'assume.noAssumption',
] as const;
export type AssumptionId = (typeof ASSUMPTION_IDS)[number];

export interface Reason {
  rule: RuleId;
  source: SourceId;
  assumption: AssumptionId;
  params: Record<string, string>;
}

export const WARNING_IDS = [
  'warn.containerTooSmall',
  'warn.jmContainerTooSmall',
  'warn.stateExceedsHeap',
  'warn.rocksShort',
  'warn.arena',
  'warn.networkShort',
  'warn.networkInput',
  'warn.yarnRounding',
  'warn.fractionalCpus',
  'warn.unalignedInflight',
  'warn.managedCapped',
  'warn.bigHeap',
  'warn.slotsExceedCpus',
  'warn.stateHuge',
  'warn.legacyVersion',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export interface AdvisorWarning {
  id: WarningId;
  params: Record<string, string>;
  /** Flink keys the warning is about. */
  keys?: readonly string[];
}

/** The model's own verification of the advice (all sizes bigint bytes). */
export interface AdviceChecks {
  tm: {
    ok: boolean;
    error?: FlinkError;
    path?: string;
    figures?: Record<string, bigint>;
    jvmParams?: string;
    dynamicConfigs?: string;
    numSlots?: number;
    /** Container / host memory the process must fit into (after platform rounding). */
    container: bigint;
    fits: boolean;
  };
  jm: {
    ok: boolean;
    error?: FlinkError;
    figures?: Record<string, bigint>;
    jvmParams?: string;
    container: bigint;
    fits: boolean;
  };
  network: {
    ok: boolean;
    /** The topology could not be estimated (input problem id), else null. */
    inputError: string | null;
    numTms: number;
    requiredPerTm: number;
    /** Required × margin: what the advice aims at. */
    wantedPerTm: number;
    numNetworkBuffers: number;
    segmentSize: number;
    /** numNetworkBuffers / requiredPerTm (0 when nothing is required). */
    headroom: number;
    fits: boolean;
    fitsWithMargin: boolean;
    job: string;
    error?: FlinkError;
  };
  stateBackend: {
    backend: StateBackend;
    /** Managed memory RocksDB/ForSt gets in one slot (0 for hashmap). */
    perSlot: bigint;
    /** What the advisor reckons one slot needs (cache working set / heap for hashmap). */
    neededPerSlot: bigint;
    /** neededPerSlot − perSlot when positive. */
    shortBy: bigint;
    blockCache: bigint;
    writeBufferManager: bigint;
    arenaOk: boolean;
    /** Task heap per slot (hashmap state lives there). */
    heapPerSlot: bigint;
  };
  platform: {
    deployment: Deployment;
    /** What the reader gave, bytes. */
    tmGiven: bigint;
    /** Pod request / YARN container / host budget after rounding and any feasibility raise. */
    tmContainer: bigint;
    /** K8s memory limit (request × limit-factor), YARN container MB, or null. */
    tmLimit: bigint | null;
    yarnContainerMb: number | null;
    jmGiven: bigint;
    jmContainer: bigint;
  };
}

export interface Advice {
  input: NormalizedInput;
  mode: DeploymentMode;
  /** Flink keys → values in a form Flink parses (`3579m`), in a stable, readable order. */
  config: Record<string, string>;
  reasons: Record<string, Reason>;
  warnings: AdvisorWarning[];
  problems: InputProblem[];
  checks: AdviceChecks;
  /** The exchange topology used for the network check, in the network calculator's link format. */
  job: string;
  /** TaskManagers needed for the parallelism. */
  numTms: number;
}
