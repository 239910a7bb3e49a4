/**
 * What a failing Flink job prints, and which memory pool each message points at. The regular
 * expressions follow the texts in Flink's source (cited per entry) and the shapes that YARN,
 * Kubernetes and the JVM print around them.
 */

/** Every failure the diagnosis recognises. */
export const DIAGNOSIS_IDS = [
  'java-heap-space',
  'gc-overhead-limit',
  'direct-buffer-memory',
  'metaspace',
  'network-buffer-pool-allocation',
  'insufficient-network-buffers',
  'yarn-container-killed',
  'kubernetes-oomkilled',
  'illegal-configuration',
  'long-gc-pause',
  'heartbeat-timeout',
  'rocksdb-native-memory',
] as const;
export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

/** The memory pool or mechanism a failure belongs to (calculator `data-figure` names where one fits). */
export type FailedPool =
  | 'jvmHeap' | 'jvmDirect' | 'jvmMetaspace' | 'network' | 'totalProcess' | 'managed' | 'configuration' | 'gc';

export interface PatternSpec {
  id: DiagnosisId;
  pool: FailedPool;
  /** Matches the line that announces the failure; named groups become finding params. */
  match: RegExp;
  /** Cause ids, most likely first (texts in `src/i18n/diagnose.ts`). */
  causes: readonly string[];
  /** Heading id in the troubleshooting chapter. */
  anchor: string;
}

/**
 * Order matters only where two patterns could claim one line: the more specific comes first and
 * the line is claimed once.
 */
export const PATTERNS: readonly PatternSpec[] = [
  {
    // NetworkBufferPool constructor (flink-runtime .../io/network/buffer/NetworkBufferPool.java).
    id: 'network-buffer-pool-allocation',
    pool: 'network',
    match:
      /Could not allocate enough memory segments for NetworkBufferPool \(required \(Mb\): (?<requiredMb>\d+), allocated \(Mb\): (?<allocatedMb>\d+), missing \(Mb\): (?<missingMb>\d+)\)(?:\. Cause: (?<cause>[^\n]*))?/i,
    causes: ['direct-limit-below-network', 'local-execution-jvm-too-small', 'container-too-small'],
    anchor: 'could-not-allocate-enough-memory-segments',
  },
  {
    // NetworkBufferPool#internalCreateBufferPool / tryRedistributeBuffers (1.x and 2.x wordings).
    id: 'insufficient-network-buffers',
    pool: 'network',
    match:
      /Insufficient number of network buffers: required (?<required>\d+), but only (?<available>\d+)(?: of (?<ofTotal>\d+))? available(?:\. The total number of network buffers is currently set to (?<total>\d+) of (?<segment>\d+) bytes each)?/i,
    causes: ['parallelism-grew', 'network-memory-too-small', 'buffers-per-channel', 'recovery-unaligned'],
    anchor: 'insufficient-number-of-network-buffers',
  },
  {
    // TaskManagerExceptionUtils / ClusterEntryPointExceptionUtils enrich this text.
    id: 'direct-buffer-memory',
    pool: 'jvmDirect',
    match: /OutOfMemoryError: Direct buffer memory/i,
    causes: ['connector-direct-buffers', 'task-off-heap-zero', 'direct-leak', 'framework-off-heap-high-parallelism'],
    anchor: 'direct-buffer-memory',
  },
  {
    id: 'metaspace',
    pool: 'jvmMetaspace',
    match: /OutOfMemoryError: (?:Metaspace|Compressed class space)/i,
    causes: ['classloader-leak', 'many-jars-in-user-code', 'metaspace-too-small'],
    anchor: 'metaspace',
  },
  {
    id: 'gc-overhead-limit',
    pool: 'jvmHeap',
    match: /OutOfMemoryError: GC overhead limit exceeded/i,
    causes: ['heap-state-too-large', 'task-heap-too-small', 'heap-leak'],
    anchor: 'gc-overhead-limit-exceeded',
  },
  {
    id: 'java-heap-space',
    pool: 'jvmHeap',
    match: /OutOfMemoryError: (?:Java heap space|Requested array size exceeds VM limit)/i,
    causes: ['heap-state-too-large', 'task-heap-too-small', 'large-records-or-windows', 'heap-leak'],
    anchor: 'java-heap-space',
  },
  {
    // Hadoop 2: "is running beyond physical memory limits. Current usage: 4.1 GB of 4 GB physical memory used";
    // Hadoop 3: "is running 123B beyond the 'PHYSICAL' memory limit. Current usage: …".
    id: 'yarn-container-killed',
    pool: 'totalProcess',
    match:
      /Container \[?(?:pid=\d+,\s*)?containerID=(?<container>\S+?)\]? is running (?:\S+ )?beyond (?:the '?PHYSICAL'? memory limit|physical memory limits?)\.?\s*Current usage: (?<usage>[\d.]+ ?[KMGT]?B) of (?<limit>[\d.]+ ?[KMGT]?B) physical memory used/i,
    causes: ['native-outside-budget', 'rocksdb-unmanaged', 'glibc-arenas', 'overhead-too-small'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    id: 'kubernetes-oomkilled',
    pool: 'totalProcess',
    match: /\bOOMKilled\b|(?:exit ?code|exitCode)["']?\s*[:=]?\s*137\b|terminated with exit code 137/i,
    causes: ['native-outside-budget', 'rocksdb-unmanaged', 'glibc-arenas', 'limit-below-process-size'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    // TaskExecutorProcessUtils / JobManagerProcessUtils refusals and friends.
    id: 'illegal-configuration',
    pool: 'configuration',
    match: /IllegalConfigurationException: (?<message>[^\n]*)/,
    causes: ['inconsistent-options'],
    anchor: 'illegalconfigurationexception',
  },
  {
    // JDK 9+ unified logging "Pause Full (…) 3900M->3890M(4096M) 12345.678ms" and JDK 8
    // "[Full GC (Allocation Failure) … , 12.3456789 secs]".
    id: 'long-gc-pause',
    pool: 'gc',
    match:
      /(?:Pause (?:Full|Young|Remark|Cleanup|Mixed)[^\n]*?(?<ms>\d+(?:\.\d+)?)ms\s*$)|(?:\[(?:Full GC|GC pause)[^\n]*?(?<secs>\d+\.\d+) secs\])/i,
    causes: ['heap-pressure', 'humongous-allocations', 'heap-too-large-for-pause-goal'],
    anchor: 'heartbeat-timeouts-after-long-gc-pauses',
  },
  {
    // HeartbeatMonitorImpl / JobMaster / ResourceManager: "Heartbeat of TaskManager with id … timed out."
    id: 'heartbeat-timeout',
    pool: 'gc',
    match: /(?:The )?[Hh]eartbeat of (?<component>TaskManager|JobManager|ResourceManager) with id (?<who>\S+?)\.? timed out/,
    causes: ['long-gc-pause', 'tm-killed', 'network-partition'],
    anchor: 'heartbeat-timeouts-after-long-gc-pauses',
  },
];

/** A cheap first test so that most lines of a 20 MB log skip the patterns entirely. */
export const PREFILTER =
  /OutOfMemoryError|NetworkBufferPool|network buffers|beyond|OOMKilled|137|IllegalConfigurationException|Pause|GC|eartbeat|Final (?:TaskExecutor|Master) Memory|Loading configuration property|-Xmx|-D |Version:|rocksdb|RocksDB/;

/** Causal links: the key, when present, is the root cause of the listed effects. */
export const CAUSES_OF: Readonly<Partial<Record<DiagnosisId, readonly DiagnosisId[]>>> = {
  'java-heap-space': ['heartbeat-timeout', 'long-gc-pause'],
  'gc-overhead-limit': ['heartbeat-timeout', 'long-gc-pause'],
  'long-gc-pause': ['heartbeat-timeout'],
  'rocksdb-native-memory': ['yarn-container-killed', 'kubernetes-oomkilled', 'heartbeat-timeout'],
  'yarn-container-killed': ['heartbeat-timeout'],
  'kubernetes-oomkilled': ['heartbeat-timeout'],
  'illegal-configuration': [],
  'direct-buffer-memory': ['heartbeat-timeout'],
  'metaspace': ['heartbeat-timeout'],
};

/** A GC pause this long (ms) is worth reporting: it approaches the default 50 s heartbeat timeout's scale. */
export const LONG_GC_PAUSE_MS = 5000;
