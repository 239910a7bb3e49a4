/**
 * The configuration reference as data, built from the option registry (never hand-written):
 * options grouped by category, each with its default per version compressed into the ranges
 * where it holds ("1 gb (1.10–1.16) → 9223372036854775807 bytes (1.17+)").
 */
import { FLINK_VERSIONS, type FlinkVersion, type OptionCategory, type OptionSpec, type OptionType } from '../types';
import { atLeast } from '../version';

/** Category order on the page (also the h2 ids). */
export const REFERENCE_CATEGORIES: readonly OptionCategory[] = [
  'taskmanager',
  'managed',
  'network',
  'debloat',
  'jobmanager',
  'rocksdb',
  'forst',
  'batch',
  'kubernetes',
  'local',
  'general',
  'legacy',
];

/** A default that holds for the versions `from`…`to` (inclusive; `to` = newest when open-ended). */
export interface DefaultSpan {
  value: string | null;
  from: FlinkVersion;
  to: FlinkVersion;
  /** `to` is the newest modelled version. */
  open: boolean;
}

export interface ReferenceFallback {
  key: string;
  deprecated: boolean;
  since?: FlinkVersion;
  removedIn?: FlinkVersion;
}

export interface ReferenceEntry {
  key: string;
  type: OptionType;
  since: FlinkVersion;
  removedIn?: FlinkVersion;
  removal?: 'removed' | 'ignored';
  defaults: DefaultSpan[];
  /** No version reads it (hard-coded or ignored from its first modelled version). */
  neverRead: boolean;
  fallbacks: ReferenceFallback[];
  values?: readonly string[];
  description: { en: string; zh: string };
}

export interface ReferenceSection {
  category: OptionCategory;
  entries: ReferenceEntry[];
}

/** Versions that read an option: from `since` up to (not including) `removedIn`. */
function versionsOf(o: OptionSpec): FlinkVersion[] {
  return FLINK_VERSIONS.filter((v) => atLeast(v, o.since) && (o.removedIn === undefined || !atLeast(v, o.removedIn)));
}

function defaultIn(o: OptionSpec, v: FlinkVersion): string | null {
  let value: string | null = null;
  for (const d of o.defaults) if (atLeast(v, d.since)) value = d.value;
  return value;
}

/** The defaults of `o` as spans of equal value over the versions that read it. */
export function defaultSpans(o: OptionSpec): DefaultSpan[] {
  const versions = versionsOf(o);
  // An option that a version hard-codes from its first release (`removedIn === since`) still
  // shows the default it was documented with.
  const shown = versions.length > 0 ? versions : [o.since];
  const newest = FLINK_VERSIONS[FLINK_VERSIONS.length - 1];
  const spans: DefaultSpan[] = [];
  for (const v of shown) {
    const value = defaultIn(o, v);
    const last = spans[spans.length - 1];
    if (last && last.value === value) {
      last.to = v;
      last.open = v === newest;
    } else spans.push({ value, from: v, to: v, open: v === newest });
  }
  return spans;
}

/** The reference sections, categories in page order, options in registry order; empty ones dropped. */
export function buildReference(options: readonly OptionSpec[]): ReferenceSection[] {
  const sections = REFERENCE_CATEGORIES.map((category) => ({
    category,
    entries: options
      .filter((o) => o.category === category)
      .map((o): ReferenceEntry => {
        const e: ReferenceEntry = {
          key: o.key,
          type: o.type,
          since: o.since,
          defaults: defaultSpans(o),
          neverRead: versionsOf(o).length === 0,
          fallbacks: (o.fallbackKeys ?? []).map((f) => ({ ...f })),
          description: o.description,
        };
        if (o.removedIn !== undefined) e.removedIn = o.removedIn;
        if (o.removal !== undefined) e.removal = o.removal;
        if (o.values !== undefined) e.values = o.values;
        return e;
      }),
  }));
  return sections.filter((s) => s.entries.length > 0);
}

/** `Long.MAX_VALUE` bytes, which Flink documents as "infinite". */
export const INFINITE_SIZE = '9223372036854775807 bytes';
