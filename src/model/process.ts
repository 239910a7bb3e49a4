/**
 * Machinery shared by the TaskManager and JobManager derivations (Flink's ProcessMemoryUtils,
 * RangeFraction, Configuration reads). Internally Java exceptions are modelled by throwing
 * `Thrown`; the public entry points catch it and return it as a value.
 */
import { fallbackKeysIn, optionFor, isReadIn } from './options';
import { parseMemorySize, toHumanReadable, memorySizeToString } from './memorysize';
import { javaDoubleToString, multiplyBytes, parseJavaFloat } from './float';
import { LONG_MAX, parseJavaInt } from './java';
import { atLeast } from './version';
import type { ConfigMap, FlinkError, FlinkVersion, JavaCause, LogEntry } from './types';
import type { MessageId } from './messages';
import { hasPatchDifference, type PatchDifference } from './release';

const TM_METASPACE_KEY = 'taskmanager.memory.jvm-metaspace.size';

/** A Java exception in flight inside a derivation. */
export class Thrown {
  constructor(
    readonly className: string,
    readonly message: string,
    readonly id: MessageId,
    readonly causes: JavaCause[] = [],
    readonly params: Record<string, string> = {},
    readonly keys: readonly string[] = [],
  ) {}

  toError(): FlinkError {
    const e: FlinkError = { className: this.className, message: this.message, causes: this.causes, id: this.id };
    if (Object.keys(this.params).length) e.params = this.params;
    if (this.keys.length) e.keys = this.keys;
    return e;
  }

  /** `new IllegalConfigurationException(prefix + e.getMessage(), e)`. */
  wrap(prefix: string): Thrown {
    return new Thrown(
      'IllegalConfigurationException',
      prefix + this.message,
      this.id,
      [{ className: this.className, message: this.message }, ...this.causes],
      this.params,
      this.keys,
    );
  }
}

export const ICE = 'IllegalConfigurationException';
export const IAE = 'IllegalArgumentException';

export function ice(
  message: string,
  id: MessageId,
  params: Record<string, string> = {},
  keys: readonly string[] = [],
  causes: JavaCause[] = [],
): Thrown {
  return new Thrown(ICE, message, id, causes, params, keys);
}

export const hr = toHumanReadable;

/** `MemorySize.add` (Math.addExact). */
export function add(...xs: bigint[]): bigint {
  let s = 0n;
  for (const x of xs) {
    s += x;
    if (s > LONG_MAX) throw new Thrown('ArithmeticException', 'long overflow', 'arith.long-overflow');
  }
  return s;
}

/** `MemorySize.subtract` then `new MemorySize(...)`. */
export function sub(a: bigint, b: bigint): bigint {
  const d = a - b;
  if (d < 0n) throw new Thrown(IAE, 'bytes must be >= 0', 'arith.negative-size');
  return d;
}

export function mul(bytes: bigint, f: number): bigint {
  const r = multiplyBytes(bytes, f);
  if (!r.ok) throw new Thrown(r.className, r.message, r.id as MessageId);
  return r.value;
}

interface KeyInfo {
  /** The main key counts when present (unknown to the registry, or read in this version). */
  mainRead: boolean;
  /** Honoured fallback keys in declaration order, with their deprecation flag. */
  fallbacks: readonly { key: string; deprecated: boolean }[];
  defaultValue: string | null;
}

// Registry lookups per (version, key) are pure; cache them so a derivation stays in microseconds.
const KEY_INFO = new Map<FlinkVersion, Map<string, KeyInfo>>();

function keyInfo(key: string, version: FlinkVersion): KeyInfo {
  let perVersion = KEY_INFO.get(version);
  if (!perVersion) KEY_INFO.set(version, (perVersion = new Map()));
  let info = perVersion.get(key);
  if (info) return info;
  const spec = optionFor(key);
  let defaultValue: string | null = null;
  if (spec) for (const d of spec.defaults) if (atLeast(version, d.since)) defaultValue = d.value;
  info = {
    mainRead: spec === undefined || isReadIn(key, version),
    fallbacks: spec ? fallbackKeysIn(spec, version) : [],
    defaultValue: spec && isReadIn(key, version) ? defaultValue : spec ? defaultValue : null,
  };
  if (perVersion.size > 2000) perVersion.clear();
  perVersion.set(key, info);
  return info;
}

const SIZE_CACHE = new Map<string, ReturnType<typeof parseMemorySize>>();

function parseSizeCached(raw: string): ReturnType<typeof parseMemorySize> {
  let r = SIZE_CACHE.get(raw);
  if (r) return r;
  r = parseMemorySize(raw);
  if (SIZE_CACHE.size > 4096) SIZE_CACHE.clear();
  SIZE_CACHE.set(raw, r);
  return r;
}

const FLOAT_CACHE = new Map<string, number | undefined>();

function parseFloatCached(raw: string): number | undefined {
  if (FLOAT_CACHE.has(raw)) return FLOAT_CACHE.get(raw);
  const f = parseJavaFloat(raw);
  if (FLOAT_CACHE.size > 4096) FLOAT_CACHE.clear();
  FLOAT_CACHE.set(raw, f);
  return f;
}

/** Flink's `Configuration` over a flat string map, honouring the registry per version. */
export class Cfg {
  private readonly map: Map<string, string>;
  constructor(
    map: ConfigMap,
    readonly version: FlinkVersion,
    readonly log: LogEntry[],
    readonly patch?: number,
  ) {
    this.map = new Map();
    for (const k in map) if (Object.prototype.hasOwnProperty.call(map, k)) this.map.set(k, map[k]!);
  }

  private presentKey(key: string): string | undefined {
    const info = keyInfo(key, this.version);
    if (info.mainRead && this.map.has(key)) return key;
    for (const f of info.fallbacks) if (this.map.has(f.key)) return f.key;
    return undefined;
  }

  /** `Configuration.contains(option)`: main key or any honoured fallback key. */
  has(key: string): boolean {
    return this.presentKey(key) !== undefined;
  }

  /** Which key (main or fallback) supplied the value, for `explicitKeys`. */
  sourceKey(key: string): string | undefined {
    return this.presentKey(key);
  }

  set(key: string, value: string): void {
    this.map.set(key, value);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  /** The raw string in force, or the registry default; logs a deprecated-key WARN like Flink. */
  raw(key: string): string | null {
    const k = this.presentKey(key);
    if (k !== undefined) {
      if (k !== key && keyInfo(key, this.version).fallbacks.find((f) => f.key === k)?.deprecated) {
        const message = `Config uses deprecated configuration key '${k}' instead of proper key '${key}'`;
        if (!this.log.some((l) => l.message === message)) {
          this.log.push({ level: 'WARN', id: 'log.deprecated-key', message, keys: [k, key], params: { deprecatedKey: k, key } });
        }
      }
      return this.map.get(k)!;
    }
    if (key === TM_METASPACE_KEY && hasPatchDifference(this.version, this.patch, 'metaspace-96m')) return '96m';
    return keyInfo(key, this.version).defaultValue;
  }

  /** Whether this derivation runs as an earlier patch that differs in `id` (see release.ts). */
  patchDiffers(id: PatchDifference): boolean {
    return hasPatchDifference(this.version, this.patch, id);
  }

  private parseFail(key: string, raw: string, cause: JavaCause): Thrown {
    return new Thrown(
      IAE,
      `Could not parse value '${raw}' for key '${key}'.`,
      'config.parse-value',
      [cause],
      { key, value: raw },
      [key],
    );
  }

  /** `getMemorySizeFromConfig`: any failure → "Cannot read memory size from config option". */
  memory(key: string): bigint {
    const raw = this.raw(key);
    if (raw === null) {
      throw this.cannotRead(key, '', [
        { className: 'NullPointerException', message: 'The memory option is not set and has no default value.' },
      ]);
    }
    const r = parseSizeCached(raw);
    if (!r.ok) {
      const p = this.parseFail(key, raw, { className: r.className, message: r.message });
      throw this.cannotRead(key, raw, [{ className: p.className, message: p.message }, ...p.causes]);
    }
    return r.value;
  }

  /** A memory option read with a plain `config.get` (bad text → bare IllegalArgumentException). */
  memoryPlain(key: string): bigint {
    const raw = this.raw(key);
    if (raw === null) throw this.cannotRead(key, '', []);
    const r = parseSizeCached(raw);
    if (!r.ok) throw this.parseFail(key, raw, { className: r.className, message: r.message });
    return r.value;
  }

  private cannotRead(key: string, raw: string, causes: JavaCause[]): Thrown {
    return ice(
      `Cannot read memory size from config option '${key}'.`,
      'config.cannot-read-memory',
      { key, value: raw },
      [key],
      causes,
    );
  }

  /** A float option read with `config.get` (unwrapped IllegalArgumentException on bad text). */
  float(key: string): number {
    const raw = this.raw(key) ?? 'null';
    const f = parseFloatCached(raw);
    if (f === undefined)
      throw this.parseFail(key, raw, {
        className: 'NumberFormatException',
        message: raw.trim() === '' ? 'empty String' : `For input string: "${raw}"`,
      });
    return f;
  }

  /** A double option (`Double.parseDouble`). */
  double(key: string): number {
    const raw = this.raw(key) ?? 'null';
    const f = parseJavaDouble(raw);
    if (f === undefined)
      throw this.parseFail(key, raw, { className: 'NumberFormatException', message: `For input string: "${raw}"` });
    return f;
  }

  /** An int option (`Integer.parseInt(o.toString())`, no trimming). */
  int(key: string): number {
    const raw = this.raw(key) ?? 'null';
    const n = parseJavaInt(raw);
    if (n === undefined)
      throw this.parseFail(key, raw, { className: 'NumberFormatException', message: `For input string: "${raw}"` });
    return n;
  }

  /** A boolean option (`TRUE`/`FALSE`, case-insensitive, no trimming). */
  bool(key: string): boolean {
    const raw = this.raw(key) ?? 'false';
    const u = raw.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    throw this.parseFail(key, raw, {
      className: IAE,
      message: `Unrecognized option for boolean: ${raw}. Expected either true or false(case insensitive)`,
    });
  }

  /** `ConfigOption.toString()`: `Key: 'k' , default: d (fallback keys: [...])`. */
  optionString(key: string): string {
    const spec = optionFor(key);
    let def: string | null = null;
    if (spec) for (const d of spec.defaults) if (atLeast(this.version, d.since)) def = d.value;
    const fb = spec
      ? fallbackKeysIn(spec, this.version)
          .map((f) => `{key=${f.key}, isDeprecated=${f.deprecated}}`)
          .join(', ')
      : '';
    return `Key: '${key}' , default: ${def} (fallback keys: [${fb}])`;
  }
}

/** `Double.parseDouble` (same grammar as parseFloat, rounded once to double). */
export function parseJavaDouble(text: string): number | undefined {
  const f = parseJavaFloat(text);
  if (f === undefined) return undefined;
  const s = text.trim().replace(/[fFdD]$/, '');
  if (/^[+-]?(NaN|Infinity)$/.test(s) || /0[xX]/.test(s)) return f; // hex doubles: float precision is enough here
  return Number(s);
}

export interface RangeFraction {
  min: bigint;
  max: bigint;
  fraction: number;
}

/** `getRangeFraction`: builds a RangeFraction, turning its IAE into "Inconsistently configured…". */
export function rangeFraction(cfg: Cfg, min: bigint, max: bigint, fractionKey: string): RangeFraction {
  const fraction = cfg.float(fractionKey);
  let problem: string | undefined;
  if (min > max) problem = 'min value must be less or equal to max value';
  else if (!(fraction >= 0 && fraction < 1)) problem = 'fraction must be in range [0, 1)';
  if (problem) {
    throw ice(
      `Inconsistently configured ${cfg.optionString(fractionKey)} (${javaDoubleToString(fraction)}) and its min (${hr(min)}), max (${hr(max)}) value`,
      'range.inconsistent',
      { key: fractionKey, fraction: javaDoubleToString(fraction), min: hr(min), max: hr(max), problem },
      [fractionKey],
      [{ className: IAE, message: problem }],
    );
  }
  return { min, max, fraction };
}

/** Memory option → its RangeFraction from `<prefix>.min`/`.max`/`.fraction`. */
export function rangeFromKeys(cfg: Cfg, minKey: string, maxKey: string, fractionKey: string): RangeFraction {
  const min = cfg.memory(minKey);
  const max = cfg.memory(maxKey);
  return rangeFraction(cfg, min, max, fractionKey);
}

export function capToMinMax(cfg: Cfg, desc: string, relative: bigint, rf: RangeFraction, keys: readonly string[]): bigint {
  if (relative > rf.max) {
    cfg.log.push({
      level: 'INFO',
      id: 'log.fraction-capped-max',
      keys,
      params: { what: desc, derived: hr(relative), max: hr(rf.max) },
      message: `The derived from fraction ${desc} (${hr(relative)}) is greater than its max value ${hr(rf.max)}, max value will be used instead`,
    });
    return rf.max;
  }
  if (relative < rf.min) {
    cfg.log.push({
      level: 'INFO',
      id: 'log.fraction-capped-min',
      keys,
      params: { what: desc, derived: hr(relative), min: hr(rf.min) },
      message: `The derived from fraction ${desc} (${hr(relative)}) is less than its min value ${hr(rf.min)}, min value will be used instead`,
    });
    return rf.min;
  }
  return relative;
}

export function deriveWithFraction(cfg: Cfg, desc: string, base: bigint, rf: RangeFraction, keys: readonly string[]): bigint {
  return capToMinMax(cfg, desc, mul(base, rf.fraction), rf, keys);
}

export function deriveWithInverseFraction(
  cfg: Cfg,
  desc: string,
  base: bigint,
  rf: RangeFraction,
  keys: readonly string[],
): bigint {
  return capToMinMax(cfg, desc, mul(base, rf.fraction / (1 - rf.fraction)), rf, keys);
}

/** Keys of one process (TM or JM) for the shared JVM metaspace/overhead logic. */
export interface ProcessKeys {
  process: string;
  flink: string;
  metaspace: string;
  overheadMin: string;
  overheadMax: string;
  overheadFraction: string;
}

export function overheadRange(cfg: Cfg, k: ProcessKeys): RangeFraction {
  return rangeFromKeys(cfg, k.overheadMin, k.overheadMax, k.overheadFraction);
}

/** Path C, first step: metaspace and overhead (fraction of total process, capped). */
export function jvmFromTotalProcess(cfg: Cfg, k: ProcessKeys, totalProcess: bigint): { metaspace: bigint; overhead: bigint } {
  const metaspace = cfg.memory(k.metaspace);
  const overhead = deriveWithFraction(cfg, 'jvm overhead memory', totalProcess, overheadRange(cfg, k), [
    k.overheadFraction,
    k.overheadMin,
    k.overheadMax,
  ]);
  // JvmMetaspaceAndOverhead#getTotalJvmMetaspaceAndOverheadSize is MemorySize.add (Math.addExact):
  // a sum beyond Long.MAX_VALUE escapes as a raw ArithmeticException, never wrapped.
  if (add(metaspace, overhead) > totalProcess) {
    throw ice(
      `Sum of configured JVM Metaspace (${hr(metaspace)}) and JVM Overhead (${hr(overhead)}) exceed configured Total Process Memory (${hr(totalProcess)}).`,
      'process.metaspace-overhead-exceed',
      {
        metaspace: hr(metaspace),
        overhead: hr(overhead),
        process: hr(totalProcess),
        processKey: k.process,
        metaspaceKey: k.metaspace,
        overheadMinKey: k.overheadMin,
      },
      [k.process, k.metaspace, k.overheadMin],
    );
  }
  return { metaspace, overhead };
}

/** `deriveJvmMetaspaceAndOverheadFromTotalFlinkMemory` (paths A and B). */
export function jvmFromTotalFlink(cfg: Cfg, k: ProcessKeys, totalFlink: bigint): { metaspace: bigint; overhead: bigint } {
  const metaspace = cfg.memory(k.metaspace);
  const flinkAndMeta = add(totalFlink, metaspace);
  if (cfg.has(k.process)) {
    const process = cfg.memory(k.process);
    const v10 = cfg.version === '1.10';
    if (!v10) {
      const meta2 = cfg.memory(k.metaspace);
      if (process < totalFlink + meta2) {
        throw ice(
          `The configured Total Process Memory size (${hr(process)}) is less than the sum of the derived Total Flink Memory size (${hr(totalFlink)}) and the configured or default JVM Metaspace size  (${hr(meta2)}).`,
          'process.less-than-flink-metaspace',
          {
            process: hr(process),
            flink: hr(totalFlink),
            metaspace: hr(meta2),
            processKey: k.process,
            suggested: memorySizeToString(roundUpMiB(totalFlink + meta2 + (192n << 20n))),
          },
          [k.process, k.flink, k.metaspace],
        );
      }
    }
    const overhead = sub(process, flinkAndMeta);
    const rf = overheadRange(cfg, k);
    if (overhead > rf.max || overhead < rf.min) {
      throw ice(
        `Derived JVM Overhead size (${hr(overhead)}) is not in configured JVM Overhead range [${hr(rf.min)}, ${hr(rf.max)}].`,
        'process.overhead-out-of-range',
        {
          overhead: hr(overhead),
          min: hr(rf.min),
          max: hr(rf.max),
          processKey: k.process,
          minKey: k.overheadMin,
          maxKey: k.overheadMax,
          suggested: memorySizeToString(roundUpMiB(flinkAndMeta + (overhead < rf.min ? rf.min : rf.max))),
        },
        [k.process, k.overheadMin, k.overheadMax],
      );
    }
    if (cfg.has(k.overheadFraction)) {
      const byFraction = mul(process, rf.fraction);
      if (byFraction !== overhead) {
        const f = javaDoubleToString(rf.fraction);
        const message =
          cfg.version === '1.10'
            ? `The derived JVM Overhead size (${hr(overhead)}) does not match the configured JVM Overhead fraction (${f}) from the configured Total Process Memory size (${hr(process)}). The derived JVM OVerhead size will be used.`
            : `The derived JVM Overhead size (${hr(overhead)}) does not match the configured or default JVM Overhead fraction (${f}) from the configured Total Process Memory size (${hr(process)}). The derived JVM ${atLeast(cfg.version, '1.16') ? 'Overhead' : 'OVerhead'} size will be used.`;
        cfg.log.push({
          level: 'INFO',
          id: 'log.overhead-fraction-mismatch',
          message,
          keys: [k.overheadFraction],
          params: { overhead: hr(overhead), fraction: f, process: hr(process) },
        });
      }
    }
    return { metaspace, overhead };
  }
  const overhead = deriveWithInverseFraction(cfg, 'jvm overhead memory', flinkAndMeta, overheadRange(cfg, k), [
    k.overheadFraction,
    k.overheadMin,
    k.overheadMax,
  ]);
  add(totalFlink, metaspace, overhead);
  return { metaspace, overhead };
}

function roundUpMiB(b: bigint): bigint {
  const mib = 1n << 20n;
  return ((b + mib - 1n) / mib) * mib;
}

/** Runs a derivation body, turning thrown Java exceptions (and anything unexpected) into values. */
export function catchThrown<T>(body: () => T): T | Thrown {
  try {
    return body();
  } catch (e) {
    if (e instanceof Thrown) return e;
    return new Thrown(
      'InternalError',
      `Unexpected model failure: ${e instanceof Error ? e.message : String(e)}`,
      'internal.error',
    );
  }
}
