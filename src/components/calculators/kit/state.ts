/**
 * Calculator state (version, mode, Flink keys, extras) kept in the URL query through
 * `~/model/urlstate`, so a link is also a configuration and a reload restores everything.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { UrlProblem } from '~/model/urlstate';
import { NEWEST_VERSION, type DeploymentMode, type FlinkVersion } from '~/model/types';
import { cleanConfig, isMode, isVersion } from './viewmodel';
import { importOnce } from './lazy';
import type { CalcState } from './types';

export type { CalcState };

/** The link codec, loaded once per page on first need (see query.ts). */
const loadQuery = importOnce(() => import('./query'));

const STATE_PARAMS = new Set(['v', 'mode']);

/** Splits a preset (flat Flink keys + `v`/`mode` + extras) into state. */
export function stateFromPreset(preset: Readonly<Record<string, string>>, extraKeys: readonly string[] = []): CalcState {
  const config: Record<string, string> = {};
  const extras: Record<string, string> = {};
  for (const [k, val] of Object.entries(preset)) {
    if (STATE_PARAMS.has(k)) continue;
    if (extraKeys.includes(k)) extras[k] = val;
    else config[k] = val;
  }
  return {
    v: isVersion(preset.v) ? preset.v : NEWEST_VERSION,
    mode: isMode(preset.mode) ? preset.mode : 'standalone',
    config,
    extras,
  };
}

/** Order-insensitive identity of a state, as a link would carry it (empty values dropped). */
export function stateKey(s: CalcState): string {
  const sorted = (o: Readonly<Record<string, string>>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([s.v, s.mode, sorted(cleanConfig(s.config)), sorted(s.extras)]);
}

export interface CalcStateApi {
  state: CalcState;
  /** The version before the last version switch (to list changed defaults), or null. */
  previousVersion: FlinkVersion | null;
  problems: UrlProblem[];
  setVersion: (v: FlinkVersion) => void;
  setMode: (m: DeploymentMode) => void;
  setKey: (key: string, value: string) => void;
  setConfig: (config: Readonly<Record<string, string>>) => void;
  setExtra: (key: string, value: string | null) => void;
  reset: () => void;
  /** Absolute link to the calculator page with this state. */
  link: () => Promise<string>;
  /** True while the state is still the preset (what the server rendered). */
  atPreset: boolean;
  /**
   * Whether the link's own state has been read: 'done' (or no state in the URL), 'pending'
   * (its codec is loading), 'failed' (the codec could not load; the URL is left as it is).
   */
  urlRead: 'done' | 'pending' | 'failed';
}

/**
 * The first render uses the preset (it matches the server-rendered HTML); after hydration the URL,
 * when it carries state, takes over. Only `syncUrl` islands read and write `location`.
 */
export function useCalcState(opts: {
  preset: Readonly<Record<string, string>>;
  allowedKeys: readonly string[] | ((key: string) => boolean);
  extraKeys?: readonly string[];
  syncUrl: boolean;
  /** Path of the calculator's own page, for links from embeds. */
  pageHref: string;
  /** Typed before the island went live: applied over the preset and over the link's state. */
  typed?: Readonly<Record<string, string>> | undefined;
}): CalcStateApi {
  const extraKeys = opts.extraKeys ?? [];
  const typed = opts.typed ?? {};
  const [state, setState] = useState<CalcState>(() =>
    withTyped(stateFromPreset(opts.preset, extraKeys), typed, opts.allowedKeys, extraKeys),
  );
  const [previousVersion, setPrev] = useState<FlinkVersion | null>(null);
  const [problems, setProblems] = useState<UrlProblem[]>([]);
  const loaded = useRef(false);
  const [urlRead, setUrlRead] = useState<'done' | 'pending' | 'failed'>(opts.syncUrl ? 'pending' : 'done');
  const presetKey = useMemo(() => stateKey(stateFromPreset(opts.preset, extraKeys)), [opts.preset]);
  // One key per state change: it decides both the server-figures shortcut and the URL write.
  const atPreset = useMemo(() => stateKey(state) === presetKey, [state, presetKey]);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    if (!(opts.syncUrl && location.search.length > 1)) {
      loaded.current = true;
      setUrlRead('done');
      return;
    }
    loadQuery().then(
      (q) => {
        const d = q.decodeState(location.search, { allowedKeys: opts.allowedKeys, extraKeys });
        loaded.current = true;
        setState(
          withTyped(
            { v: d.version ?? NEWEST_VERSION, mode: d.mode ?? 'standalone', config: { ...d.config }, extras: { ...d.extras } },
            typed,
            opts.allowedKeys,
            extraKeys,
          ),
        );
        setProblems(d.problems);
        setUrlRead('done');
      },
      // Without the codec the calculator keeps its preset (the server's figures), marked as
      // not the link's.
      () => setUrlRead('failed'),
    );
    // Mount only: later changes flow from the state to the URL.
  }, []);

  useEffect(() => {
    if (!opts.syncUrl || !loaded.current) return;
    // A plain visit keeps its plain URL until the reader changes something.
    if (location.search === '' && atPreset) return;
    loadQuery().then(
      (q) => {
        if (current.current !== state) return;
        const url = location.pathname + q.queryFor(state) + location.hash;
        if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
      },
      () => undefined,
    );
  }, [state, atPreset, opts.syncUrl]);

  const setVersion = useCallback((v: FlinkVersion) => {
    setState((s) => {
      if (s.v !== v) setPrev(s.v);
      return { ...s, v };
    });
  }, []);
  const setMode = useCallback((mode: DeploymentMode) => setState((s) => ({ ...s, mode })), []);
  const setKey = useCallback((key: string, value: string) => {
    setState((s) => {
      const config = { ...s.config };
      if (value === '') delete config[key];
      else config[key] = value;
      return { ...s, config };
    });
  }, []);
  const setConfig = useCallback(
    (config: Readonly<Record<string, string>>) => setState((s) => ({ ...s, config: { ...config } })),
    [],
  );
  const setExtra = useCallback((key: string, value: string | null) => {
    setState((s) => {
      const extras = { ...s.extras };
      if (value === null) delete extras[key];
      else extras[key] = value;
      return { ...s, extras };
    });
  }, []);
  const reset = useCallback(() => {
    const start = stateFromPreset(opts.preset, extraKeys);
    setState((s) => ({ v: s.v, mode: s.mode, config: start.config, extras: start.extras }));
    setPrev(null);
    // The preset is fixed for the island's life.
  }, []);
  const link = useCallback(async () => {
    const origin = typeof location !== 'undefined' ? location.origin : '';
    return origin + opts.pageHref + (await loadQuery()).queryFor(current.current);
  }, [opts.pageHref]);

  return { state, previousVersion, problems, setVersion, setMode, setKey, setConfig, setExtra, reset, link, atPreset, urlRead };
}

/**
 * `s` with what the reader typed before the island was live: `v`, `mode`, option keys, and
 * extras (an input named `rot-P` stands for the extra `P`). Unknown names are ignored.
 */
export function withTyped(
  s: CalcState,
  typed: Readonly<Record<string, string>>,
  allowedKeys: readonly string[] | ((key: string) => boolean),
  extraKeys: readonly string[],
): CalcState {
  const names = Object.keys(typed);
  if (names.length === 0) return s;
  const allowed = (k: string) => (typeof allowedKeys === 'function' ? allowedKeys(k) : allowedKeys.includes(k));
  const out: CalcState = { ...s, config: { ...s.config }, extras: { ...s.extras } };
  const config = out.config as Record<string, string>;
  const extras = out.extras as Record<string, string>;
  for (const [name, value] of Object.entries(typed)) {
    const extra = name.startsWith('rot-') ? name.slice(4) : name;
    if (name === 'v' && isVersion(value)) out.v = value;
    else if (name === 'mode' && isMode(value)) out.mode = value;
    else if (allowed(name)) {
      if (value === '') delete config[name];
      else config[name] = value;
    } else if (extraKeys.includes(extra)) extras[extra] = value;
  }
  return out;
}
