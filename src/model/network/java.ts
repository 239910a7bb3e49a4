/**
 * Small pieces of Java semantics the network/managed/RocksDB model needs to match Flink to the
 * bit: 32-bit int wrap-around, 64-bit long wrap-around, `(long) double` casts and
 * `Double.toString`. Pure functions, no DOM.
 */
import type { FlinkError, JavaCause } from '../types';
import { parseMemorySize } from '../memorysize';
import { javaDoubleToString } from '../float';

export const INT_MAX = 2147483647;
export const INT_MIN = -2147483648;
export const LONG_MAX = 9223372036854775807n;
export const LONG_MIN = -9223372036854775808n;

/** Java `int` addition (wraps like the JVM). */
export function iadd(a: number, b: number): number {
  return (a + b) | 0;
}
/** Java `int` subtraction. */
export function isub(a: number, b: number): number {
  return (a - b) | 0;
}
/** Java `int` multiplication. */
export function imul(a: number, b: number): number {
  return Math.imul(a, b);
}
/** Java `int` division (truncates toward zero). Caller guarantees b != 0. */
export function idiv(a: number, b: number): number {
  return (a / b) | 0;
}
/** Java `long` multiplication with wrap-around. */
export function lmul(a: bigint, b: bigint): bigint {
  return BigInt.asIntN(64, a * b);
}
/** Java `(long) d`: truncation toward zero, NaN → 0, saturating at the long range. */
export function d2l(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  // Java compares with (double) Long.MAX_VALUE, i.e. 2^63: the literal rounds exactly as there.
  // eslint-disable-next-line no-loss-of-precision
  if (d >= 9223372036854775807) return LONG_MAX;
  if (d <= -9223372036854775808) return LONG_MIN;
  return BigInt(Math.trunc(d));
}
/** Java `(double) l` (round to nearest, ties to even — what `Number(bigint)` does). */
export function l2d(l: bigint): number {
  return Number(l);
}

/** Java `Double.toString(d)`. */
export function javaDouble(d: number): string {
  return javaDoubleToString(d);
}

/** Builds a refusal value the way Flink would have thrown it. */
export function refusal(
  className: string,
  message: string,
  id: string,
  extra: { causes?: JavaCause[]; params?: Record<string, string>; keys?: readonly string[] } = {},
): FlinkError {
  const e: FlinkError = { className, message, causes: extra.causes ?? [], id };
  if (extra.params) e.params = extra.params;
  if (extra.keys) e.keys = extra.keys;
  return e;
}

/** A value or Flink's refusal; never thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: FlinkError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
export function fail<T>(error: FlinkError): Result<T> {
  return { ok: false, error };
}

/** `Integer.parseInt` as Flink's config conversion uses it; `undefined` when Java would throw. */
export function parseJavaInt(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= INT_MIN && n <= INT_MAX ? n : undefined;
}

/** `Double.parseDouble` (trims, accepts exponent, `d`/`f` suffix, NaN, Infinity, hex floats). */
export function parseJavaDouble(text: string): number | undefined {
  const t = text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/^[+-]?(NaN|Infinity)$/.test(t)) {
    if (t.endsWith('NaN')) return NaN;
    return t.startsWith('-') ? -Infinity : Infinity;
  }
  const dec = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[fFdD]?$/.exec(t);
  if (dec) return Number(dec[1]);
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)[fFdD]?$/.exec(t);
  if (hex && ((hex[2] ?? '') + (hex[3] ?? '')).length > 0) {
    const int = hex[2] ?? '';
    const frac = hex[3] ?? '';
    const mant = parseInt(int + frac || '0', 16) / 16 ** frac.length;
    const v = mant * 2 ** Number(hex[4]);
    return hex[1] === '-' ? -v : v;
  }
  return undefined;
}

/** Flink's wrapper when a config value does not convert: "Could not parse value 'x' for key 'k'." */
export function couldNotParse(key: string, value: string, cause: JavaCause, id = 'config.couldNotParse'): FlinkError {
  return refusal('IllegalArgumentException', `Could not parse value '${value}' for key '${key}'.`, id, {
    causes: [cause],
    params: { key, value },
    keys: [key],
  });
}

/**
 * `MemorySize.parse(text)` → bytes, or the Java exception it throws (as a cause for Flink's
 * "Could not parse value" wrapper).
 */
export function parseSizeJava(text: string): { ok: true; bytes: bigint } | { ok: false; cause: JavaCause } {
  const r = parseMemorySize(text);
  return r.ok ? { ok: true, bytes: r.value } : { ok: false, cause: { className: r.className, message: r.message } };
}
