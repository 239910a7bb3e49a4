/** Java float/double semantics: Float.parseFloat, Double.toString, MemorySize.multiply. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { javaDoubleToString, multiplyBytes, parseJavaFloat } from '~/model/float';

describe('parseJavaFloat', () => {
  it.each([
    [' 0.4 ', 0.4000000059604645],
    ['1e-1', 0.10000000149011612],
    ['0.3f', 0.30000001192092896],
    ['0x1p-2', 0.25],
    ['0.1', 0.10000000149011612],
    ['0.5D', 0.5],
    ['1.', 1],
    ['.5', 0.5],
    ['-0.1', -0.10000000149011612],
    ['1e40', Infinity],
  ])('%j → %s', (s, want) => {
    expect(parseJavaFloat(s)).toBe(want);
  });

  it('parses NaN (then refused by the range check)', () => {
    expect(Number.isNaN(parseJavaFloat('NaN'))).toBe(true);
  });

  it.each(['', 'abc', '0.1.2', '1e', 'NaNf', '0x1', '1_0', '--1', ' '])('rejects %j', (s) => {
    expect(parseJavaFloat(s)).toBeUndefined();
  });

  it('rounds once (decimal → float), not twice through double', () => {
    // 2^-24 + 2^-48 + tiny: the double is exactly halfway between two floats (ties to even would
    // round down), but the exact decimal is above the midpoint, so Java rounds up.
    const above = '1.00000005960464477539062500001';
    const f = parseJavaFloat(above)!;
    expect(f).toBe(Math.fround(1 + 2 ** -23));
    expect(Math.fround(Number(above))).toBe(1);
    expect(parseJavaFloat('1.000000059604644775390625')).toBe(1); // exact tie: to even
    expect(parseJavaFloat('1.00000005960464477539062499999')).toBe(1);
  });

  it('agrees with Math.fround(Number(s)) on ordinary decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999999 }), (k) => {
        const s = `0.${String(k).padStart(6, '0')}`;
        return parseJavaFloat(s) === Math.fround(Number(s));
      }),
    );
  });
});

describe('javaDoubleToString', () => {
  it.each([
    [0.10000000149011612, '0.10000000149011612'],
    [1, '1.0'],
    [1e7, '1.0E7'],
    [1e-4, '1.0E-4'],
    [0.001, '0.001'],
    [4, '4.0'],
    [0.5, '0.5'],
    [1000000, '1000000.0'],
    [1.7976931348623157e308, '1.7976931348623157E308'],
    [-0.10000000149011612, '-0.10000000149011612'],
    [123456789, '1.23456789E8'],
    [0, '0.0'],
    [NaN, 'NaN'],
  ])('%s → %s', (d, want) => {
    expect(javaDoubleToString(d)).toBe(want);
  });
});

describe('multiplyBytes (MemorySize.multiply)', () => {
  const f = Math.fround;
  it.each([
    [1811939328n, f(0.1), 181193935n],
    [1342177280n, f(0.4), 536870920n],
    [1342177280n, f(0.1), 134217730n],
    [1610612736n, f(0.1) / (1 - f(0.1)), 178956973n],
    [1048576000n, f(0.1), 104857601n],
    [1342177280n, f(0.1) / (1 - f(0.1)), 149130811n],
    [100n, 0.5, 50n],
    [3n, 0.5, 1n],
    [0n, 0.7, 0n],
  ])('%s × %s = %s', (b, m, want) => {
    expect(multiplyBytes(b, m)).toEqual({ ok: true, value: want });
  });

  it('refuses products above Long.MAX_VALUE and negative multipliers', () => {
    expect(multiplyBytes(9223372036854775807n, 1.5)).toMatchObject({
      ok: false,
      className: 'ArithmeticException',
      message: 'long overflow',
    });
    expect(multiplyBytes(1n, -0.1)).toMatchObject({ ok: false, message: 'multiplier must be >= 0' });
  });

  it('equals exact rational truncation of bytes × shortest-decimal(m)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 50n }), fc.integer({ min: 0, max: 99999 }), (b, k) => {
        const m = f(k / 100000);
        const r = multiplyBytes(b, m);
        if (!r.ok) return false;
        const digits = String(m);
        if (digits.includes('e')) return true;
        const [i = '0', frac = ''] = digits.split('.');
        const exact = (b * BigInt(i + frac)) / 10n ** BigInt(frac.length);
        return r.value === exact;
      }),
    );
  });
});
