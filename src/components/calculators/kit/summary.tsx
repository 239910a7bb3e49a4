/**
 * The compact summary that keeps a calculator's key figures in view while the reader edits the
 * long form: sticky at the top of the results column on wide screens, a bar at the top of the
 * calculator on phones with a link that jumps to the full results. Render only: the island
 * passes figures it already shows (the summary carries `data-summary`, never `data-figure`, so
 * test hooks keep pointing at the full results).
 */
import type { CalcStrings } from '~/i18n/calculators';

/** One figure of the summary: a short label and the value as the results print it. */
export interface SummaryItem {
  name: string;
  label: string;
  value: string;
  /** False for counts that have no pool colour. */
  swatch?: boolean;
}

/** What a calculator shows in its summary: figures, or a verdict (the network calculator). */
export interface SummarySpec {
  items: readonly SummaryItem[];
  /** A one-line verdict shown before the figures; `ok: false` is styled as a problem. */
  verdict?: { ok: boolean; text: string };
}

/** Flink's human form without its exact byte count (the full results carry it): `1.688gb`. */
function short(value: string): string {
  return value.replace(/ \([\d,]+ bytes\)$/, '');
}

/** The summary bar; `resultsId` is the id of the full results it links to. */
export function SummaryBar({
  t,
  spec,
  resultsId,
  refused,
}: {
  t: CalcStrings;
  spec: SummarySpec;
  resultsId: string;
  /** Flink refuses the configuration: the bar says so instead of showing stale figures. */
  refused: boolean;
}) {
  return (
    <aside class="calc__summary" aria-label={t.summary} data-summary-bar="">
      {refused ? (
        <p class="calc__summary-verdict is-bad" data-summary="refused">
          {t.refusedTitle}
        </p>
      ) : (
        <>
          {spec.verdict && (
            <p class={`calc__summary-verdict ${spec.verdict.ok ? 'is-ok' : 'is-bad'}`} data-summary="verdict">
              {spec.verdict.text}
            </p>
          )}
          {spec.items.length > 0 && (
            <dl class="calc__summary-list">
              {spec.items.map((i) => (
                <div key={i.name} class="calc__summary-item" data-summary={i.name}>
                  <dt>
                    {i.swatch !== false && <span class={`calc__swatch sw-${i.name}`} aria-hidden="true" />}
                    {i.label}
                  </dt>
                  <dd title={i.value}>{short(i.value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
      <a class="calc__summary-jump" href={`#${resultsId}`}>
        {t.summaryJump}
      </a>
    </aside>
  );
}
