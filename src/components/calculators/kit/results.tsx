/**
 * Result parts shared by the calculators: figure table, pool diagram, the results region, and
 * Flink's refusal and warnings (their views load on demand: `notes.tsx`, `fixes.tsx`). Render only: every
 * number shown comes from the model through the island.
 */
import type { ComponentChildren } from 'preact';
import type { FlinkError, LogEntry } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';
import type { Advice } from '~/model/advice/types';
import { useLazy } from './lazy';
import { loadFixes, loadNotes } from './lazy-views';
import { groupDigits } from './viewmodel';
import type { Explanation } from './types';

/** A row of the figure table. */
export interface FigureRow {
  name: string;
  label: string;
  bytes: bigint;
  human: string;
  /** Visual nesting level (0 = total). */
  level?: number;
  /** Shown instead of the byte count (e.g. "—" where local execution has no real size). */
  exact?: string;
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
    <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={caption ?? t.figureTable}>
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
                {r.exact ?? groupDigits(r.bytes)}
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

/** Flink's refusal: verbatim message on the hook, then explanation and fix in the page's language. */
export function Refusal(props: {
  t: CalcStrings;
  error: FlinkError;
  explanations: Readonly<Record<string, Explanation>>;
  advice?: Advice | undefined;
  lang?: 'en' | 'zh';
}) {
  const m = useLazy(loadFixes, true).module;
  return m ? <m.RefusalView {...props} /> : null;
}

/** The model's verified fixes (or that no single change fixes it). */
export function FixList(props: { t: CalcStrings; advice: Advice; lang: 'en' | 'zh' }) {
  const m = useLazy(loadFixes, true).module;
  return m ? <m.FixList {...props} /> : null;
}

/** Every INFO / WARN line Flink logs while deriving, explained (Flink's own text folded). */
export function LogList(props: {
  t: CalcStrings;
  log: readonly LogEntry[];
  explanations: Readonly<Record<string, Explanation>>;
}) {
  const m = useLazy(loadNotes, props.log.length > 0).module;
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
