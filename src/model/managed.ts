/**
 * Managed memory shares: consumer weights per version (`taskmanager.memory.managed.consumer-weights`,
 * YAML-first parsing from 1.19, the `DATAPROC` alias until 1.20), `getFractionRoundedDown`
 * (BigDecimal, 16 decimals, ROUND_DOWN), `convertToFractionOfSlot`, the weight-conflict check, and
 * managed memory per slot. Facts: network-and-managed.md §5; oracle-findings.md "Managed memory" 8–11.
 */
import { parse as parseYaml } from 'yaml';
import type { ConfigMap, FlinkError, FlinkVersion } from './types';
import { atLeast } from './version';
import { hashMapOrder, parseJavaInt } from './java';
import { couldNotParse, fail, ok, refusal, type Result } from './network/java';

export const USE_CASES = ['OPERATOR', 'STATE_BACKEND', 'PYTHON'] as const;
export type ManagedUseCase = (typeof USE_CASES)[number];
export type Weights = Partial<Record<ManagedUseCase, number>>;

export const WEIGHTS_KEY = 'taskmanager.memory.managed.consumer-weights';

/** The default weights string per version (1.12: DATAPROC:70,PYTHON:30; 1.13+: OPERATOR:70,STATE_BACKEND:70,PYTHON:30). */
export function defaultWeights(version: FlinkVersion): string | null {
  if (!atLeast(version, '1.12')) return null;
  return atLeast(version, '1.13') ? 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30' : 'DATAPROC:70,PYTHON:30';
}

type Token = { type: 'quoted' | 'unquoted' | 'delimiter'; text: string; pos: number };

/** A splitter failure: Flink throws an IllegalArgumentException with this text. */
class SplitError extends Error {}

/**
 * `StructuredOptionsSplitter.splitEscaped` (the tokenizing version Flink has used since before
 * the consumer weights existed): unquoted parts are trimmed, a delimiter yields an empty part only
 * when another delimiter follows, so `OPERATOR:` splits into one part, not two, and `""` into none.
 * Quotes are doubled to escape them; a stray quote is an error.
 */
export function splitEscaped(s: string, delimiter: string): string[] {
  const tokens: Token[] = [];
  for (let cursor = 0; cursor < s.length;) {
    const c = s[cursor]!;
    let next = cursor + 1;
    if (c === "'" || c === '"') {
      let text = '';
      let i = cursor + 1;
      for (; ; i++) {
        if (i >= s.length) throw new SplitError('Could not split string. Quoting was not closed properly.');
        const ch = s[i]!;
        if (ch === c) {
          if (s[i + 1] === c) {
            text += ch;
            i++;
          } else break;
        } else text += ch;
      }
      next = i + 1;
      tokens.push({ type: 'quoted', text, pos: cursor });
    } else if (c === delimiter) {
      tokens.push({ type: 'delimiter', text: c, pos: cursor });
    } else if (!/\s/.test(c)) {
      let i = cursor;
      let text = '';
      for (; i < s.length && s[i] !== delimiter; i++) {
        if (s[i] === "'" || s[i] === '"') throw new SplitError(`Could not split string. Illegal quoting at position: ${i}`);
        text += s[i];
      }
      next = i;
      tokens.push({ type: 'unquoted', text: javaTrimmed(text), pos: cursor });
    }
    cursor = next;
  }
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const after = tokens[i + 1];
    if (t.type === 'quoted') {
      if (after && after.type !== 'delimiter')
        throw new SplitError(`Could not split string. Illegal quoting at position: ${after.pos - 1}`);
      out.push(t.text);
    } else if (t.type === 'unquoted') out.push(t.text);
    else if (after?.type === 'delimiter') out.push('');
  });
  return out;
}

/** `String.trim()`: strips chars <= U+0020 at both ends. */
function javaTrimmed(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/**
 * A map option's value as Flink reads a string: a YAML map first (1.19+), else `k:v,k:v`.
 * Returns entries in the order Flink iterates them.
 */
export function parseMapOption(key: string, value: string, version: FlinkVersion): Result<[string, string][]> {
  if (atLeast(version, '1.19')) {
    try {
      const y: unknown = parseYaml(value);
      // ConfigurationUtils#convertToProperties: a YAML map whose keys and values are all non-null
      // (a null one throws inside convertToStringMap, e.g. `OPERATOR:`) → else the legacy pattern.
      if (y !== null && typeof y === 'object' && !Array.isArray(y)) {
        const entries = Object.entries(y as Record<string, unknown>);
        if (entries.every(([, v]) => v !== null && v !== undefined)) return ok(entries.map(([k, v]) => [k, String(v)]));
      }
    } catch {
      // not YAML: fall back to the legacy pattern, as Flink does
    }
  }
  const entries: [string, string][] = [];
  const notAMap = (message: string): Result<[string, string][]> =>
    fail(couldNotParse(key, value, { className: 'IllegalArgumentException', message }, 'managed.weightsNotAMap'));
  try {
    for (const item of splitEscaped(value, ',')) {
      const kv = splitEscaped(item, ':');
      if (kv.length !== 2) return notAMap("Map item is not a key-value pair (missing ':'?)");
      entries.push([kv[0]!, kv[1]!]);
    }
  } catch (e) {
    if (e instanceof SplitError) return notAMap(e.message);
    throw e;
  }
  // Collectors.toMap builds a HashMap: iterate in its order.
  const m = new Map(entries);
  return ok(hashMapOrder([...m.keys()]).map((k) => [k, m.get(k)!]));
}

/**
 * `ManagedMemoryUtils.getManagedMemoryUseCaseWeightsFromConfig`: weights of OPERATOR,
 * STATE_BACKEND, PYTHON from the TaskManager (cluster) configuration. Setting the option replaces
 * the whole default; unknown and lower-case names are ignored; `DATAPROC` stands for OPERATOR and
 * STATE_BACKEND up to 1.20.
 */
export function consumerWeights(config: ConfigMap, version: FlinkVersion): Result<Weights> {
  const raw = config[WEIGHTS_KEY] ?? defaultWeights(version);
  if (raw === null) return ok({}); // 1.10–1.11: the option does not exist
  const parsed = parseMapOption(WEIGHTS_KEY, raw, version);
  if (!parsed.ok) return parsed;
  const w: Weights = {};
  let dataproc: number | undefined;
  for (const [name, text] of parsed.value) {
    const n = parseJavaInt(text);
    if (n === undefined) {
      return fail(
        refusal('NumberFormatException', `For input string: "${text}"`, 'managed.weightNotANumber', {
          keys: [WEIGHTS_KEY],
          params: { value: text },
        }),
      );
    }
    if (n < 0) {
      return fail(
        refusal(
          'IllegalConfigurationException',
          `Managed memory weight should not be negative. Configured weight for ${name} is ${n}.`,
          'managed.negativeWeight',
          {
            keys: [WEIGHTS_KEY],
            params: { name, value: String(n) },
          },
        ),
      );
    }
    if (name === 'OPERATOR' || name === 'STATE_BACKEND' || name === 'PYTHON') w[name] = n;
    else if (name === 'DATAPROC' && !atLeast(version, '2.0')) dataproc = n;
  }
  if (dataproc !== undefined) {
    w.OPERATOR ??= dataproc;
    w.STATE_BACKEND ??= dataproc;
  }
  const ordered: Weights = {};
  for (const u of USE_CASES) if (w[u] !== undefined) ordered[u] = w[u];
  return ok(ordered);
}

/** `getFractionRoundedDown(a, b)`: a/b truncated to 16 decimals, as a double. */
export function fractionRoundedDown(dividend: bigint | number, divisor: bigint | number): Result<number> {
  if (
    (typeof dividend === 'number' && !Number.isFinite(dividend)) ||
    (typeof divisor === 'number' && !Number.isFinite(divisor))
  ) {
    return fail(
      refusal(
        'IllegalArgumentException',
        `Not a whole number: ${String(dividend)} / ${String(divisor)}`,
        'managed.fractionRange',
      ),
    );
  }
  // Java passes longs: a fractional JS number is truncated like a (long) cast.
  const a = typeof dividend === 'bigint' ? dividend : BigInt(Math.trunc(dividend));
  const b = typeof divisor === 'bigint' ? divisor : BigInt(Math.trunc(divisor));
  // BigDecimal.divide(divisor, 16, ROUND_DOWN) scales the dividend by 10^16 first: while that fits a
  // long the JDK divides longs ("/ by zero"); beyond it, BigInteger ("BigInteger divide by zero").
  if (b === 0n) {
    const scaled = (a < 0n ? -a : a) * 10n ** 16n;
    return fail(
      refusal(
        'ArithmeticException',
        scaled > 9223372036854775807n ? 'BigInteger divide by zero' : '/ by zero',
        'managed.divideByZero',
      ),
    );
  }
  const q = (a * 10n ** 16n) / b; // BigInt division truncates toward zero = ROUND_DOWN
  const neg = q < 0n;
  const digits = (neg ? -q : q).toString().padStart(17, '0');
  const text = `${neg ? '-' : ''}${digits.slice(0, -16)}.${digits.slice(-16)}`;
  return ok(Number(text));
}

export interface SlotFractionInput {
  useCase: ManagedUseCase;
  /** The operator's share within its use case (1.0 for slot-scope use cases). */
  fractionOfUseCase: number;
  /** Use cases declared in the slot-sharing group. */
  allUseCases: readonly ManagedUseCase[];
  /** Cluster (TaskManager) configuration: the weights come from here only. */
  clusterConfig: ConfigMap;
  /** Whether the job's state backend uses managed memory (RocksDB: true; HashMap: false). */
  stateBackendUsesManagedMemory: boolean;
  version: FlinkVersion;
}

/** `ManagedMemoryUtils.convertToFractionOfSlot`. */
export function convertToFractionOfSlot(i: SlotFractionInput): Result<number> {
  if (i.useCase === 'STATE_BACKEND' && !i.stateBackendUsesManagedMemory) return ok(0.0);
  if (!atLeast(i.version, '1.12')) {
    // 1.10–1.11: RocksDB takes the whole slot; batch operators split it by their own weights.
    return ok(i.useCase === 'STATE_BACKEND' ? 1.0 : i.useCase === 'PYTHON' ? 0.0 : i.fractionOfUseCase);
  }
  const w = consumerWeights(i.clusterConfig, i.version);
  if (!w.ok) return w;
  let total = 0;
  for (const u of new Set(i.allUseCases)) {
    if (u === 'STATE_BACKEND' && !i.stateBackendUsesManagedMemory) continue;
    total += w.value[u] ?? 0;
  }
  if (!(total > 0)) return ok(0.0);
  const f = fractionRoundedDown(w.value[i.useCase] ?? 0, total);
  if (!f.ok) return f;
  return ok(i.fractionOfUseCase * f.value);
}

/** `validateUseCaseWeightsNotConflict`: the same use case may not get two different weights. */
export function validateWeightsNotConflict(w1: Weights, w2: Weights): FlinkError | undefined {
  for (const u of USE_CASES) {
    const a = w1[u];
    const b = w2[u];
    if (a !== undefined && b !== undefined && a !== b) {
      return refusal(
        'IllegalStateException',
        `Conflict managed memory consumer weights for '${u}' were configured: '${a}' and '${b}'.`,
        'managed.conflictingWeights',
        {
          params: { useCase: u, a: String(a), b: String(b) },
        },
      );
    }
  }
  return undefined;
}

/** Managed memory of one slot of the default slot profile: `floor(managed / slots)`. */
export function managedPerSlot(managed: bigint, slots: number): bigint {
  return slots > 0 ? managed / BigInt(slots) : 0n;
}

/** Whether the configured state backend uses managed memory (RocksDB / ForSt: yes; HashMap: no). */
export function stateBackendUsesManagedMemory(config: ConfigMap): boolean {
  const t = (config['state.backend.type'] ?? config['state.backend'] ?? 'hashmap').trim().toLowerCase();
  return t === 'rocksdb' || t === 'forst' || t.includes('rocksdb');
}

/**
 * Managed memory per use case in one slot, as bytes (`floor(slot × fraction)`), for the use cases
 * present in the slot-sharing group (slot-scope use cases: fraction of use case 1.0).
 */
export function slotShares(
  slotManaged: bigint,
  useCases: readonly ManagedUseCase[],
  clusterConfig: ConfigMap,
  sbUsesManaged: boolean,
  version: FlinkVersion,
): Result<{ useCase: ManagedUseCase; fraction: number; bytes: bigint }[]> {
  const out: { useCase: ManagedUseCase; fraction: number; bytes: bigint }[] = [];
  for (const u of useCases) {
    const f = convertToFractionOfSlot({
      useCase: u,
      fractionOfUseCase: 1.0,
      allUseCases: useCases,
      clusterConfig,
      stateBackendUsesManagedMemory: sbUsesManaged,
      version,
    });
    if (!f.ok) return f;
    out.push({ useCase: u, fraction: f.value, bytes: BigInt(Math.floor(Number(slotManaged) * f.value)) });
  }
  return ok(out);
}
