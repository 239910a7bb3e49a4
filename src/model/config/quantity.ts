/**
 * How the Flink Kubernetes Operator turns `spec.{jobManager,taskManager}.resource.memory` into
 * `*.memory.process.size` — `FlinkConfigBuilder.parseResourceMemoryString` (operator 1.x;
 * `ResourceConfigUtils` in newer releases):
 *
 *   try { return MemorySize.parse(memory).toString(); }                       // Flink first!
 *   catch (IllegalArgumentException e) {
 *     q = memory.trim().replaceAll("\\s", "").toUpperCase();                 // "2gi" → "2GI"
 *     if (q.endsWith("B")) q = q.substring(0, q.length() - 1);               // "2GIB" → "2GI"
 *     if (q.endsWith("I")) q = q.substring(0, q.length() - 1) + "i";         // "2GI" → "2Gi"
 *     return Quantity.parse(q).getNumericalAmount() + "";                    // fabric8 BigDecimal
 *   }
 *
 * So `2G` and `2g` are Flink sizes (2 GiB), `2Gi` is a Kubernetes quantity (also 2 GiB), but `1.5G`
 * is not a Flink size and becomes the decimal 1 500 000 000 — with a trailing `.0` that Flink then
 * refuses, because fabric8 multiplies BigDecimals and keeps the scale.
 */
import { javaTrim } from './util';

/** Flink's `MemorySize.parse` in the few lines the operator needs (process-memory.md §2.2). */
export function flinkSizeBytes(text: string): bigint | undefined {
  const t = javaTrim(text);
  const m = /^([0-9]+)(.*)$/s.exec(t);
  if (!m) return undefined;
  const n = BigInt(m[1] ?? '');
  if (n > 9223372036854775807n) return undefined;
  const unit = javaTrim(m[2] ?? '').toLowerCase();
  const mult = FLINK_UNITS[unit];
  if (mult === undefined) return undefined;
  const bytes = n * mult;
  return bytes > 9223372036854775807n ? undefined : bytes;
}

const FLINK_UNITS: Readonly<Record<string, bigint>> = Object.assign(Object.create(null) as Record<string, bigint>, {
  '': 1n,
  b: 1n,
  bytes: 1n,
  k: 1n << 10n,
  kb: 1n << 10n,
  kibibytes: 1n << 10n,
  m: 1n << 20n,
  mb: 1n << 20n,
  mebibytes: 1n << 20n,
  g: 1n << 30n,
  gb: 1n << 30n,
  gibibytes: 1n << 30n,
  t: 1n << 40n,
  tb: 1n << 40n,
  tebibytes: 1n << 40n,
});

/** `MemorySize.toString()`: the largest unit that divides exactly, `"%d %s"` (§2.3). */
export function flinkSizeToString(bytes: bigint): string {
  const units: [bigint, string][] = [
    [1n, 'bytes'],
    [1n << 10n, 'kb'],
    [1n << 20n, 'mb'],
    [1n << 30n, 'gb'],
    [1n << 40n, 'tb'],
  ];
  let chosen: [bigint, string] = units[0] ?? [1n, 'bytes'];
  let allDivide = true;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    if (bytes % u[0] !== 0n) {
      chosen = units[i - 1] ?? units[0] ?? chosen;
      allDivide = false;
      break;
    }
  }
  if (allDivide) chosen = [1n, 'bytes'];
  return `${bytes / chosen[0]} ${chosen[1]}`;
}

/** A java.math.BigDecimal: unscaled × 10^-scale. */
interface Decimal {
  unscaled: bigint;
  scale: number;
}

function parseBigDecimal(s: string): Decimal | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m) return undefined;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int.length + frac.length === 0) return undefined;
  const exp = m[4] ? Number(m[4]) : 0;
  const unscaled = BigInt(`${m[1] === '-' ? '-' : ''}${int}${frac}` || '0');
  return { unscaled, scale: frac.length - exp };
}

/** `BigDecimal.toString()` (scientific when scale < 0 or the adjusted exponent < -6). */
export function bigDecimalToString(d: Decimal): string {
  const neg = d.unscaled < 0n;
  const digits = (neg ? -d.unscaled : d.unscaled).toString();
  const adjusted = -d.scale + (digits.length - 1);
  let body: string;
  if (d.scale === 0) body = digits;
  else if (d.scale > 0 && adjusted >= -6) {
    const pad = digits.padStart(d.scale + 1, '0');
    body = `${pad.slice(0, pad.length - d.scale)}.${pad.slice(pad.length - d.scale)}`;
  } else {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    body = `${mant}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }
  return neg ? `-${body}` : body;
}

/** `BigDecimal.TEN.pow(n, MathContext.DECIMAL64)`: 16 significant digits, exact for |n| ≤ 15. */
function tenPow(n: number): Decimal {
  if (n >= 0) return n <= 15 ? { unscaled: 10n ** BigInt(n), scale: 0 } : { unscaled: 10n ** 15n, scale: -(n - 15) };
  return { unscaled: 1n, scale: -n };
}

const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const UNIT_CHARS = new Set(['e', 'E', 'i', 'n', 'u', 'm', 'k', 'K', 'M', 'G', 'T', 'P']);

function multiple(format: string): Decimal | undefined {
  if (/\d/.test(format) && format.length > 1) {
    const n = Number.parseInt(format.slice(1), 10);
    if (!/^[+-]?\d+$/.test(format.slice(1)) || Math.abs(n) > 999) return undefined;
    return tenPow(n);
  }
  if (format === '') return { unscaled: 1n, scale: 0 };
  const b = BINARY[format];
  if (b !== undefined) return { unscaled: 1n << BigInt(b), scale: 0 };
  const d = DECIMAL[format];
  return d === undefined ? undefined : tenPow(d);
}

/** Result of converting a `resource.memory` value the operator's way. */
export type ResourceMemory =
  { ok: true; value: string; via: 'flink' | 'quantity'; decimal: boolean } | { ok: false; reason: string };

/** `parseResourceMemoryString` (see the module comment), returning the string the operator sets. */
export function parseResourceMemoryString(memory: string): ResourceMemory {
  const bytes = flinkSizeBytes(memory);
  if (bytes !== undefined) return { ok: true, value: flinkSizeToString(bytes), via: 'flink', decimal: false };
  let q = javaTrim(memory)
    .replace(/[ \t\n\x0B\f\r]/g, '')
    .toUpperCase();
  if (q.endsWith('B')) q = q.slice(0, -1);
  if (q.endsWith('I')) q = `${q.slice(0, -1)}i`;
  if (q.length === 0) return { ok: false, reason: 'Invalid quantity string format passed.' };
  let unitAt = q.length;
  for (let i = 0; i < q.length; i++) {
    if (UNIT_CHARS.has(q.charAt(i))) {
      unitAt = i;
      break;
    }
  }
  let amount = q.slice(0, unitAt);
  const format = q.slice(unitAt);
  if (/\d/.test(format) && /\p{L}$/u.test(format)) return { ok: false, reason: 'Invalid quantity string format passed' };
  if (amount.startsWith('.')) amount = `0${amount}`;
  const digit = parseBigDecimal(amount);
  if (!digit) return { ok: false, reason: `'${amount}' is not a decimal number` };
  const mult = multiple(format);
  if (!mult) return { ok: false, reason: 'Invalid quantity format passed to parse' };
  const product: Decimal = { unscaled: digit.unscaled * mult.unscaled, scale: digit.scale + mult.scale };
  const decimal = DECIMAL[format] !== undefined || /^E[+-]?\d/.test(format);
  return { ok: true, value: bigDecimalToString(product), via: 'quantity', decimal };
}
