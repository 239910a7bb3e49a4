/**
 * The one way calculator code loads on demand: `importOnce` wraps a dynamic `import()` (made once
 * per page, shared, retried after a failure) and `useLazy` renders with the module once it is
 * wanted and has arrived. The model, the refusal views, the link codec, the explanation tables (`useExplanations`) and
 * the import / export panels all load this way, so the JavaScript before interaction stays small
 * (Preact and the island's view code; the server renders the figures).
 */
import { useEffect, useMemo, useRef, useState, type MutableRef } from 'preact/hooks';
import type { CalcState, Explanation, FieldParsers, ModelModule, WithHuman } from './types';
import { importOnce, type Lazy } from './import-once';

export { importOnce, type Lazy };

/**
 * The module of `lazy` once `needed` (undefined until then, and for the frame or two it takes to
 * arrive); `failed` when the last attempt failed — the next render that needs it retries.
 */
export function useLazy<T>(lazy: Lazy<T>, needed: boolean): { module: T | undefined; failed: boolean } {
  const [module, setModule] = useState<T | undefined>(lazy.value);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module || !needed) return undefined;
    let live = true;
    lazy().then(
      (m) => live && (setFailed(false), setModule(() => m)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [lazy, module, needed]);
  return { module, failed };
}

export interface LazyModel<R> {
  result: R;
  /** Flink's human-readable form of a byte count in the result. */
  hr: (b: bigint) => string;
  /** Flink's parse messages for sizes and durations (null until the model is there). */
  parse: FieldParsers;
  pending: boolean;
  failed: boolean;
  /** The exception of the last compute, when it threw (the figures are then the last good ones). */
  computeError: string | null;
  /** 'model' once the figures come from the loaded model, 'server' while they are the server's. */
  source: 'model' | 'server';
}

/**
 * A calculator first shows the figures rendered on the server (`initial`) and loads its model on
 * the reader's first interaction with it — or at once when the state differs from what the server
 * rendered (a link with state, an import, a reset).
 */
export function useLazyModel<R>(opts: {
  load: Lazy<ModelModule<R>>;
  state: CalcState;
  initial: WithHuman<R>;
  /** True while `state` is still the preset the server rendered. */
  atPreset: boolean;
  root: MutableRef<HTMLElement | null>;
}): LazyModel<R> {
  const [touched, setTouched] = useState(false);
  const { module: mod, failed } = useLazy(opts.load, touched || !opts.atPreset);
  const root = useRef(opts.root);

  useEffect(() => {
    const el = root.current.current;
    if (!el) return undefined;
    const go = () => setTouched(true);
    for (const ev of ['pointerdown', 'focusin', 'keydown'] as const) el.addEventListener(ev, go, { once: true });
    return () => {
      for (const ev of ['pointerdown', 'focusin', 'keydown'] as const) el.removeEventListener(ev, go);
    };
  }, []);

  // A compute step that throws must not take the calculator down: keep the last figures, say so,
  // and try again on the next change of state.
  const lastGood = useRef<WithHuman<R> | null>(null);
  const { computed, error } = useMemo(() => {
    if (!mod) return { computed: null, error: null };
    try {
      const v = mod.compute(opts.state);
      lastGood.current = v;
      return { computed: v, error: null };
    } catch (e) {
      return { computed: lastGood.current, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }, [mod, opts.state]);
  const view = computed ?? opts.initial;
  const safe =
    (f: (m: ModelModule<R>, s: string) => string | null) =>
    (s: string): string | null => {
      try {
        return mod ? f(mod, s) : null;
      } catch {
        return null;
      }
    };
  return {
    result: view.result,
    hr: (b: bigint) => view.hr[b.toString()] ?? `${b} bytes`,
    parse: { size: safe((m, s) => m.sizeProblem(s)), duration: safe((m, s) => m.durationProblem(s)) },
    pending: computed === null && !opts.atPreset && error === null,
    failed,
    computeError: error,
    source: computed === null ? 'server' : 'model',
  };
}

/** The full explanation tables (both languages), fetched at most once per page (see `useExplanations`). */
const loadExplanations = importOnce(() => import('./explanations'));

/**
 * The page ships only the explanations its server-rendered result needs (the full tables would
 * add tens of kilobytes of HTML to every page with a calculator); any other id is looked up in
 * the table loaded on demand, in the page's language.
 */
export function useExplanations(given: Readonly<Record<string, Explanation>>): (id: string) => Explanation | undefined {
  // Set by lookups during render; the effect after the render asks for the table once if needed.
  const missed = useRef(false);
  missed.current = false;
  const [needed, setNeeded] = useState(false);
  const { module } = useLazy(loadExplanations, needed);
  useEffect(() => {
    if (missed.current && !needed) setNeeded(true);
  });
  const loaded = module?.explanationsFor(document.documentElement.lang.startsWith('zh') ? 'zh' : 'en');
  return (id) => {
    const e = given[id] ?? loaded?.[id];
    if (e === undefined && loaded === undefined) missed.current = true;
    return e;
  };
}
