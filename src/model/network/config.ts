/**
 * The TaskManager's network configuration per Flink version: what
 * `NettyShuffleEnvironmentConfiguration.fromConfiguration` reports (network memory, segment size,
 * number of buffers, buffers per channel / floating per gate / required-per-gate max, overdraft,
 * sort-shuffle, batch-shuffle read memory, 2.0's starting buffer size), with Flink's validation
 * messages. Facts: network-and-managed.md §1.3, §2.5; oracle-findings.md "Network buffers" 1, 7.
 */
import type { ConfigMap, FlinkError, FlinkVersion, LogEntry } from '../types';
import { atLeast } from '../version';
import { INT_MAX, couldNotParse, fail, ok, parseJavaInt, parseSizeJava, refusal, type Result } from './java';

export const KEY = {
  segmentSize: 'taskmanager.memory.segment-size',
  buffersPerChannel: 'taskmanager.network.memory.buffers-per-channel',
  floatingBuffersPerGate: 'taskmanager.network.memory.floating-buffers-per-gate',
  maxRequiredBuffersPerGate: 'taskmanager.network.memory.read-buffer.required-per-gate.max',
  maxBuffersPerChannel: 'taskmanager.network.memory.max-buffers-per-channel',
  maxOverdraftBuffersPerGate: 'taskmanager.network.memory.max-overdraft-buffers-per-gate',
  sortShuffleMinBuffers: 'taskmanager.network.sort-shuffle.min-buffers',
  sortShuffleMinParallelism: 'taskmanager.network.sort-shuffle.min-parallelism',
  batchShuffleSize: 'taskmanager.memory.framework.off-heap.batch-shuffle.size',
  numberOfBuffers: 'taskmanager.network.numberOfBuffers',
  debloatEnabled: 'taskmanager.network.memory.buffer-debloat.enabled',
  startingSegmentSize: 'taskmanager.memory.starting-segment-size',
  networkFraction: 'taskmanager.memory.network.fraction',
  networkMin: 'taskmanager.memory.network.min',
  networkMax: 'taskmanager.memory.network.max',
} as const;

/** Keys Flink 2.0 removed and replaced by hard-coded values (setting them has no effect). */
export const HARD_CODED_IN_2_0: Readonly<Record<string, number>> = {
  [KEY.buffersPerChannel]: 2,
  [KEY.floatingBuffersPerGate]: 8,
  [KEY.maxBuffersPerChannel]: 10,
  [KEY.maxOverdraftBuffersPerGate]: 20,
  [KEY.sortShuffleMinParallelism]: 1,
};

/** `MemoryManager.MIN_PAGE_SIZE`. */
export const MIN_PAGE_SIZE = 4096;

/** The arguments the buffer-pool formulas take, as the TaskManager resolves them. */
export interface NetworkArgs {
  /** Exclusive buffers per remote input channel (B). */
  buffersPerChannel: number;
  /** Floating buffers per gate (F). */
  floatingBuffersPerGate: number;
  /** `read-buffer.required-per-gate.max` when set (1.17+), else null (= per-type default). */
  maxRequiredBuffersPerGate: number | null;
  /** Sort-shuffle min parallelism (SMP); `INT_MAX` = sort shuffle off (1.12–1.14 default). */
  sortShuffleMinParallelism: number;
  /** Sort-shuffle min buffers (SMB). */
  sortShuffleMinBuffers: number;
}

/** What `NettyShuffleEnvironmentConfiguration` reports; `null` = not in this version. */
export interface NetworkConfiguration extends NetworkArgs {
  version: FlinkVersion;
  networkMemory: bigint;
  numNetworkBuffers: number;
  networkBufferSize: number;
  /** 2.0+: initial used size per buffer (`INT_MAX` unless debloating is on). */
  startingBufferSize: number | null;
  maxBuffersPerChannel: number | null;
  maxOverdraftBuffersPerGate: number | null;
  batchShuffleReadMemoryBytes: bigint | null;
  /** Keys that were set but this version ignores (hard-coded or removed). */
  ignoredKeys: string[];
  log: LogEntry[];
}

function readInt(config: ConfigMap, key: string, dflt: number): Result<number> {
  const raw = config[key];
  if (raw === undefined) return ok(dflt);
  const v = parseJavaInt(raw);
  if (v === undefined) {
    return fail(couldNotParse(key, raw, { className: 'NumberFormatException', message: `For input string: "${raw}"` }));
  }
  return ok(v);
}

function readSize(config: ConfigMap, key: string, dflt: bigint): Result<bigint> {
  const raw = config[key];
  if (raw === undefined) return ok(dflt);
  const p = parseSizeJava(raw);
  if (!p.ok) return fail(couldNotParse(key, raw, p.cause));
  return ok(p.bytes);
}

function readBool(config: ConfigMap, key: string, dflt: boolean): Result<boolean> {
  const raw = config[key];
  if (raw === undefined) return ok(dflt);
  const t = raw.trim().toLowerCase();
  if (t === 'true') return ok(true);
  if (t === 'false') return ok(false);
  return fail(
    couldNotParse(key, raw, {
      className: 'IllegalArgumentException',
      message: `Unrecognized option for boolean: ${raw}. Expected either true or false(case insensitive)`,
    }),
  );
}

/** `ConfigurationParserUtils.getPageSize`: the segment size, validated. */
export function readPageSize(config: ConfigMap): Result<number> {
  const s = readSize(config, KEY.segmentSize, 32768n);
  if (!s.ok) return s;
  if (s.value > BigInt(INT_MAX)) {
    return fail(
      refusal('IllegalArgumentException', `Cannot downcast long value ${s.value} to integer.`, 'network.segmentSizeTooLarge', {
        keys: [KEY.segmentSize],
      }),
    );
  }
  const page = Number(s.value);
  if (page < MIN_PAGE_SIZE) {
    return fail(
      refusal(
        'IllegalConfigurationException',
        `Invalid configuration value for ${KEY.segmentSize} : ${page} - Minimum memory segment size is ${MIN_PAGE_SIZE}`,
        'network.segmentSizeTooSmall',
        { params: { value: String(page) }, keys: [KEY.segmentSize] },
      ),
    );
  }
  if ((page & (page - 1)) !== 0) {
    return fail(
      refusal(
        'IllegalConfigurationException',
        `Invalid configuration value for ${KEY.segmentSize} : ${page} - Memory segment size must be a power of 2.`,
        'network.segmentSizeNotPowerOfTwo',
        { params: { value: String(page) }, keys: [KEY.segmentSize] },
      ),
    );
  }
  return ok(page);
}

interface ResolvedOptions extends NetworkArgs {
  maxBuffersPerChannel: number | null;
  maxOverdraftBuffersPerGate: number | null;
  batchShuffleReadMemoryBytes: bigint | null;
  ignoredKeys: string[];
}

/**
 * Reads and validates the per-channel / per-gate options for `version` (1.17–1.20 check
 * B ≥ 0, F ≥ 1, required-per-gate.max ≥ 1; 2.0 ignores B, F, max-per-channel, overdraft and
 * sort-shuffle min-parallelism and hard-codes 2 / 8 / 10 / 20 / 1).
 */
export function readNetworkOptions(config: ConfigMap, version: FlinkVersion): Result<ResolvedOptions> {
  const v2 = atLeast(version, '2.0');
  const ignoredKeys: string[] = [];
  if (v2) {
    for (const k of Object.keys(HARD_CODED_IN_2_0)) if (config[k] !== undefined) ignoredKeys.push(k);
    if (config[KEY.numberOfBuffers] !== undefined) ignoredKeys.push(KEY.numberOfBuffers);
  }
  let b = 2;
  let f = 8;
  if (!v2) {
    const rb = readInt(config, KEY.buffersPerChannel, 2);
    if (!rb.ok) return rb;
    const rf = readInt(config, KEY.floatingBuffersPerGate, 8);
    if (!rf.ok) return rf;
    b = rb.value;
    f = rf.value;
  }
  let maxReq: number | null = null;
  if (atLeast(version, '1.17') && config[KEY.maxRequiredBuffersPerGate] !== undefined) {
    const r = readInt(config, KEY.maxRequiredBuffersPerGate, 0);
    if (!r.ok) return r;
    maxReq = r.value;
  }
  let mbpc: number | null = null;
  if (v2) mbpc = 10;
  else if (atLeast(version, '1.11')) {
    const r = readInt(config, KEY.maxBuffersPerChannel, 10);
    if (!r.ok) return r;
    mbpc = r.value;
  }
  let od: number | null = null;
  if (v2) od = 20;
  else if (atLeast(version, '1.16')) {
    const r = readInt(config, KEY.maxOverdraftBuffersPerGate, 5);
    if (!r.ok) return r;
    od = r.value;
  }
  let batch: bigint | null = null;
  if (atLeast(version, '1.13')) {
    const r = readSize(config, KEY.batchShuffleSize, atLeast(version, '1.15') ? 67108864n : 33554432n);
    if (!r.ok) return r;
    batch = r.value;
  }
  // Sort shuffle arrived in 1.12 (off by default until 1.15); before that the formulas never
  // take the sort branch, which INT_MAX min-parallelism reproduces.
  let smb = 64;
  let smp = INT_MAX;
  if (atLeast(version, '1.12')) {
    const r = readInt(config, KEY.sortShuffleMinBuffers, atLeast(version, '1.15') ? 512 : 64);
    if (!r.ok) return r;
    smb = r.value;
    if (v2) smp = 1;
    else {
      const p = readInt(config, KEY.sortShuffleMinParallelism, atLeast(version, '1.15') ? 1 : INT_MAX);
      if (!p.ok) return p;
      smp = p.value;
    }
  }
  if (atLeast(version, '1.17')) {
    if (!v2 && b < 0) {
      return fail(
        refusal('IllegalArgumentException', 'Must be non-negative.', 'network.buffersPerChannelNegative', {
          keys: [KEY.buffersPerChannel],
        }),
      );
    }
    if (!v2 && f < 1) {
      return fail(
        refusal(
          'IllegalArgumentException',
          `The configured floating buffer should be at least 1, please increase the value of ${KEY.floatingBuffersPerGate}.`,
          'network.floatingBuffersTooFew',
          { keys: [KEY.floatingBuffersPerGate] },
        ),
      );
    }
    if (maxReq !== null && maxReq < 1) {
      return fail(
        refusal(
          'IllegalArgumentException',
          `At least one buffer is required for each gate, please increase the value of ${KEY.maxRequiredBuffersPerGate}.`,
          'network.requiredPerGateTooFew',
          { keys: [KEY.maxRequiredBuffersPerGate] },
        ),
      );
    }
  }
  return ok({
    buffersPerChannel: b,
    floatingBuffersPerGate: f,
    maxRequiredBuffersPerGate: maxReq,
    sortShuffleMinParallelism: smp,
    sortShuffleMinBuffers: smb,
    maxBuffersPerChannel: mbpc,
    maxOverdraftBuffersPerGate: od,
    batchShuffleReadMemoryBytes: batch,
    ignoredKeys,
  });
}

/** `calculateNumberOfNetworkBuffers`: floor(network / segment), refused above `INT_MAX` pages. */
export function numberOfNetworkBuffers(networkMemory: bigint, pageSize: number): Result<number> {
  const n = networkMemory / BigInt(pageSize);
  if (n > BigInt(INT_MAX)) {
    return fail(
      refusal(
        'IllegalArgumentException',
        `The given number of memory bytes (${networkMemory}) corresponds to more than MAX_INT pages.`,
        'network.tooManyPages',
        { params: { bytes: String(networkMemory) } },
      ),
    );
  }
  return ok(Number(n));
}

/**
 * The network configuration a TaskManager with `networkMemory` bytes of network memory builds
 * from `config` in `version` (what `NettyShuffleEnvironmentConfiguration.fromConfiguration`
 * reports). Refusals are values, with Flink's message verbatim.
 */
export function networkConfiguration(
  config: ConfigMap,
  networkMemory: bigint,
  version: FlinkVersion,
): { ok: true; value: NetworkConfiguration } | { ok: false; error: FlinkError; log: LogEntry[] } {
  const page = readPageSize(config);
  if (!page.ok) return { ok: false, error: page.error, log: [] };
  // 2.0 reads the starting buffer size right after the page size (NSEC.fromConfiguration).
  let starting: number | null = null;
  if (atLeast(version, '2.0')) {
    const d = readBool(config, KEY.debloatEnabled, false);
    if (!d.ok) return { ok: false, error: d.error, log: [] };
    starting = INT_MAX;
    if (d.value) {
      const s = readSize(config, KEY.startingSegmentSize, 1024n);
      if (!s.ok) return { ok: false, error: s.error, log: [] };
      starting = Number(BigInt.asIntN(32, s.value));
    }
  }
  const n = numberOfNetworkBuffers(networkMemory, page.value);
  if (!n.ok) return { ok: false, error: n.error, log: [] };
  const o = readNetworkOptions(config, version);
  if (!o.ok) return { ok: false, error: o.error, log: [] };
  const log: LogEntry[] = o.value.ignoredKeys.map((k) => {
    const hard = HARD_CODED_IN_2_0[k];
    return {
      level: 'WARN' as const,
      id: 'network.keyIgnored',
      message:
        hard === undefined
          ? `'${k}' is no longer read by Flink ${version}; the setting has no effect.`
          : `'${k}' is no longer read by Flink ${version}; the value is hard-coded to ${hard}.`,
      keys: [k],
      params: { key: k, value: hard === undefined ? '' : String(hard) },
    };
  });
  return {
    ok: true,
    value: {
      version,
      networkMemory,
      numNetworkBuffers: n.value,
      networkBufferSize: page.value,
      startingBufferSize: starting,
      buffersPerChannel: o.value.buffersPerChannel,
      floatingBuffersPerGate: o.value.floatingBuffersPerGate,
      maxRequiredBuffersPerGate: o.value.maxRequiredBuffersPerGate,
      sortShuffleMinParallelism: o.value.sortShuffleMinParallelism,
      sortShuffleMinBuffers: o.value.sortShuffleMinBuffers,
      maxBuffersPerChannel: o.value.maxBuffersPerChannel,
      maxOverdraftBuffersPerGate: o.value.maxOverdraftBuffersPerGate,
      batchShuffleReadMemoryBytes: o.value.batchShuffleReadMemoryBytes,
      ignoredKeys: o.value.ignoredKeys,
      log,
    },
  };
}
