/**
 * Flink's `MemorySize`: parsing (`MemorySize.parse`), `toString()` and `toHumanReadableString()`,
 * reproduced exactly (process-memory.md §2). Sizes are bigint bytes; nothing here throws.
 */
import { javaTrim, LONG_MAX, type JavaResult } from './java';
import { shortestDigits } from './float';

const UNITS: readonly { names: readonly string[]; multiplier: bigint }[] = [
  { names: ['b', 'bytes'], multiplier: 1n },
  { names: ['k', 'kb', 'kibibytes'], multiplier: 1n << 10n },
  { names: ['m', 'mb', 'mebibytes'], multiplier: 1n << 20n },
  { names: ['g', 'gb', 'gibibytes'], multiplier: 1n << 30n },
  { names: ['t', 'tb', 'tebibytes'], multiplier: 1n << 40n },
];

const ALL_UNITS = UNITS.map((u) => `(${u.names.join(' | ')})`).join(' / ');

/** Flink's `MemorySize.parse(text)`: bytes, or the exception Flink throws (class + message). */
export function parseMemorySize(text: string): JavaResult<bigint> {
  const trimmed = javaTrim(text);
  if (trimmed === '') {
    return {
      ok: false,
      className: 'IllegalArgumentException',
      message: 'argument is an empty- or whitespace-only string',
      id: 'memorysize.empty',
    };
  }
  let pos = 0;
  while (pos < trimmed.length) {
    const c = trimmed.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    pos++;
  }
  const number = trimmed.slice(0, pos);
  const unit = javaTrim(trimmed.slice(pos)).toLowerCase();
  if (number === '') {
    return {
      ok: false,
      className: 'NumberFormatException',
      message: 'text does not start with a number',
      id: 'memorysize.not-a-number',
    };
  }
  const value = BigInt(number);
  if (value > LONG_MAX) {
    return {
      ok: false,
      className: 'IllegalArgumentException',
      id: 'memorysize.number-overflow',
      message: `The value '${number}' cannot be re represented as 64bit number (numeric overflow).`,
    };
  }
  let multiplier = 1n;
  if (unit !== '') {
    const u = UNITS.find((x) => x.names.includes(unit));
    if (!u) {
      return {
        ok: false,
        className: 'IllegalArgumentException',
        id: 'memorysize.unit',
        message: `Memory size unit '${unit}' does not match any of the recognized units: ${ALL_UNITS}`,
      };
    }
    multiplier = u.multiplier;
  }
  const result = value * multiplier;
  if (result > LONG_MAX) {
    return {
      ok: false,
      className: 'IllegalArgumentException',
      id: 'memorysize.bytes-overflow',
      message: `The value '${text}' cannot be re represented as 64bit number of bytes (numeric overflow).`,
    };
  }
  return { ok: true, value: result };
}

const LONG_NAMES = ['bytes', 'kb', 'mb', 'gb', 'tb'] as const;

/** `MemorySize.toString()`: largest exactly dividing unit; multiples of 1 TiB fall back to bytes. */
export function memorySizeToString(bytes: bigint): string {
  for (let i = 1; i < UNITS.length; i++) {
    if (bytes % UNITS[i]!.multiplier !== 0n) {
      return `${bytes / UNITS[i - 1]!.multiplier} ${LONG_NAMES[i - 1]}`;
    }
  }
  return `${bytes} bytes`;
}

/**
 * `MemorySize.toHumanReadableString()`: largest unit strictly smaller than the value, Java
 * `%.3f` (HALF_UP on the shortest repr of the double), then the exact bytes.
 */
export function toHumanReadable(bytes: bigint): string {
  const hit = HUMAN_CACHE.get(bytes);
  if (hit !== undefined) return hit;
  const r = computeHumanReadable(bytes);
  if (HUMAN_CACHE.size > 4096) HUMAN_CACHE.clear();
  HUMAN_CACHE.set(bytes, r);
  return r;
}

// Messages and logs print the same few sizes over and over (defaults, mins, maxes).
const HUMAN_CACHE = new Map<bigint, string>();

function computeHumanReadable(bytes: bigint): string {
  let unit = -1;
  for (let i = UNITS.length - 1; i >= 1; i--) {
    if (bytes > UNITS[i]!.multiplier) {
      unit = i;
      break;
    }
  }
  if (unit < 0) return `${bytes} bytes`;
  const approx = Number(bytes) / Number(UNITS[unit]!.multiplier);
  return `${formatFixed3(approx)}${LONG_NAMES[unit]} (${bytes} bytes)`;
}

/** Java `String.format("%.3f", x)` for positive finite x: HALF_UP on the shortest digits. */
export function formatFixed3(x: number): string {
  const { digits, exp10 } = shortestDigits(x);
  // x = 0.<digits> × 10^exp10 → scaled integer of thousandths with half-up rounding.
  const shift = exp10 + 3; // digits to keep before rounding
  let kept: bigint;
  if (shift <= 0) {
    kept = shift === 0 && Number(digits[0]) >= 5 ? 1n : 0n;
  } else if (shift >= digits.length) {
    kept = BigInt(digits) * 10n ** BigInt(shift - digits.length);
  } else {
    kept = BigInt(digits.slice(0, shift)) + (Number(digits[shift]) >= 5 ? 1n : 0n);
  }
  const s = kept.toString().padStart(4, '0');
  return `${s.slice(0, -3)}.${s.slice(-3)}`;
}
