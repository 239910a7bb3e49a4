/**
 * Flink's `TimeUtils.parseDuration` (duration options such as
 * `taskmanager.network.memory.buffer-debloat.target`): digits, then an optional unit label
 * (milliseconds without one). The number must fit a Java long; values are exact (nanoseconds).
 */

const LONG_MAX = (1n << 63n) - 1n;

/** Nanoseconds per unit, with Flink's labels (plural forms add an `s`). */
const UNITS: readonly [readonly string[], bigint, string][] = [
  [['d', 'day', 'days'], 86_400_000_000_000n, 'DAYS: (d | day | days)'],
  [['h', 'hour', 'hours'], 3_600_000_000_000n, 'HOURS: (h | hour | hours)'],
  [['min', 'minute', 'minutes'], 60_000_000_000n, 'MINUTES: (min | minute | minutes)'],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1_000_000_000n, 'SECONDS: (s | sec | secs | second | seconds)'],
  [
    ['ms', 'milli', 'millis', 'millisecond', 'milliseconds'],
    1_000_000n,
    'MILLISECONDS: (ms | milli | millis | millisecond | milliseconds)',
  ],
  [
    ['µs', 'micro', 'micros', 'microsecond', 'microseconds'],
    1_000n,
    'MICROSECONDS: (µs | micro | micros | microsecond | microseconds)',
  ],
  [['ns', 'nano', 'nanos', 'nanosecond', 'nanoseconds'], 1n, 'NANOSECONDS: (ns | nano | nanos | nanosecond | nanoseconds)'],
];

export type DurationResult = { ok: true; nanos: bigint } | { ok: false; message: string };

/** Java's `String.trim()`: strips chars <= U+0020 at both ends. */
function javaTrim(s: string): string {
  return s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
}

/** Parses like `TimeUtils.parseDuration`; the message is Flink's own on failure. */
export function parseDuration(text: string): DurationResult {
  const trimmed = javaTrim(text);
  if (trimmed === '') return { ok: false, message: 'argument is an empty- or whitespace-only string' };
  const m = /^[0-9]*/.exec(trimmed)![0];
  const unitLabel = javaTrim(trimmed.slice(m.length)).toLowerCase();
  if (m === '') return { ok: false, message: 'text does not start with a number' };
  const value = BigInt(m);
  if (value > LONG_MAX)
    return { ok: false, message: `The value '${m}' cannot be re represented as 64bit number (numeric overflow).` };
  if (unitLabel === '') return { ok: true, nanos: value * 1_000_000n };
  const unit = UNITS.find(([labels]) => labels.includes(unitLabel));
  if (!unit) {
    return {
      ok: false,
      message: `Time interval unit label '${unitLabel}' does not match any of the recognized units: ${UNITS.map((u) => u[2]).join(', ')}`,
    };
  }
  return { ok: true, nanos: value * unit[1] };
}

/** `Duration.toMillis()` of a parsed duration as a finite number (rounded toward zero). */
export function durationMillis(nanos: bigint): number {
  return Number(nanos / 1_000_000n);
}
