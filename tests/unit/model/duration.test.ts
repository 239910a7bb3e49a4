/** `parseDuration` follows Flink's `TimeUtils.parseDuration`, messages included. */
import { describe, expect, it } from 'vitest';
import { parseDuration } from '~/model/duration';

describe('parseDuration', () => {
  it.each([
    ['1000', 1_000_000_000n],
    ['1 s', 1_000_000_000n],
    ['  200ms ', 200_000_000n],
    ['2 MIN', 120_000_000_000n],
    ['1d', 86_400_000_000_000n],
    ['3 seconds', 3_000_000_000n],
    ['5 µs', 5_000n],
    ['7ns', 7n],
    ['9223372036854775807', 9223372036854775807n * 1_000_000n],
  ])('%s', (text, nanos) => {
    expect(parseDuration(text)).toEqual({ ok: true, nanos });
  });
  it.each([
    ['', 'argument is an empty- or whitespace-only string'],
    ['s', 'text does not start with a number'],
    ['-1', 'text does not start with a number'],
    ['Infinity', 'text does not start with a number'],
    ['9'.repeat(400), `The value '${'9'.repeat(400)}' cannot be re represented as 64bit number (numeric overflow).`],
    ['1.5s', "Time interval unit label '.5s' does not match any of the recognized units: "],
    ['1 fortnight', "Time interval unit label 'fortnight' does not match any of the recognized units: DAYS: (d | day | days), "],
  ])('refuses %s', (text, message) => {
    const r = parseDuration(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.startsWith(message)).toBe(true);
  });
});
