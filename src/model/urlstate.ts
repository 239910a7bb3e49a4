/**
 * Calculator state in the URL query, named by Flink keys so that a link is also a config:
 * `?v=2.0&mode=standalone&taskmanager.memory.process.size=4g`.
 *
 * `decodeState` never throws and never applies what it does not understand: unknown parameters,
 * bad encodings, oversized values and `__proto__`-like keys end up in `problems` (message ids,
 * words in `src/i18n/config.ts`). Work is bounded whatever the query holds.
 */
import { DEPLOYMENT_MODES, type ConfigMap, type DeploymentMode, type FlinkVersion } from './types';
import { toFlinkVersion } from './version';

/** Most parameters looked at; the rest are reported once and ignored. */
export const URL_MAX_PARAMS = 200;
/** Longest value applied (characters, after decoding). */
export const URL_MAX_VALUE_CHARS = 256;
/** Longest key considered (characters, after decoding). */
export const URL_MAX_KEY_CHARS = 128;
/** Longest query string read at all (characters); a 100 KB query is cut here. */
export const URL_MAX_QUERY_CHARS = 32_768;

/** Parameter names of the state itself (not Flink keys). */
export const URL_VERSION_PARAM = 'v';
export const URL_MODE_PARAM = 'mode';

export const URL_PROBLEM_IDS = [
  'url.unknownParam',
  'url.badVersion',
  'url.badMode',
  'url.tooManyParams',
  'url.queryTooLong',
  'url.valueTooLong',
  'url.keyTooLong',
  'url.badEncoding',
  'url.badValue',
  'url.duplicate',
  'url.unsafeKey',
] as const;
export type UrlProblemId = (typeof URL_PROBLEM_IDS)[number];

/** One thing in the query that was not applied, and why. */
export interface UrlProblem {
  id: UrlProblemId;
  /** The parameter name (decoded and truncated to `URL_MAX_KEY_CHARS` for display), if any. */
  key?: string;
  params?: Readonly<Record<string, string>>;
}

/** Which parameters a calculator accepts. */
export interface UrlStateSpec {
  /** Flink keys this calculator reads (a set, a list or a predicate). */
  allowedKeys: ReadonlySet<string> | readonly string[] | ((key: string) => boolean);
  /** Non-Flink parameters the calculator keeps (e.g. `preset`, `job`). */
  extraKeys?: readonly string[];
}

export interface UrlState {
  /** Absent when the query names no (valid) version: the caller uses its default. */
  version?: FlinkVersion;
  mode?: DeploymentMode;
  /** Flink keys → values, prototype-free and frozen. */
  config: ConfigMap;
  /** Accepted extra parameters, prototype-free and frozen. */
  extras: Readonly<Record<string, string>>;
  problems: UrlProblem[];
}

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function allowPredicate(spec: UrlStateSpec['allowedKeys']): (k: string) => boolean {
  if (typeof spec === 'function') return spec;
  const set: ReadonlySet<string> = spec instanceof Set ? spec : new Set(spec as readonly string[]);
  return (k) => set.has(k);
}

function decodePart(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Control characters have no place in a key or a size; they are refused, not stripped. */
function hasControl(s: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(s);
}

function shown(key: string): string {
  return key.length > URL_MAX_KEY_CHARS ? `${key.slice(0, URL_MAX_KEY_CHARS)}…` : key;
}

/**
 * Reads a query string (`?a=b&c=d`, leading `?` optional, or a full `location.search`) into
 * calculator state. Never throws.
 */
export function decodeState(search: string, spec: UrlStateSpec): UrlState {
  const problems: UrlProblem[] = [];
  // Every problem carries its key in `params` too, so a text can be filled from `params` alone.
  const report = (p: UrlProblem): void => {
    problems.push(p.key === undefined ? p : { ...p, params: { key: p.key, ...p.params } });
  };
  const config = Object.create(null) as Record<string, string>;
  const extras = Object.create(null) as Record<string, string>;
  const seen = new Set<string>();
  const allowed = allowPredicate(spec.allowedKeys);
  const extraKeys = new Set(spec.extraKeys ?? []);
  let version: FlinkVersion | undefined;
  let mode: DeploymentMode | undefined;

  let query = typeof search === 'string' ? search : '';
  const hash = query.indexOf('#');
  if (hash >= 0) query = query.slice(0, hash);
  if (query.startsWith('?')) query = query.slice(1);
  if (query.length > URL_MAX_QUERY_CHARS) {
    report({ id: 'url.queryTooLong', params: { chars: String(query.length), max: String(URL_MAX_QUERY_CHARS) } });
    query = query.slice(0, URL_MAX_QUERY_CHARS);
  }

  let count = 0;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    const part = query.slice(start, end);
    start = end + 1;
    if (part.length === 0) {
      if (end >= query.length) break;
      continue;
    }
    if (++count > URL_MAX_PARAMS) {
      report({ id: 'url.tooManyParams', params: { max: String(URL_MAX_PARAMS) } });
      break;
    }
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decodePart(rawKey.slice(0, URL_MAX_KEY_CHARS * 12));
    if (key === undefined) {
      report({ id: 'url.badEncoding', key: shown(rawKey) });
      continue;
    }
    if (key.length > URL_MAX_KEY_CHARS) {
      report({ id: 'url.keyTooLong', key: shown(key), params: { max: String(URL_MAX_KEY_CHARS) } });
      continue;
    }
    if (UNSAFE.has(key)) {
      report({ id: 'url.unsafeKey', key });
      continue;
    }
    if (hasControl(key)) {
      report({ id: 'url.badValue', key: JSON.stringify(key).slice(1, -1) });
      continue;
    }
    // Decoding a 100 KB value just to refuse it is wasted work: an encoded char is ≤ 12 chars.
    if (rawValue.length > URL_MAX_VALUE_CHARS * 12) {
      report({ id: 'url.valueTooLong', key, params: { max: String(URL_MAX_VALUE_CHARS) } });
      continue;
    }
    const value = decodePart(rawValue);
    if (value === undefined) {
      report({ id: 'url.badEncoding', key });
      continue;
    }
    if (value.length > URL_MAX_VALUE_CHARS) {
      report({ id: 'url.valueTooLong', key, params: { max: String(URL_MAX_VALUE_CHARS) } });
      continue;
    }
    if (hasControl(value)) {
      report({ id: 'url.badValue', key });
      continue;
    }
    if (seen.has(key)) {
      report({ id: 'url.duplicate', key });
      continue;
    }
    seen.add(key);

    if (key === URL_VERSION_PARAM) {
      const v = toFlinkVersion(value);
      if (v === undefined) report({ id: 'url.badVersion', key, params: { value } });
      else version = v;
    } else if (key === URL_MODE_PARAM) {
      if ((DEPLOYMENT_MODES as readonly string[]).includes(value)) mode = value as DeploymentMode;
      else report({ id: 'url.badMode', key, params: { value, allowed: DEPLOYMENT_MODES.join(', ') } });
    } else if (extraKeys.has(key)) {
      extras[key] = value;
    } else if (allowed(key)) {
      config[key] = value;
    } else {
      report({ id: 'url.unknownParam', key });
    }
  }

  const state: UrlState = { config: Object.freeze(config), extras: Object.freeze(extras), problems };
  if (version !== undefined) state.version = version;
  if (mode !== undefined) state.mode = mode;
  return state;
}

/** What `encodeState` writes; all parts optional. */
export interface UrlStateInput {
  version?: FlinkVersion | undefined;
  mode?: DeploymentMode | undefined;
  config?: ConfigMap | undefined;
  extras?: Readonly<Record<string, string>> | undefined;
}

/** Encodes one query component, keeping Flink keys readable (`.`, `-`, `_` stay as they are). */
function encodePart(s: string): string {
  return encodeURIComponent(s);
}

/**
 * Writes state as a query string starting with `?` (or `''` when there is nothing to write):
 * version, mode, then the Flink keys in the map's order, then the extras. `decodeState` reads it
 * back to the same state when the keys are allowed and the values within the bounds.
 */
export function encodeState(state: UrlStateInput): string {
  const parts: string[] = [];
  if (state.version !== undefined) parts.push(`${URL_VERSION_PARAM}=${encodePart(state.version)}`);
  if (state.mode !== undefined) parts.push(`${URL_MODE_PARAM}=${encodePart(state.mode)}`);
  for (const source of [state.config, state.extras]) {
    if (!source) continue;
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (typeof value !== 'string' || UNSAFE.has(key)) continue;
      parts.push(`${encodePart(key)}=${encodePart(value)}`);
    }
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
