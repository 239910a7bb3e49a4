/** Ports of Flink's MemorySizeTest / MemorySizePrettyPrintingTest, plus print/parse round trips. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memorySizeToString, parseMemorySize, toHumanReadable, formatFixed3 } from '~/model/memorysize';
import { LONG_MAX } from '~/model/java';

const UNITS_TEXT = '(b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)';

function bytes(text: string): bigint {
  const r = parseMemorySize(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
}

describe('parseMemorySize', () => {
  it.each([
    ['1234', 1234n],
    ['1234b', 1234n],
    ['1234 b', 1234n],
    ['1234bytes', 1234n],
    ['1234 bytes', 1234n],
    ['      155      bytes   ', 155n],
    ['1 B', 1n],
    ['1 K', 1024n],
    ['1 M', 1048576n],
    ['1 G', 1073741824n],
    ['1 T', 1099511627776n],
    ['1k', 1024n],
    ['1kb', 1024n],
    ['1kibibytes', 1024n],
    ['1 mebibytes', 1048576n],
    ['1gibibytes', 1n << 30n],
    ['1tebibytes', 1n << 40n],
    ['1728m', 1811939328n],
    ['007m', 7n << 20n],
    ['1\tg', 1n << 30n],
    ['0', 0n],
    ['9223372036854775807', LONG_MAX],
    ['8388607t', 8388607n << 40n],
  ])('%j → %s bytes', (text, want) => {
    expect(bytes(text)).toBe(want);
  });

  it.each([
    ['', 'IllegalArgumentException', 'argument is an empty- or whitespace-only string'],
    ['   ', 'IllegalArgumentException', 'argument is an empty- or whitespace-only string'],
    ['-1m', 'NumberFormatException', 'text does not start with a number'],
    ['+5m', 'NumberFormatException', 'text does not start with a number'],
    ['abc', 'NumberFormatException', 'text does not start with a number'],
    ['1.5g', 'IllegalArgumentException', `Memory size unit '.5g' does not match any of the recognized units: ${UNITS_TEXT}`],
    ['1KiB', 'IllegalArgumentException', `Memory size unit 'kib' does not match any of the recognized units: ${UNITS_TEXT}`],
    [
      '16 17 18 bytes',
      'IllegalArgumentException',
      `Memory size unit '17 18 bytes' does not match any of the recognized units: ${UNITS_TEXT}`,
    ],
    [
      '100000000000000000000000000000000 bytes',
      'IllegalArgumentException',
      "The value '100000000000000000000000000000000' cannot be re represented as 64bit number (numeric overflow).",
    ],
    [
      '100000000000000 tb',
      'IllegalArgumentException',
      "The value '100000000000000 tb' cannot be re represented as 64bit number of bytes (numeric overflow).",
    ],
    [
      ' 8388608t ',
      'IllegalArgumentException',
      "The value ' 8388608t ' cannot be re represented as 64bit number of bytes (numeric overflow).",
    ],
  ])('%j is refused like Flink', (text, cls, msg) => {
    const r = parseMemorySize(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.className).toBe(cls);
      expect(r.message).toBe(msg);
    }
  });
});

describe('memorySizeToString', () => {
  it.each([
    [0n, '0 bytes'],
    [1n, '1 bytes'],
    [100n, '100 bytes'],
    [1024n, '1 kb'],
    [1025n, '1025 bytes'],
    [1536n << 20n, '1536 mb'],
    [1n << 30n, '1 gb'],
    [1n << 40n, '1099511627776 bytes'],
    [LONG_MAX, '9223372036854775807 bytes'],
    [(1n << 30n) + 1n, '1073741825 bytes'],
  ])('%s → %s', (b, want) => {
    expect(memorySizeToString(b)).toBe(want);
  });
});

describe('toHumanReadable', () => {
  it.each([
    [0n, '0 bytes'],
    [1n, '1 bytes'],
    [1024n, '1024 bytes'],
    [1025n, '1.001kb (1025 bytes)'],
    [1536n, '1.500kb (1536 bytes)'],
    [1000000n, '976.563kb (1000000 bytes)'],
    [1000000000n, '953.674mb (1000000000 bytes)'],
    [1000000000000n, '931.323gb (1000000000000 bytes)'],
    [1000000000000000n, '909.495tb (1000000000000000 bytes)'],
    [1n << 20n, '1024.000kb (1048576 bytes)'],
    [1n << 30n, '1024.000mb (1073741824 bytes)'],
    [1677721600n, '1.563gb (1677721600 bytes)'],
    [LONG_MAX, '8388608.000tb (9223372036854775807 bytes)'],
    [181193935n, '172.800mb (181193935 bytes)'],
  ])('%s → %s', (b, want) => {
    expect(toHumanReadable(b)).toBe(want);
  });

  it('rounds HALF_UP on the shortest decimal like Java %.3f (not like toFixed)', () => {
    expect(formatFixed3(1.0005)).toBe('1.001');
    expect((1.0005).toFixed(3)).toBe('1.000');
    expect(formatFixed3(1.5625)).toBe('1.563');
    expect(formatFixed3(999.9999)).toBe('1000.000');
  });
});

describe('properties', () => {
  const size = fc.bigInt({ min: 0n, max: LONG_MAX });

  it('toString output parses back to the same bytes', () => {
    fc.assert(fc.property(size, (b) => bytes(memorySizeToString(b)) === b));
  });

  it('"<n><unit>" parses to n × unit or reports overflow, never throws', () => {
    const units = [
      ['', 1n],
      ['b', 1n],
      ['k', 1n << 10n],
      ['m', 1n << 20n],
      ['g', 1n << 30n],
      ['t', 1n << 40n],
    ] as const;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 70n }), fc.constantFrom(...units), (n, [u, m]) => {
        const r = parseMemorySize(`${n}${u}`);
        if (n * m <= LONG_MAX) return r.ok && r.value === n * m;
        return !r.ok && r.className === 'IllegalArgumentException';
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseMemorySize(s);
        return r.ok ? r.value >= 0n : r.message.length > 0;
      }),
    );
  });

  it('human-readable text always ends with the exact bytes', () => {
    fc.assert(fc.property(size, (b) => toHumanReadable(b).endsWith(b > 1024n ? `(${b} bytes)` : `${b} bytes`)));
  });
});
