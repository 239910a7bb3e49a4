/**
 * The model loads on demand: a calculator page first shows the figures rendered on the server
 * (passed in as `initial`), and fetches the model chunk on the reader's first interaction with
 * the calculator — or at once when the state differs from what the server rendered (a link with
 * state, an import, a reset). This keeps the JavaScript before interaction small (Preact + the
 * island's view code); field validation and Flink's human-readable sizes come with the model.
 */
import { useEffect, useMemo, useRef, useState, type MutableRef } from 'preact/hooks';
import type { CalcState } from './useCalcState';
import type { WithHuman } from './human';

/** A dynamic import made once per page and shared; after a failure the next call tries again. */
export function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () =>
    (p ??= load().catch((e: unknown) => {
      p = null;
      throw e;
    }));
}

/** What a `compute-*.ts` module provides. */
export interface ModelModule<R> {
  compute: (s: CalcState) => WithHuman<R>;
  sizeProblem: (s: string) => string | null;
}

export interface LazyModel<R> {
  result: R;
  /** Flink's human-readable form of a byte count in the result. */
  hr: (b: bigint) => string;
  /** Flink's parse message for a size, or null (null until the model is there). */
  parseSize: (s: string) => string | null;
  pending: boolean;
  failed: boolean;
  /** 'model' once the figures come from the loaded model, 'server' while they are the server's. */
  source: 'model' | 'server';
}

export function useLazyModel<R>(opts: {
  load: () => Promise<ModelModule<R>>;
  state: CalcState;
  initial: WithHuman<R>;
  /** True while `state` is still the preset the server rendered. */
  atPreset: boolean;
  root: MutableRef<HTMLElement | null>;
}): LazyModel<R> {
  const [mod, setMod] = useState<ModelModule<R> | null>(null);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  const load = useRef(() => {
    if (started.current) return;
    started.current = true;
    opts.load().then(
      (m) => setMod({ compute: m.compute, sizeProblem: m.sizeProblem }),
      () => {
        started.current = false;
        setFailed(true);
      },
    );
  });

  useEffect(() => {
    const el = opts.root.current;
    if (!el) return undefined;
    const go = () => load.current();
    for (const ev of ['pointerdown', 'focusin', 'keydown'] as const) el.addEventListener(ev, go, { once: true });
    return () => {
      for (const ev of ['pointerdown', 'focusin', 'keydown'] as const) el.removeEventListener(ev, go);
    };
  }, [opts.root]);

  useEffect(() => {
    if (!opts.atPreset) load.current();
  }, [opts.atPreset]);

  const computed = useMemo(() => (mod ? mod.compute(opts.state) : null), [mod, opts.state]);
  const view = computed ?? opts.initial;
  return {
    result: view.result,
    hr: (b: bigint) => view.hr[b.toString()] ?? `${b} bytes`,
    parseSize: mod ? mod.sizeProblem : () => null,
    pending: computed === null && !opts.atPreset,
    failed,
    source: computed === null ? 'server' : 'model',
  };
}
