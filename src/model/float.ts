/**
 * Java floating-point semantics the derivation depends on: `Float.parseFloat` (single rounding
 * to float), `Double.toString`, and `MemorySize.multiply` (BigDecimal of the shortest repr,
 * exact product, truncation toward zero).
 */
import { javaTrim, LONG_MAX, type JavaResult } from './java';

const SPECIAL = /^([+-]?)(NaN|Infinity)$/;
const DEC = /^([+-]?)((?:(\d+)\.?(\d*)|\.(\d+))(?:[eE]([+-]?\d+))?)[fFdD]?$/;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)[fFdD]?$/;

/** Exact value of a finite double as `n / 2^k` (k may be negative = multiply). */
function doubleToRational(d: number): { n: bigint; k: bigint } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, d);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return { n: sign * mant, k: BigInt(-e) };
}

/** Sign of (decimal digits × 10^exp10) − d, exactly. */
function compareDecimalToDouble(digits: bigint, exp10: number, d: number): number {
  const { n, k } = doubleToRational(d);
  // Compare digits*10^exp10 with n/2^k by cross-multiplying into integers.
  let left = digits;
  let right = n;
  if (exp10 >= 0) left *= 10n ** BigInt(exp10);
  else right *= 10n ** BigInt(-exp10);
  if (k >= 0n) left <<= k;
  else right <<= -k;
  return left === right ? 0 : left > right ? 1 : -1;
}

/**
 * Java `Float.parseFloat(text)` widened to double; `undefined` where Java throws
 * `NumberFormatException`. Accepts surrounding blanks, `f`/`d` suffixes, hex floats, NaN, Infinity.
 */
export function parseJavaFloat(text: string): number | undefined {
  const s = javaTrim(text);
  const h = HEX.exec(s);
  if (h) {
    const [, sign, int = '', frac = '', pexp = '0'] = h;
    if (int === '' && frac === '') return undefined;
    const mant = BigInt('0x' + (int + frac || '0'));
    const e2 = Number(pexp) - 4 * frac.length;
    return applySign(sign, roundBinaryToFloat(mant, e2));
  }
  const sp = SPECIAL.exec(s);
  if (sp) return sp[2] === 'NaN' ? NaN : applySign(sp[1], Infinity);
  const m = DEC.exec(s);
  if (!m) return undefined;
  const [, sign = '', , int, frac1, frac2, exp] = m;
  const intDigits = int ?? '';
  const fracDigits = frac1 ?? frac2 ?? '';
  const d = Number(`${intDigits || '0'}.${fracDigits || '0'}e${exp ?? '0'}`);
  let f = Math.fround(d);
  // Decimal -> double -> float can round twice; only a double exactly on a float midpoint can
  // go wrong (then 2d - f is the other neighbouring float), so decide those ties exactly.
  if (f !== d && Number.isFinite(f) && f !== 0) {
    const other = 2 * d - f;
    if (other !== f && Math.fround(other) === other) {
      const expNum = Number(exp ?? '0');
      if (Number.isFinite(expNum) && Math.abs(expNum) < 400) {
        const digits = BigInt((intDigits + fracDigits).replace(/^0+(?=\d)/, '') || '0');
        const c = compareDecimalToDouble(digits, expNum - fracDigits.length, d);
        if (c > 0) f = Math.max(f, other);
        else if (c < 0) f = Math.min(f, other);
      }
    }
  }
  return applySign(sign, f);
}

function applySign(sign: string | undefined, v: number): number {
  return sign === '-' ? -v : v;
}

function roundBinaryToFloat(mant: bigint, e2: number): number {
  if (mant === 0n) return 0;
  // Keep 64 significant bits with a sticky bit, so one Number() + fround rounds once in effect.
  const bits = mant.toString(2).length;
  let m = mant;
  let e = e2;
  if (bits > 60) {
    const shift = BigInt(bits - 60);
    const sticky = (m & ((1n << shift) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> shift) | sticky;
    e += bits - 60;
  }
  return Math.fround(Number(m) * 2 ** e);
}

/**
 * Java `Double.toString(d)`: shortest round-trip digits, plain notation for 1e-3 <= |d| < 1e7,
 * otherwise `d.dddE±n`; always at least one fraction digit (`1.0`, `1.0E7`).
 */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const sign = d < 0 ? '-' : '';
  const { digits, exp10 } = shortestDigits(Math.abs(d));
  // value = 0.digits × 10^exp10  →  scientific exponent = exp10 - 1
  const a = Math.abs(d);
  if (a >= 1e-3 && a < 1e7) {
    if (exp10 <= 0) return `${sign}0.${'0'.repeat(-exp10)}${digits}`;
    if (exp10 >= digits.length) return `${sign}${digits}${'0'.repeat(exp10 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp10)}.${digits.slice(exp10)}`;
  }
  const mant = digits.length === 1 ? `${digits}.0` : `${digits[0]}.${digits.slice(1)}`;
  return `${sign}${mant}E${exp10 - 1}`;
}

/** Shortest decimal digits of a positive finite double: value = 0.<digits> × 10^exp10. */
export function shortestDigits(a: number): { digits: string; exp10: number } {
  const hit = DIGITS_CACHE.get(a);
  if (hit) return hit;
  const s = a.toExponential(); // shortest round-trip digits in ECMAScript
  const e = s.indexOf('e');
  let digits = s.slice(0, e).replace('.', '').replace(/0+$/, '') || '0';
  let exp10 = Number(s.slice(e + 1)) + 1;
  // Java (Double.toString spec, JDK 19+; FloatingDecimal agrees here): when the shortest form has
  // one digit, two-digit forms that round to the same double compete and the closest wins. Only
  // the sparse subnormals differ: Double.MIN_VALUE prints "4.9E-324" where ECMAScript says 5e-324.
  if (digits.length === 1 && a < 1e-300) ({ digits, exp10 } = closestTwoDigits(a, Number(digits), exp10));
  const r = { digits, exp10 };
  if (DIGITS_CACHE.size > 4096) DIGITS_CACHE.clear();
  DIGITS_CACHE.set(a, r);
  return r;
}

/** Among 1- and 2-digit decimals that round to `a`, the one closest to `a` (ties: the shorter). */
function closestTwoDigits(a: number, d: number, exp10: number): { digits: string; exp10: number } {
  const { n, k: sh } = doubleToRational(a);
  // |k·10^e − a| as an exact rational num/den (a = n / 2^sh).
  const dist = (k: number, e: number): { num: bigint; den: bigint } => {
    let left = BigInt(k);
    let right = n;
    let den = 1n;
    if (e >= 0) left *= 10n ** BigInt(e);
    else {
      right *= 10n ** BigInt(-e);
      den *= 10n ** BigInt(-e);
    }
    if (sh >= 0n) {
      left <<= sh;
      den <<= sh;
    } else right <<= -sh;
    const diff = left - right;
    return { num: diff < 0n ? -diff : diff, den };
  };
  // The one-digit form d·10^(exp10-1) = (10d)·10^(exp10-2); two-digit rivals sit in the same
  // decade or just below it (9.9E-324 for 1.0E-323).
  let best = { k: 10 * d, e: exp10 - 2, ...dist(10 * d, exp10 - 2) };
  const rivals: [number, number][] = [];
  for (let k = 10; k <= 99; k++) rivals.push([k, exp10 - 2]);
  for (let k = 90; k <= 99; k++) rivals.push([k, exp10 - 3]);
  for (const [k, e] of rivals) {
    if ((k === 10 * d && e === exp10 - 2) || Number(`${k}e${e}`) !== a) continue;
    const c = dist(k, e);
    if (c.num * best.den < best.num * c.den) best = { k, e, ...c };
  }
  if (best.k % 10 === 0) return { digits: String(best.k / 10), exp10: best.e + 2 };
  return { digits: String(best.k), exp10: best.e + 2 };
}

// Fractions and size/unit ratios repeat a lot (0.1f, 0.4f, f/(1-f)); derivations stay cheap.
const DIGITS_CACHE = new Map<number, { digits: string; exp10: number }>();

/**
 * `MemorySize.multiply(m)`: `BigDecimal.valueOf(bytes) × BigDecimal.valueOf(m)`, truncated.
 * Errors as Java has them: negative multiplier, NaN/Infinity, product above Long.MAX_VALUE.
 */
export function multiplyBytes(bytes: bigint, m: number): JavaResult<bigint> {
  if (!(m >= 0))
    return {
      ok: false,
      className: 'IllegalArgumentException',
      message: 'multiplier must be >= 0',
      id: 'arith.negative-multiplier',
    };
  if (m === Infinity)
    return { ok: false, className: 'NumberFormatException', message: 'Infinite or NaN', id: 'arith.not-finite' };
  if (m === 0 || bytes === 0n) return { ok: true, value: 0n };
  const { n, scale, pow } = factor(m);
  const raw = bytes * n;
  const product = scale >= 0 ? raw / pow : raw * pow;
  // BigDecimal.longValue() after the comparison with Long.MAX_VALUE of the exact product.
  if (scale >= 0 ? raw > LONG_MAX * pow : product > LONG_MAX) {
    return { ok: false, className: 'ArithmeticException', message: 'long overflow', id: 'arith.long-overflow' };
  }
  return { ok: true, value: product };
}

const FACTOR_CACHE = new Map<number, { n: bigint; scale: number; pow: bigint }>();

/** `BigDecimal.valueOf(m)` as unscaled value and scale (m = n × 10^-scale). */
function factor(m: number): { n: bigint; scale: number; pow: bigint } {
  const hit = FACTOR_CACHE.get(m);
  if (hit) return hit;
  const { digits, exp10 } = shortestDigits(m);
  const scale = digits.length - exp10;
  const r = { n: BigInt(digits), scale, pow: 10n ** BigInt(Math.abs(scale)) };
  if (FACTOR_CACHE.size > 4096) FACTOR_CACHE.clear();
  FACTOR_CACHE.set(m, r);
  return r;
}
