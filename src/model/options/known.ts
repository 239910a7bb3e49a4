/**
 * Every configuration key Flink itself knows, per minor (generated data in `known-keys.ts`, from
 * Flink's generated option tables and its Java sources; see the header there): what a minor does
 * with a key outside the memory model. Only the key report (import) needs it.
 */
import type { FlinkVersion } from '../types';
import { KNOWN_KEY_ALIASES, KNOWN_KEY_MINORS, KNOWN_KEY_ROWS } from './known-keys';

interface Entry {
  /** Bit i: KNOWN_KEY_MINORS[i] lists the key as an option. */
  rows: number;
  /** Bit i: the key is a deprecated / fallback key of another option in KNOWN_KEY_MINORS[i]. */
  aliases: number;
  main?: string;
  deprecated?: boolean;
}

export type KnownKeyState =
  | { kind: 'option' }
  | { kind: 'deprecated'; main: string }
  | { kind: 'fallback'; main: string }
  | { kind: 'removed'; removedIn: FlinkVersion }
  | { kind: 'notYet'; since: FlinkVersion };

let table: Map<string, Entry> | undefined;

function load(): Map<string, Entry> {
  if (table) return table;
  const t = new Map<string, Entry>();
  for (const [mask, keys] of Object.entries(KNOWN_KEY_ROWS)) {
    const m = parseInt(mask, 36);
    for (const k of keys.split(' ')) t.set(k, { rows: m, aliases: 0 });
  }
  for (const [mask, pairs] of Object.entries(KNOWN_KEY_ALIASES)) {
    const m = parseInt(mask, 36);
    for (const p of pairs.split(' ')) {
      const i = p.search(/[>=]/);
      const key = p.slice(0, i);
      const e = t.get(key) ?? { rows: 0, aliases: 0 };
      t.set(key, { ...e, aliases: m, main: p.slice(i + 1), deprecated: p[i] === '>' });
    }
  }
  table = t;
  return t;
}

const bitOf = (v: FlinkVersion): number => (KNOWN_KEY_MINORS as readonly string[]).indexOf(v);

/** What `version` does with `key` by Flink's own option lists; undefined when no minor knows it. */
export function knownKeyIn(key: string, version: FlinkVersion): KnownKeyState | undefined {
  const e = load().get(key);
  const v = bitOf(version);
  if (!e || v < 0) return undefined;
  if (e.rows & (1 << v)) return { kind: 'option' };
  if (e.aliases & (1 << v) && e.main !== undefined)
    return e.deprecated ? { kind: 'deprecated', main: e.main } : { kind: 'fallback', main: e.main };
  const any = e.rows | e.aliases;
  for (let i = v - 1; i >= 0; i--) {
    if (any & (1 << i)) return { kind: 'removed', removedIn: KNOWN_KEY_MINORS[i + 1] as FlinkVersion };
  }
  for (let i = v + 1; i < KNOWN_KEY_MINORS.length; i++) {
    if (any & (1 << i)) return { kind: 'notYet', since: KNOWN_KEY_MINORS[i] as FlinkVersion };
  }
  return undefined;
}

/** Keys `version` knows (options, deprecated and fallback keys), for "did you mean". */
export function knownKeysOf(version: FlinkVersion): string[] {
  const v = bitOf(version);
  if (v < 0) return [];
  const out: string[] = [];
  for (const [k, e] of load()) if ((e.rows | e.aliases) & (1 << v)) out.push(k);
  return out;
}

/** Whether the data covers `version` at all. */
export const knownKeysCover = (version: FlinkVersion): boolean => bitOf(version) >= 0;
