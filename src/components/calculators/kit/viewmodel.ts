/**
 * Pure view-model helpers of the calculators: no DOM, no Preact, no memory arithmetic beyond
 * proportions for drawing. The model derives; these only arrange what it returns for display.
 */
import {
  DEPLOYMENT_MODES,
  FLINK_VERSIONS,
  type DeploymentMode,
  type FlinkVersion,
  type OptionType,
  type Versioned,
} from '~/model/types';
import type { FieldSpec } from './types';

/** Substitutes `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : String(v);
  });
}

export function isVersion(s: unknown): s is FlinkVersion {
  return typeof s === 'string' && (FLINK_VERSIONS as readonly string[]).includes(s);
}

export function isMode(s: unknown): s is DeploymentMode {
  return typeof s === 'string' && (DEPLOYMENT_MODES as readonly string[]).includes(s);
}

function vIndex(v: FlinkVersion): number {
  return FLINK_VERSIONS.indexOf(v);
}

/** The default in force for `v` (entries are ascending by `since`); `null` = no default. */
export function defaultAt(defaults: readonly Versioned<string | null>[], v: FlinkVersion): string | null {
  let cur: string | null = null;
  for (const d of defaults) {
    if (vIndex(d.since) <= vIndex(v)) cur = d.value;
  }
  return cur;
}

/** Whether Flink `v` reads the option at all. */
export function readsKey(f: Pick<FieldSpec, 'since' | 'removedIn'>, v: FlinkVersion): boolean {
  return vIndex(f.since) <= vIndex(v) && (f.removedIn === undefined || vIndex(v) < vIndex(f.removedIn));
}

export interface DefaultChange {
  key: string;
  from: string | null;
  to: string | null;
}

/** Options whose default (or presence) differs between two versions, in field order. */
export function changedDefaults(fields: readonly FieldSpec[], from: FlinkVersion, to: FlinkVersion): DefaultChange[] {
  const out: DefaultChange[] = [];
  for (const f of fields) {
    const a = readsKey(f, from) ? defaultAt(f.defaults, from) : null;
    const b = readsKey(f, to) ? defaultAt(f.defaults, to) : null;
    const presence = readsKey(f, from) !== readsKey(f, to);
    if (a !== b || presence) out.push({ key: f.key, from: a, to: b });
  }
  return out;
}

/** Drops unset (empty) values; keys keep their insertion order. */
export function cleanConfig(config: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) if (v.trim() !== '') out[k] = v;
  return out;
}

/** Java `Float.parseFloat` / `Double.parseDouble` syntax (decimal, optional f/d suffix, NaN, Infinity). */
const JAVA_FLOAT = /^[\s\x00-\x20]*[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)[\s\x00-\x20]*$/;

/**
 * Light syntax check for non-size options, so a reader sees a problem while typing; the model
 * stays the authority (its refusal is shown verbatim). Returns a string-table key or null.
 */
export function syntaxProblem(
  type: OptionType,
  text: string,
): 'invalidFloat' | 'invalidDouble' | 'invalidInt' | 'invalidBool' | null {
  if (text.trim() === '') return null;
  switch (type) {
    case 'float':
      return JAVA_FLOAT.test(text) ? null : 'invalidFloat';
    case 'double':
      return JAVA_FLOAT.test(text) ? null : 'invalidDouble';
    case 'int': {
      const t = text.trim();
      if (!/^[+-]?\d+$/.test(t)) return 'invalidInt';
      const n = Number(t);
      return n >= -2147483648 && n <= 2147483647 ? null : 'invalidInt';
    }
    case 'long': {
      const t = text.trim();
      if (!/^[+-]?\d+$/.test(t)) return 'invalidInt';
      const n = BigInt(t);
      return n >= -(2n ** 63n) && n < 2n ** 63n ? null : 'invalidInt';
    }
    case 'boolean':
      return /^(true|false)$/i.test(text.trim()) ? null : 'invalidBool';
    default:
      return null;
  }
}

/** One drawn segment: x and width on a 0..1000 scale. */
export interface Segment {
  name: string;
  bytes: bigint;
  x: number;
  w: number;
}

/**
 * Lays parts side by side proportionally to `total` (or their sum). Never NaN/Infinity: a zero
 * total gives zero widths; parts are clamped so the bar never overflows.
 */
export function segments(parts: readonly { name: string; bytes: bigint }[], total?: bigint): Segment[] {
  const sum = total ?? parts.reduce((a, p) => a + (p.bytes > 0n ? p.bytes : 0n), 0n);
  const out: Segment[] = [];
  let acc = 0n;
  for (const p of parts) {
    const b = p.bytes > 0n ? p.bytes : 0n;
    const x = sum > 0n ? Number((acc * 1_000_000n) / sum) / 1000 : 0;
    const end = sum > 0n ? Number(((acc + b) * 1_000_000n) / sum) / 1000 : 0;
    out.push({ name: p.name, bytes: p.bytes, x: Math.min(x, 1000), w: Math.max(0, Math.min(end, 1000) - Math.min(x, 1000)) });
    acc += b;
  }
  return out;
}

/** Groups digits of an exact byte count for reading (`536 870 920`); the attribute keeps raw digits. */
export function groupDigits(n: bigint | number): string {
  const s = n.toString();
  const neg = s.startsWith('-');
  const d = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + d.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
