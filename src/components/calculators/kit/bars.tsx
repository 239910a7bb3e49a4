/**
 * Labelled stacked bars: each part is named with its size inside the bar where it fits (a CSS
 * container query hides the text of narrow parts), every bar has a scale (0, half, total) and its
 * own legend listing every part, so the picture reads without the table, at 360 px and in both
 * themes (colours are the calculators' CSS variables). Render only.
 */
import type { CalcStrings } from '~/i18n/calculators';
import { segments } from './viewmodel';
import type { BarSpec } from './results';

/** Flink's human form without its exact byte count: `512.000mb`. */
const short = (s: string) => s.replace(/ \([\d,]+ bytes\)$/, '');

/** A scale tick in Flink's style (`864.000mb`, `1.688gb`); ticks need not be figures the model printed. */
function tick(b: bigint): string {
  const mb = Number(b) / 2 ** 20;
  if (mb >= 1024) return `${(mb / 1024).toFixed(3)}gb`;
  if (mb >= 1) return `${mb.toFixed(3)}mb`;
  return `${(Number(b) / 1024).toFixed(3)}kb`;
}

/** The pool diagram with labels, scale and legend (same props as `PoolDiagram`). */
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
    <figure class="calc__diagram calc__bars" aria-label={t.diagramTitle}>
      {bars.map((b, i) => {
        const id = `${uid}-bar-${i}`;
        const total = b.parts.reduce((a, p) => a + (p.bytes > 0n ? p.bytes : 0n), 0n);
        const label = (name: string) => b.parts.find((p) => p.name === name)?.label ?? name;
        return (
          <div key={b.label} class="calc__bar-row" data-bar={i}>
            <div class="calc__bar-label" id={`${id}-t`}>
              {b.label}: {short(human(total))}
            </div>
            <div class="calc__bars-track" role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
              {segments(b.parts).map((s) =>
                s.w > 0 ? (
                  <div
                    key={s.name}
                    class={`calc__seg sw-${s.name}`}
                    style={{ width: `${s.w / 10}%` }}
                    title={`${label(s.name)}: ${human(s.bytes)}`}
                  >
                    <span class="calc__seg-text" aria-hidden="true">
                      <span>{label(s.name)}</span> <span>{short(human(s.bytes))}</span>
                    </span>
                  </div>
                ) : null,
              )}
            </div>
            <div class="calc__scale" aria-hidden="true">
              <span>0</span>
              <span>{tick(total / 2n)}</span>
              <span>{short(human(total))}</span>
            </div>
            <ul class="calc__legend" id={`${id}-d`}>
              {b.parts.map((p) => (
                <li key={p.name}>
                  <span class={`calc__swatch sw-${p.name}`} aria-hidden="true" />
                  {p.label} <span class="calc__legend-size">{short(human(p.bytes))}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </figure>
  );
}
