/** Small Java-semantics helpers shared by the model (no DOM, no I/O). */

/** A Java value-or-exception, as the model returns it instead of throwing. */
export type JavaResult<T> = { ok: true; value: T } | { ok: false; className: string; message: string; id: string };

export const LONG_MAX = 9223372036854775807n;
export const INT_MAX = 2147483647;

/** Java `String.trim()`: strips every char <= U+0020 at both ends (not Unicode whitespace). */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** Java `String.hashCode()` as int32. */
export function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Keys in Java `HashMap` iteration order (insertion order within a bucket; default capacity 16,
 * doubled past the 0.75 load factor). Treeified buckets need >= 8 colliding keys: not modelled.
 */
export function hashMapOrder(keys: readonly string[]): string[] {
  const byIdentity = ORDER_BY_ARRAY.get(keys);
  if (byIdentity) return byIdentity;
  // JSON, not a join: [] and [''] (or keys containing the separator) must not share an entry.
  const id = JSON.stringify(keys);
  const hit = ORDER_CACHE.get(id);
  if (hit) return hit;
  const r = computeHashMapOrder(keys);
  if (ORDER_CACHE.size > 256) ORDER_CACHE.clear();
  ORDER_CACHE.set(id, r);
  ORDER_BY_ARRAY.set(keys, r);
  return r;
}

// Orders are pure functions of the key list; constant key lists hit the identity cache.
const ORDER_CACHE = new Map<string, string[]>();
const ORDER_BY_ARRAY = new WeakMap<readonly string[], string[]>();

function computeHashMapOrder(keys: readonly string[]): string[] {
  let cap = 16;
  while (keys.length > cap * 0.75) cap *= 2;
  const buckets = keys.map((k, i) => {
    const h = javaHashCode(k);
    return { k, i, b: (h ^ (h >>> 16)) & (cap - 1) };
  });
  buckets.sort((x, y) => x.b - y.b || x.i - y.i);
  return buckets.map((x) => x.k);
}

/** Java `Integer.parseInt` (radix 10): optional sign, ASCII digits, int32 range; no trimming. */
export function parseJavaInt(s: string): number | undefined {
  if (s.length > 0 && s.length < 10) {
    // Fast path for plain small numbers (slots, buffers): digits only.
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) {
        n = -1;
        break;
      }
      n = n * 10 + c;
    }
    if (n >= 0) return n;
  }
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= -2147483648 && n <= INT_MAX ? n : undefined;
}

/** Java `Long.parseLong`: optional sign, ASCII digits, int64 range; no trimming. */
export function parseJavaLong(s: string): bigint | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n >= -LONG_MAX - 1n && n <= LONG_MAX ? n : undefined;
}

/** Like `hashMapOrder`, as indexes into `keys` (cached per key list). */
export function hashMapIndexOrder(keys: readonly string[]): readonly number[] {
  const hit = INDEX_ORDER.get(keys);
  if (hit) return hit;
  const order = hashMapOrder(keys);
  const pos = new Map(keys.map((k, i) => [k, i] as const));
  const r = order.map((k) => pos.get(k)!);
  INDEX_ORDER.set(keys, r);
  return r;
}

const INDEX_ORDER = new WeakMap<readonly string[], readonly number[]>();
