/**
 * Shared parts of every calculator island: version/mode bar, generated inputs, figure table,
 * pool diagram, copy blocks, refusal box and the lazily loaded import/export panel.
 * Render only: every number shown comes from the model through the island.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { DeploymentMode, FlinkError, FlinkVersion, LogEntry } from '~/model/types';
import { FLINK_VERSIONS } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';
import type { UrlProblem } from '~/model/urlstate';
import type { IslandData } from './island-data';
import { importOnce } from './lazy';
import {
  defaultAt,
  fill,
  groupDigits,
  readsKey,
  segments,
  syntaxProblem,
  type FieldSpec,
} from './viewmodel';

/** A plain-language explanation of one message id, in the page's language. */
export interface Explanation {
  title: string;
  explanation: string;
  fix: string;
}

/** Props a page hands to a calculator island (serialised into the HTML: keep them small). */
export interface IslandOwnProps {
  lang: 'en' | 'zh';
  /** Flat Flink keys plus `v` / `mode`. */
  preset: Record<string, string>;
  /** The explanations the server-rendered result shows (the rest load on demand). */
  explanations: Record<string, Explanation>;
  /** Distinguishes several islands on one page (ids, URL ownership). */
  uid?: string;
  /** Only the page's own calculator reads and writes the URL; embeds keep their state local. */
  syncUrl?: boolean;
  /** The calculator page's path (links from embeds point there). */
  pageHref: string;
}

/** What a calculator component receives: its props, its language's table, and whether it is live. */
export type IslandProps = IslandOwnProps & IslandData & { live: boolean };

/** What in the link was not applied, and why (polite status). */
export function UrlProblems(props: { problems: readonly UrlProblem[]; texts: Readonly<Record<string, string>> }) {
  const m = useRefusalModule(props.problems.length > 0);
  return m && props.problems.length > 0 ? <m.UrlProblemsView {...props} /> : null;
}

let clipboardFallbackArea: HTMLTextAreaElement | null = null;

/** Copies text, falling back to a hidden textarea where the async clipboard is unavailable. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the legacy path */
  }
  try {
    clipboardFallbackArea ??= document.createElement('textarea');
    const ta = clipboardFallbackArea;
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  } catch {
    return false;
  }
}

/** A button that copies `text` and says so (politely) for screen readers. */
export function CopyButton({ t, text, label }: { t: CalcStrings; text: string; label?: string }) {
  const [status, setStatus] = useState<'' | 'ok' | 'fail'>('');
  return (
    <span class="calc__copy">
      <button
        type="button"
        class="calc__btn"
        aria-label={label ? `${t.copy}: ${label}` : t.copy}
        onClick={async () => setStatus((await copyText(text)) ? 'ok' : 'fail')}
      >
        {t.copy}
      </button>
      <span class="calc__copy-status" role="status">
        {status === 'ok' ? t.copied : status === 'fail' ? t.copyFailed : ''}
      </span>
    </span>
  );
}

/** A labelled monospace block with a copy button; `figure` sets the test hook. */
export function CopyBlock({ t, label, text, figure }: { t: CalcStrings; label: string; text: string; figure?: string }) {
  return (
    <div class="calc__block">
      <div class="calc__block-head">
        <span>{label}</span>
        <CopyButton t={t} text={text} label={label} />
      </div>
      <pre class="calc__pre" data-figure={figure} tabIndex={0} aria-label={label}>
        <code>{text === '' ? t.none : text}</code>
      </pre>
    </div>
  );
}

/** Version and deployment-mode selectors, reset and copy link. */
export function VersionModeBar(props: {
  t: CalcStrings;
  uid: string;
  v: FlinkVersion;
  mode: DeploymentMode;
  modes: readonly DeploymentMode[];
  onVersion: (v: FlinkVersion) => void;
  onMode: (m: DeploymentMode) => void;
  onReset: () => void;
  link: () => Promise<string>;
}) {
  const { t, uid } = props;
  return (
    <div class="calc__bar">
      <label class="calc__select">
        <span>{t.version}</span>
        <select
          id={`${uid}-v`}
          name="v"
          value={props.v}
          onChange={(e) => props.onVersion((e.currentTarget as HTMLSelectElement).value as FlinkVersion)}
        >
          {[...FLINK_VERSIONS].reverse().map((v) => (
            <option value={v} key={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {props.modes.length > 1 && (
        <label class="calc__select">
          <span>{t.mode}</span>
          <select
            id={`${uid}-mode`}
            name="mode"
            value={props.mode}
            onChange={(e) => props.onMode((e.currentTarget as HTMLSelectElement).value as DeploymentMode)}
          >
            {props.modes.map((m) => (
              <option value={m} key={m}>
                {t[`mode.${m}`]}
              </option>
            ))}
          </select>
        </label>
      )}
      <span class="calc__actions">
        <button type="button" class="calc__btn" title={t.resetTitle} onClick={props.onReset}>
          {t.reset}
        </button>
        <LinkButton t={t} link={props.link} />
      </span>
    </div>
  );
}

function LinkButton({ t, link }: { t: CalcStrings; link: () => Promise<string> }) {
  const [status, setStatus] = useState<'' | 'ok' | 'fail'>('');
  return (
    <span class="calc__copy">
      <button
        type="button"
        class="calc__btn"
        data-action="copy-link"
        onClick={async () => setStatus((await copyText(await link())) ? 'ok' : 'fail')}
      >
        {t.copyLink}
      </button>
      <span class="calc__copy-status" role="status">
        {status === 'ok' ? t.copied : status === 'fail' ? t.copyFailed : ''}
      </span>
    </span>
  );
}

/** Lists defaults that changed when the reader switched versions. */
export function DefaultChanges(props: { t: CalcStrings; fields: readonly FieldSpec[]; from: FlinkVersion | null; to: FlinkVersion }) {
  const shown = props.from !== null && props.from !== props.to;
  const m = useRefusalModule(shown);
  return m && shown ? <m.DefaultChangesView {...props} /> : null;
}

/** The problem with a typed value, in the page's language, or null. */
export function fieldProblem(
  t: CalcStrings,
  f: FieldSpec,
  text: string,
  parseSize: (s: string) => string | null,
): string | null {
  if (text.trim() === '') return null;
  if (f.type === 'memory') {
    const msg = parseSize(text);
    return msg === null ? null : fill(t.invalidSize, { msg });
  }
  const p = syntaxProblem(f.type, text);
  return p === null ? null : t[p];
}

/** The generated inputs, grouped, for the options `v` reads (others set by the reader stay visible). */
export function Fields(props: {
  t: CalcStrings;
  uid: string;
  fields: readonly FieldSpec[];
  v: FlinkVersion;
  config: Readonly<Record<string, string>>;
  errorKeys: readonly string[];
  onChange: (key: string, value: string) => void;
  parseSize: (s: string) => string | null;
}) {
  const { t, uid, v, config } = props;
  const shown = props.fields.filter((f) => readsKey(f, v) || (config[f.key] ?? '') !== '');
  const groups: string[] = [];
  for (const f of shown) if (!groups.includes(f.group)) groups.push(f.group);
  return (
    <div class="calc__fields">
      {groups.map((g) => (
        <fieldset class="calc__group" key={g}>
          <legend>{(t as Record<string, string>)[`group.${g}`] ?? g}</legend>
          {shown
            .filter((f) => f.group === g)
            .map((f) => (
              <FieldInput
                key={f.key}
                t={t}
                uid={uid}
                f={f}
                v={v}
                value={config[f.key] ?? ''}
                flagged={props.errorKeys.includes(f.key)}
                onChange={props.onChange}
                parseSize={props.parseSize}
              />
            ))}
        </fieldset>
      ))}
    </div>
  );
}

function FieldInput(props: {
  t: CalcStrings;
  uid: string;
  f: FieldSpec;
  v: FlinkVersion;
  value: string;
  flagged: boolean;
  onChange: (key: string, value: string) => void;
  parseSize: (s: string) => string | null;
}) {
  const { t, f, v, value } = props;
  const id = `${props.uid}-${f.key.replace(/[^\w-]/g, '_')}`;
  const read = readsKey(f, v);
  const def = read ? defaultAt(f.defaults, v) : null;
  const problem = fieldProblem(t, f, value, props.parseSize);
  const set = value !== '';
  const cls = ['calc__field', set ? 'is-set' : '', props.flagged || problem ? 'is-flagged' : '', read ? '' : 'is-unread']
    .filter(Boolean)
    .join(' ');
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const placeholder = read ? (def ?? t.noDefault) : fill(t.removedInVersion, { v });
  const describedBy = problem ? `${hintId} ${errId}` : hintId;
  const choice = f.type === 'boolean' || (f.type === 'enum' && f.values);
  return (
    <div class={cls} data-key={f.key}>
      <label for={id}>
        <code class="calc__key">{f.key}</code>
        <span class="calc__name">{f.name}</span>
        {set && <span class="calc__badge">{t.explicit}</span>}
      </label>
      <div class="calc__input-row">
        {choice ? (
          <select
            id={id}
            name={f.key}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={props.flagged || problem !== null}
            onChange={(e) => props.onChange(f.key, (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{def === null ? `— ${t.noDefault} —` : `— ${def} —`}</option>
            {(f.type === 'boolean' ? ['true', 'false'] : (f.values ?? [])).map((o) => (
              <option value={o} key={o}>
                {o}
              </option>
            ))}
            {value !== '' && !(f.type === 'boolean' ? ['true', 'false'] : (f.values ?? [])).includes(value) && (
              <option value={value}>{value}</option>
            )}
          </select>
        ) : (
          <input
            id={id}
            name={f.key}
            type="text"
            inputMode={f.type === 'int' || f.type === 'long' ? 'numeric' : f.type === 'memory' ? 'text' : 'decimal'}
            autoComplete="off"
            spellcheck={false}
            value={value}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={props.flagged || problem !== null}
            onInput={(e) => props.onChange(f.key, (e.currentTarget as HTMLInputElement).value)}
          />
        )}
        {set && (
          <button
            type="button"
            class="calc__clear"
            aria-label={fill(t.clearFieldLabel, { key: f.key })}
            onClick={() => props.onChange(f.key, '')}
          >
            ×
          </button>
        )}
      </div>
      <small id={hintId} class="calc__hint">
        {f.description}
      </small>
      {problem && (
        <small id={errId} class="calc__field-error" data-field-error={f.key}>
          {problem}
        </small>
      )}
    </div>
  );
}

/** A row of the figure table. */
export interface FigureRow {
  name: string;
  label: string;
  bytes: bigint;
  human: string;
  /** Visual nesting level (0 = total). */
  level?: number;
}

/** The label of figure `name` in the page's language (`fig.<name>`), or the name itself. */
export function figureLabel(t: CalcStrings, name: string): string {
  return (t as unknown as Record<string, string>)[`fig.${name}`] ?? name;
}

/** Table rows for the named byte figures of a result; totals are marked by `levels` (default 1). */
export function figureRows<K extends string>(
  t: CalcStrings,
  names: readonly K[],
  result: Readonly<Record<K, bigint>>,
  hr: (b: bigint) => string,
  levels: Partial<Record<K, number>>,
): FigureRow[] {
  return names.map((n) => ({ name: n, label: figureLabel(t, n), bytes: result[n], human: hr(result[n]), level: levels[n] ?? 1 }));
}

/** Exact bytes and Flink's human-readable form per figure; carries the `data-figure` hooks. */
export function FigureTable({ t, rows, caption }: { t: CalcStrings; rows: readonly FigureRow[]; caption?: string }) {
  return (
    <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={caption ?? t.results}>
      <table class="calc__table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t.component}</th>
            <th scope="col">{t.bytes}</th>
            <th scope="col">{t.flinkForm}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} class={`lvl-${r.level ?? 1}`}>
              <th scope="row">
                <span class={`calc__swatch sw-${r.name}`} aria-hidden="true" />
                {r.label}
              </th>
              <td class="num" data-figure={r.name} data-bytes={r.bytes.toString()}>
                {groupDigits(r.bytes)}
              </td>
              <td class="calc__human">{r.human}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One bar of the diagram. */
export interface BarSpec {
  label: string;
  parts: readonly { name: string; label: string; bytes: bigint }[];
}

/**
 * Stacked bars as SVG (one per bar, text-free so it can stretch to any width); labels are HTML
 * above each bar. Colours come from CSS classes (both themes); each SVG has a text alternative
 * listing every part, and the figure table next to it is the visible legend.
 */
export function PoolDiagram({
  t,
  bars,
  human,
  uid,
}: {
  t: CalcStrings;
  bars: readonly BarSpec[];
  human: (b: bigint) => string;
  uid: string;
}) {
  return (
    <figure class="calc__diagram" aria-label={t.diagramTitle}>
      {bars.map((b, i) => {
        const id = `${uid}-bar-${i}`;
        const desc = b.parts.map((p) => fill(t.diagramSummary, { name: p.label, size: human(p.bytes) })).join(', ');
        return (
          <div key={b.label} class="calc__bar-row">
            <div class="calc__bar-label" id={`${id}-t`}>
              {b.label}
            </div>
            <svg viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-labelledby={`${id}-t ${id}-d`} class="calc__svg">
              <desc id={`${id}-d`}>{desc}</desc>
              {segments(b.parts).map((s) => (
                <rect key={s.name} x={s.x} y={0} width={s.w} height={40} class={`seg sw-${s.name}`}>
                  <title>{`${b.parts.find((p) => p.name === s.name)?.label ?? s.name}: ${human(s.bytes)}`}</title>
                </rect>
              ))}
            </svg>
          </div>
        );
      })}
    </figure>
  );
}

/** The full explanation tables, fetched at most once per language. */
const loadExplanations = importOnce(() => import('./explanations'));

/**
 * The page ships only the explanations its server-rendered result needs (the full tables would
 * add tens of kilobytes of HTML to every page with a calculator); any other id is looked up in
 * the table loaded on demand, in the page's language.
 */
export function useExplanations(given: Readonly<Record<string, Explanation>>): (id: string) => Explanation | undefined {
  const [loaded, setLoaded] = useState<Readonly<Record<string, Explanation>> | undefined>(undefined);
  // Set by lookups during render; the effect after the render fetches the table once if needed.
  const missed = useRef(false);
  missed.current = false;
  useEffect(() => {
    if (!missed.current || loaded) return;
    let live = true;
    const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
    loadExplanations()
      .then((m) => m.explanationsFor(lang))
      .then((table) => {
        if (live) setLoaded(table);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  });
  return (id) => {
    const e = given[id] ?? loaded?.[id];
    if (e === undefined && loaded === undefined) missed.current = true;
    return e;
  };
}

type RefusalModule = typeof import('./refusal');
let refusalModule: RefusalModule | undefined;
const loadRefusal = importOnce(() => import('./refusal'));

/** Loads `./refusal` once `needed`; renders nothing until it has arrived (a frame or two). */
function useRefusalModule(needed: boolean): RefusalModule | undefined {
  const [m, setM] = useState<RefusalModule | undefined>(refusalModule);
  useEffect(() => {
    if (m || !needed) return;
    let live = true;
    loadRefusal().then(
      (x) => {
        refusalModule = x;
        if (live) setM(x);
      },
      // The chunk did not arrive: nothing extra is shown; the next render that needs it retries.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [m, needed]);
  return m;
}

/** Flink's refusal: verbatim message on the hook, then explanation and fix in the page's language. */
export function Refusal(props: { t: CalcStrings; error: FlinkError; explanations: Readonly<Record<string, Explanation>> }) {
  const m = useRefusalModule(true);
  return m ? <m.RefusalView {...props} /> : null;
}

/** WARN lines Flink would log (INFO lines are noise here). */
export function LogList(props: { t: CalcStrings; log: readonly LogEntry[]; explanations: Readonly<Record<string, Explanation>> }) {
  const hasWarn = props.log.some((l) => l.level === 'WARN');
  const m = useRefusalModule(hasWarn);
  return m ? <m.LogListView {...props} /> : null;
}

/**
 * The results. A short visually hidden summary is the polite live region (announcing the whole
 * table on every keystroke would drown a screen reader); the region itself is just labelled.
 */
export function Results({
  t,
  children,
  busy,
  failed,
  announce,
}: {
  t: CalcStrings;
  children: ComponentChildren;
  busy?: boolean;
  failed?: boolean;
  announce: string;
}) {
  return (
    <section class="calc__results" aria-busy={busy ? 'true' : 'false'} aria-label={t.results}>
      <p class="visually-hidden" aria-live="polite" data-announce="">
        {announce}
      </p>
      {failed && (
        <p class="calc__field-error" role="alert">
          {t.loadFailed}
        </p>
      )}
      {children}
    </section>
  );
}

/**
 * Marks the end of a re-render after an input, for `npm run bench`: a layout effect runs once the
 * DOM is updated and before the browser paints (a plain effect would wait for the next frame).
 */
export function useRenderedMark(dep: unknown): void {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (typeof performance !== 'undefined' && performance.mark) performance.mark('fmg:rendered');
  }, [dep]);
}

/** Marks a keystroke (pair of `fmg:rendered`). */
export function markInput(): void {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark('fmg:input');
}
