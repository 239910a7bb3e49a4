/**
 * What the calculator islands share around their own results: the state hook (URL state,
 * lazily loaded model, render marks) and the frame (root with test hooks, the form's version /
 * mode bar, link problems, changed defaults and option fields, then import / export).
 */
import { useMemo, useRef, type MutableRef } from 'preact/hooks';
import { Component, type ComponentChildren } from 'preact';
import type { DeploymentMode } from '~/model/types';
import { DefaultChanges, Fields, UrlProblems, VersionModeBar } from './form';
import { markInput, useRenderedMark } from './marks';
import { ImportExport } from './ImportExport';
import { RelatedLinks } from './related';
import { SummaryBar, type SummarySpec } from './summary';
import { stateKey, useCalcState, type CalcStateApi } from './state';
import { useLazyModel, type Lazy, type LazyModel } from './lazy';
import type { IslandProps, ModelModule, WithHuman } from './types';

/** One calculator's live state: URL-backed inputs and the model's (or the server's) result. */
export interface Calculator<R> extends LazyModel<R> {
  root: MutableRef<HTMLDivElement | null>;
  st: CalcStateApi;
  /** The option keys the calculator reads (its fields). */
  keys: readonly string[];
  uid: string;
  /** Sets one option, as typed. */
  onChange: (key: string, value: string) => void;
}

/** The state every calculator island starts from. */
export function useCalculator<R>(p: IslandProps, opts: { load: Lazy<ModelModule<R>>; initial: WithHuman<R> }): Calculator<R> {
  const root = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => p.fields.map((f) => f.key), [p.fields]);
  const st = useCalcState({
    preset: p.preset,
    allowedKeys: keys,
    extraKeys: p.calculator.extras,
    syncUrl: p.syncUrl ?? true,
    pageHref: p.pageHref,
    typed: p.typed,
  });
  const model = useLazyModel({ load: opts.load, state: st.state, initial: opts.initial, atPreset: st.atPreset, root });
  useRenderedMark(model.result);
  return {
    ...model,
    root,
    st,
    keys,
    uid: p.uid ?? p.calculator.name,
    onChange: (k, v) => {
      markInput();
      st.setKey(k, v);
    },
  };
}

/**
 * The calculator's root and form. `inputs` go between the changed defaults and the option
 * fields (a job editor, use cases); `children` are the results and panels. The results come
 * first in the DOM (on a phone they are above the long form), with the summary before them;
 * on wide screens CSS puts the form in the left column.
 */
export function CalculatorFrame<R>(props: {
  p: IslandProps;
  c: Calculator<R>;
  /** The mode shown (a calculator without local mode shows `standalone` for it). */
  mode: DeploymentMode;
  ok: boolean;
  errorKeys: readonly string[];
  inputs?: ComponentChildren;
  /** The key figures kept in view while editing (see summary.tsx). */
  summary?: SummarySpec;
  children: ComponentChildren;
}) {
  const { p, c, mode } = props;
  const def = p.calculator;
  const { t } = p;
  const { st } = c;
  const { state } = st;
  const resultsId = `${c.uid}-results`;
  // A link's figures are its own once its state is read and the model computed it (or it is
  // the preset the server rendered); until then CSS shows them as pending (see calculators.css).
  const link =
    st.urlRead === 'failed' || c.failed
      ? 'failed'
      : st.urlRead === 'done' && (c.source === 'model' || st.atPreset)
        ? 'ready'
        : 'pending';
  return (
    <div
      ref={c.root}
      class="calc"
      data-calculator={def.name}
      data-source={c.source}
      data-state={props.ok ? 'ok' : 'error'}
      data-live={p.live ? '' : undefined}
      data-link={link}
    >
      {st.urlRead === 'failed' && !c.failed && (
        <p class="calc__field-error" role="alert">
          {t.loadFailed}
        </p>
      )}
      <form class="calc__form" onSubmit={(e) => e.preventDefault()} aria-label={t.inputs}>
        <VersionModeBar
          t={t}
          uid={c.uid}
          v={state.v}
          mode={mode}
          modes={def.modes}
          onVersion={(v) => {
            markInput();
            st.setVersion(v);
          }}
          onMode={(m) => {
            markInput();
            st.setMode(m);
          }}
          onReset={st.reset}
          link={st.link}
        />
        <UrlProblems problems={st.problems} texts={p.urlTexts} title={t.urlProblemsTitle} />
        <DefaultChanges t={t} fields={p.fields} from={st.previousVersion} to={state.v} />
        {props.inputs}
        <Fields
          t={t}
          uid={c.uid}
          fields={p.fields}
          v={state.v}
          config={state.config}
          errorKeys={props.errorKeys}
          onChange={c.onChange}
          parse={c.parse}
        />
      </form>
      <div class="calc__out">
        {props.summary && (
          <SummaryBar
            t={t}
            spec={props.summary}
            resultsId={resultsId}
            refused={!props.ok && props.summary.verdict === undefined}
          />
        )}
        <div class="calc__full" id={resultsId} tabIndex={-1}>
          {c.computeError !== null && (
            <p class="calc__field-error" role="alert" data-compute-error={c.computeError}>
              {t.computeFailed}
            </p>
          )}
          <Guard stateKey={stateKey(state)} message={t.computeFailed}>
            {props.children}
          </Guard>
          <RelatedLinks pageHref={p.pageHref} state={state} targets={p.related} />
        </div>
      </div>
      <ImportExport
        t={t}
        lang={p.lang}
        kind={def.name}
        v={state.v}
        mode={mode}
        config={state.config}
        allowedKeys={c.keys}
        onImport={(config, detected) => {
          markInput();
          st.setConfig(config);
          if (detected?.version) st.setVersion(detected.version);
          if (detected?.mode && def.modes.includes(detected.mode)) st.setMode(detected.mode);
        }}
      />
    </div>
  );
}

/**
 * Keeps a result view that throws while rendering from taking the form down with it: the message
 * replaces the results until the state changes.
 */
class Guard extends Component<
  { stateKey: string; message: string; children: ComponentChildren },
  { error: string | null; at: string }
> {
  override state = { error: null as string | null, at: '' };
  static override getDerivedStateFromProps(p: { stateKey: string }, s: { error: string | null; at: string }) {
    return p.stateKey === s.at ? null : { error: null, at: p.stateKey };
  }
  override componentDidCatch(e: unknown): void {
    this.setState({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
  override render() {
    if (this.state.error !== null) {
      return (
        <p class="calc__field-error" role="alert" data-compute-error={this.state.error}>
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
