/**
 * What a failing Flink job prints, by failure family, and the memory pool each points at. The
 * expressions follow the texts in Flink's source and the shapes the JVM (8/11/17/21), YARN 2/3,
 * Kubernetes and Docker print around them. They run over a window of normalised lines joined
 * by a space and, failing that, by nothing — so words separated by a wrap (`\s*`) and words cut
 * by a wrap both match.
 */

/** Every failure the diagnosis recognises. */
export const DIAGNOSIS_IDS = [
  'illegal-configuration',
  'network-buffer-pool-allocation',
  'insufficient-network-buffers',
  'exclusive-buffers-timeout',
  'direct-buffer-memory',
  'metaspace',
  'gc-overhead-limit',
  'java-heap-space',
  'native-thread',
  'yarn-container-killed',
  'yarn-virtual-memory',
  'kubernetes-oomkilled',
  'container-exit-137',
  'container-exit-143',
  'rocksdb-native-memory',
  'long-gc-pause',
  'gc-to-space-exhausted',
  'heartbeat-timeout',
] as const;
export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

/** The pool (or mechanism) of a finding, as the CLI's JSON contract names it. */
export const POOLS = [
  'heap',
  'direct',
  'metaspace',
  'network-buffers',
  'container',
  'gc-heartbeat',
  'config',
  'rocksdb-native',
  'none',
] as const;
export type Pool = (typeof POOLS)[number];

/** The process that failed. */
export const PROCESSES = ['taskmanager', 'jobmanager', 'other', 'unknown'] as const;
export type ProcessKind = (typeof PROCESSES)[number];

export interface PatternSpec {
  id: DiagnosisId;
  pool: Pool;
  /**
   * Fragments of the key phrase, lower-case without spaces: a window containing none of them
   * skips the pattern's regular expressions (most lines of a noisy log).
   */
  keys: readonly string[];
  /** Variants, most specific first; named groups become finding params. */
  variants: readonly RegExp[];
  /** Cause ids, most likely first (texts in `src/i18n/diagnose.ts`). */
  causes: readonly string[];
  /** Heading id in the troubleshooting chapter. */
  anchor: string;
}

const SIZE = String.raw`[\d.]+\s*[KMGT]?B`;

/**
 * Earlier entries claim a stretch of text first: a later pattern does not report what an earlier
 * one already explained (e.g. the "Cause: Direct buffer memory" inside a NetworkBufferPool error).
 */
export const PATTERNS: readonly PatternSpec[] = [
  {
    // TaskExecutorProcessUtils / JobManagerProcessUtils refusals and friends.
    id: 'illegal-configuration',
    pool: 'config',
    keys: ['illegalconfigurationexception'],
    variants: [/IllegalConfigurationException\s*:\s*(?<message>\S.*)$/],
    causes: ['inconsistent-options'],
    anchor: 'illegalconfigurationexception',
  },
  {
    // NetworkBufferPool constructor.
    id: 'network-buffer-pool-allocation',
    pool: 'network-buffers',
    keys: ['couldnotallocateenoughmemorysegments'],
    variants: [
      /Could\s*not\s*allocate\s*enough\s*memory\s*segments\s*for\s*NetworkBufferPool(?:\s*\(\s*required\s*\(Mb\)\s*:\s*(?<requiredMb>\d+)\s*,\s*allocated\s*\(Mb\)\s*:\s*(?<allocatedMb>\d+)\s*,\s*missing\s*\(Mb\)\s*:\s*(?<missingMb>\d+)\s*\))?(?:\.\s*Cause\s*:\s*Direct\s*buffer\s*memory)?/i,
    ],
    causes: ['direct-limit-below-network', 'local-execution-jvm-too-small', 'container-too-small'],
    anchor: 'could-not-allocate-enough-memory-segments',
  },
  {
    // NetworkBufferPool#internalCreateBufferPool / tryRedistributeBuffers (1.x and 2.x wordings).
    id: 'insufficient-network-buffers',
    pool: 'network-buffers',
    keys: ['insufficientnumberofnetworkbuffers', '网络缓冲区不足', 'buffer不足', 'buffers不足'],
    variants: [
      /Insufficient\s*number\s*of\s*network\s*buffers(?:\s*:\s*required\s*(?<required>\d+)\s*,\s*but\s*only\s*(?<available>\d+)(?:\s*of\s*(?<ofTotal>\d+))?\s*available(?:\.\s*The\s*total\s*number\s*of\s*network\s*buffers\s*is\s*currently\s*set\s*to\s*(?<total>\d+)\s*of\s*(?<segment>\d+)\s*bytes\s*each)?)?/i,
      /网络缓冲区不足|network\s*buffers?\s*不足/,
    ],
    causes: ['parallelism-grew', 'network-memory-too-small', 'buffers-per-channel', 'recovery-unaligned'],
    anchor: 'insufficient-number-of-network-buffers',
  },
  {
    // NetworkBufferPool#requestPooledMemorySegmentsBlocking (1.14+).
    id: 'exclusive-buffers-timeout',
    pool: 'network-buffers',
    keys: ['timeouttriggeredwhenrequestingexclusivebuffers'],
    variants: [
      /Timeout\s*triggered\s*when\s*requesting\s*exclusive\s*buffers(?:\s*:\s*The\s*total\s*number\s*of\s*network\s*buffers\s*is\s*currently\s*set\s*to\s*(?<total>\d+)\s*of\s*(?<segment>\d+)\s*bytes\s*each)?/i,
    ],
    causes: ['parallelism-grew', 'network-memory-too-small', 'buffers-per-channel'],
    anchor: 'insufficient-number-of-network-buffers',
  },
  {
    // JDK 8/11 "Direct buffer memory"; JDK 17+ java.nio.Bits "Cannot reserve N bytes of direct
    // buffer memory (allocated: A, limit: L)"; Netty's own limit; Flink's enrichment
    // (TaskManagerExceptionUtils / ClusterEntryPointExceptionUtils) quoted without the prefix.
    id: 'direct-buffer-memory',
    pool: 'direct',
    keys: ['cannotreserve', 'outofdirectmemoryerror', 'directbuffermemory', '直接内存'],
    variants: [
      /Cannot\s*reserve\s*(?<requested>\d+)\s*bytes\s*of\s*direct\s*buffer\s*memory(?:\s*\(\s*allocated\s*:\s*(?<allocated>\d+)\s*,\s*limit\s*:\s*(?<limit>\d+)\s*\))?/i,
      /OutOfDirectMemoryError\s*:\s*failed\s*to\s*allocate\s*(?<requested>\d+)\s*byte\(s\)\s*of\s*direct\s*memory(?:\s*\(\s*used\s*:\s*(?<allocated>\d+)\s*,\s*max\s*:\s*(?<limit>\d+)\s*\))?/i,
      /OutOfMemoryError\s*:\s*Direct\s*buffer\s*memory/i,
      /Direct\s*buffer\s*memory\s*\.?\s*The\s*direct\s*out-of-memory\s*error\s*has\s*occurred/i,
      /(?:^|[\s:])Direct\s*buffer\s*memory\s*$/i,
      /直接内存(?:溢出|不足|耗尽)/,
    ],
    causes: ['connector-direct-buffers', 'task-off-heap-zero', 'direct-leak', 'framework-off-heap-high-parallelism'],
    anchor: 'direct-buffer-memory',
  },
  {
    id: 'metaspace',
    pool: 'metaspace',
    keys: ['outofmemoryerror:metaspace', 'outofmemoryerror:compressedclassspace', 'metaspaceout-of-memory', '元空间'],
    variants: [
      /OutOfMemoryError\s*:\s*(?:Metaspace|Compressed\s*class\s*space)/i,
      /Metaspace\s*\.?\s*The\s*metaspace\s*out-of-memory\s*error\s*has\s*occurred/i,
      /元空间(?:溢出|不足|耗尽)/,
    ],
    causes: ['classloader-leak', 'many-jars-in-user-code', 'metaspace-too-small'],
    anchor: 'metaspace',
  },
  {
    id: 'gc-overhead-limit',
    pool: 'heap',
    keys: ['gcoverheadlimitexceeded', 'gc开销超'],
    variants: [/GC\s*overhead\s*limit\s*exceeded/i, /GC\s*开销超(?:过)?限/],
    causes: ['heap-state-too-large', 'task-heap-too-small', 'heap-leak'],
    anchor: 'gc-overhead-limit-exceeded',
  },
  {
    // The JVM's text, the JM enrichment ("Java heap space. A heap space-related …") and a
    // library's wrapper (`java.sql.SQLException: Java heap space`) all carry the phrase.
    id: 'java-heap-space',
    pool: 'heap',
    keys: ['javaheapspace', 'requestedarraysizeexceedsvmlimit', '堆内存'],
    variants: [
      /Java\s*heap\s*space/i,
      /Requested\s*array\s*size\s*exceeds\s*VM\s*limit/i,
      /(?:Java\s*)?堆内存(?:溢出|不足|耗尽)/,
    ],
    causes: ['heap-state-too-large', 'task-heap-too-small', 'large-records-or-windows', 'heap-leak'],
    anchor: 'java-heap-space',
  },
  {
    // JDK 8 "unable to create new native thread"; JDK 11+ "unable to create native thread:
    // possibly out of memory or process/resource limits reached".
    id: 'native-thread',
    pool: 'container',
    keys: ['nativethread'],
    variants: [/unable\s*to\s*create\s*(?:new\s*)?native\s*thread/i],
    causes: ['thread-leak', 'process-limit', 'native-outside-budget'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    // Hadoop 2: "is running beyond physical memory limits. Current usage: 4.1 GB of 4 GB physical
    // memory used"; Hadoop 3: "is running 123B beyond the 'PHYSICAL' memory limit. …".
    id: 'yarn-container-killed',
    pool: 'container',
    keys: ['physicalmemorylimit', "physical'memorylimit"],
    variants: [
      new RegExp(
        String.raw`running\s*(?:(?<over>\d+)\s*B\s*)?beyond\s*(?:the\s*'?PHYSICAL'?\s*memory\s*limit|physical\s*memory\s*limits?)(?:\.?\s*Current\s*usage\s*:\s*(?<usage>${SIZE})\s*of\s*(?<limit>${SIZE})\s*physical\s*memory\s*used)?`,
        'i',
      ),
    ],
    causes: ['native-outside-budget', 'rocksdb-unmanaged', 'glibc-arenas', 'overhead-too-small'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    // The NodeManager's virtual-memory check: not Flink's memory at all.
    id: 'yarn-virtual-memory',
    pool: 'container',
    keys: ['virtualmemorylimit', "virtual'memorylimit"],
    variants: [
      new RegExp(
        String.raw`running\s*(?:\d+\s*B\s*)?beyond\s*(?:the\s*'?VIRTUAL'?\s*memory\s*limit|virtual\s*memory\s*limits?)(?:\.?\s*Current\s*usage\s*:\s*(?<usage>${SIZE})\s*of\s*(?<limit>${SIZE})\s*physical\s*memory\s*used\s*;\s*(?<vusage>${SIZE})\s*of\s*(?<vlimit>${SIZE})\s*virtual\s*memory\s*used)?`,
        'i',
      ),
    ],
    causes: ['yarn-vmem-check', 'glibc-arenas'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    id: 'kubernetes-oomkilled',
    pool: 'container',
    keys: ['oomkill', 'memorycgroupoutofmemory'],
    variants: [/\bOOMKill(?:ed|ing)\b/, /Memory\s*cgroup\s*out\s*of\s*memory/i],
    causes: ['native-outside-budget', 'rocksdb-unmanaged', 'glibc-arenas', 'limit-below-process-size'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    // Docker / Marathon / Mesos and a bare pod status: 137 = 128 + SIGKILL.
    id: 'container-exit-137',
    pool: 'container',
    keys: ['137'],
    variants: [
      /Container\s*exited\s*with\s*(?:a\s*non-zero\s*exit\s*code|status)\s*137\b/i,
      /(?:exit\s*(?:code|status)|exitCode|exit_code)["']?\s*(?:is\s*)?[:=]?\s*137\b/i,
      /Exited\s*\(137\)/,
      /退出码\s*[:：]?\s*137\b/,
    ],
    causes: ['native-outside-budget', 'limit-below-process-size', 'glibc-arenas'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    // 143 = 128 + SIGTERM: YARN stops a container this way for many reasons, memory among them.
    id: 'container-exit-143',
    pool: 'container',
    keys: ['143'],
    variants: [
      /Container\s*killed\s*on\s*request\s*\.?\s*Exit\s*code\s*is\s*143/i,
      /exit\s*(?:code|status)\s*(?:is\s*)?[:=]?\s*143\b/i,
    ],
    causes: ['yarn-killed-for-memory', 'preempted-or-stopped'],
    anchor: 'container-killed-or-oomkilled',
  },
  {
    // JDK 9+ unified logging "Pause Full (…) 3998M->3990M(4096M) 18342.113ms"; JDK 8
    // "[Full GC (Allocation Failure) … , 12.3456789 secs]".
    id: 'long-gc-pause',
    pool: 'gc-heartbeat',
    keys: ['pause', 'fullgc'],
    variants: [
      /Pause\s*(?<kind>Full|Young|Remark|Cleanup|Mixed)\b[^\n]*?(?:(?<before>\d+)M->(?<after>\d+)M\((?<cap>\d+)M\))?\s*(?<ms>\d+(?:\.\d+)?)\s*ms/i,
      /\[(?<kind>Full GC|GC pause)[^\]]*?(?<secs>\d+\.\d+)\s*secs\]/i,
    ],
    causes: ['heap-pressure', 'humongous-allocations', 'heap-too-large-for-pause-goal'],
    anchor: 'heartbeat-timeouts-after-long-gc-pauses',
  },
  {
    // G1 could not evacuate: the heap had no free regions left (JDK 8–17 wording, and JDK 17+'s).
    id: 'gc-to-space-exhausted',
    pool: 'gc-heartbeat',
    keys: ['to-space', 'evacuationfailure'],
    variants: [/to-space\s*(?:exhausted|overflow)/i, /\(Evacuation\s*Failure/i],
    causes: ['heap-pressure', 'humongous-allocations'],
    anchor: 'heartbeat-timeouts-after-long-gc-pauses',
  },
  {
    // HeartbeatMonitorImpl / JobMaster / ResourceManager, with or without the id; 1.14+ "is no
    // longer reachable" when the heartbeat RPC itself fails.
    id: 'heartbeat-timeout',
    pool: 'gc-heartbeat',
    keys: ['heartbeatof', 'nolongerreachable', '心跳超时'],
    variants: [
      /[Hh]eartbeat\s*of\s*(?<component>TaskManager|JobManager|ResourceManager)(?:\s*with\s*id\s*(?<who>\S+?))?\.?\s*timed\s*out/,
      /(?<component>TaskManager|JobManager|ResourceManager)\s*with\s*id\s*(?<who>\S+?)\s*is\s*no\s*longer\s*reachable/,
      /心跳超时/,
    ],
    causes: ['long-gc-pause', 'tm-killed', 'network-partition'],
    anchor: 'heartbeat-timeouts-after-long-gc-pauses',
  },
];

/** The pool of every id, including `rocksdb-native-memory` (which is inferred, not matched). */
export const POOL_OF: Readonly<Record<DiagnosisId, Pool>> = {
  ...(Object.fromEntries(PATTERNS.map((p) => [p.id, p.pool])) as Record<DiagnosisId, Pool>),
  'rocksdb-native-memory': 'rocksdb-native',
};

/**
 * A cheap test per line so that most of a 20 MB log skips the patterns; loose on purpose, since
 * a key phrase cut by a wrap must still leave one fragment on each side.
 */
export const PREFILTER =
  /OutOfMem|[Mm]emory|[Hh]eap|GC|Pause|[Bb]uffer|beyond|OOM|13[7]|14[3]|Exception|eartbeat|reachable|Metaspace|class\s*space|reserve|[Kk]ill|[Ee]xit|Insufficient|segments|Final|Loading configuration|-Xmx|-D|Version|rocksdb|RocksDB|[Ll]imits?:|memory:|to-space|Evacuation|native thread|state\.backend|numberOfTaskSlots|内存|溢出|超时|退出码/;

/** Causal links: the key, when present, is the root cause of the listed effects. */
export const CAUSES_OF: Readonly<Partial<Record<DiagnosisId, readonly DiagnosisId[]>>> = {
  'illegal-configuration': [],
  'java-heap-space': ['gc-overhead-limit', 'long-gc-pause', 'gc-to-space-exhausted', 'heartbeat-timeout'],
  'gc-overhead-limit': ['long-gc-pause', 'gc-to-space-exhausted', 'heartbeat-timeout'],
  'gc-to-space-exhausted': ['long-gc-pause', 'heartbeat-timeout'],
  'long-gc-pause': ['heartbeat-timeout'],
  'rocksdb-native-memory': [
    'yarn-container-killed',
    'kubernetes-oomkilled',
    'container-exit-137',
    'container-exit-143',
    'heartbeat-timeout',
  ],
  'yarn-container-killed': ['container-exit-143', 'heartbeat-timeout'],
  'yarn-virtual-memory': ['container-exit-143', 'heartbeat-timeout'],
  'kubernetes-oomkilled': ['container-exit-137', 'heartbeat-timeout'],
  'container-exit-137': ['heartbeat-timeout'],
  'container-exit-143': ['heartbeat-timeout'],
  'direct-buffer-memory': ['heartbeat-timeout'],
  metaspace: ['heartbeat-timeout'],
  'native-thread': ['heartbeat-timeout'],
};

/** A GC pause this long (ms) is worth reporting: it approaches the default 50 s heartbeat timeout's scale. */
export const LONG_GC_PAUSE_MS = 5000;
