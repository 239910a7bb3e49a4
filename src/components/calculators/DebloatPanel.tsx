/**
 * The network calculator's buffer-debloating panel: throughput and buffers in use (link extras
 * `tput`, `inuse`) → the buffer size Flink settles on, the in-flight data, the settings in force.
 * Render only: every figure comes from `computeDebloat` (the lazily loaded model chunk).
 */
import type { CalcStrings } from '~/i18n/calculators';
import type { DebloatView } from './compute-network';
import { fill, groupDigits } from './viewmodel';

export function DebloatPanel(props: {
  t: CalcStrings;
  uid: string;
  v: string;
  d: DebloatView;
  hr: (b: bigint) => string;
  extras: Readonly<Record<string, string>>;
  /** Sets a link extra ('' removes it). */
  set: (key: 'tput' | 'inuse', value: string) => void;
}) {
  const { t, d, hr } = props;
  const s = d.settings;
  const f = d.fig;
  const g = groupDigits;
  const input = (k: 'tput' | 'inuse', label: string, placeholder: string, bad: boolean) => (
    <label class="calc__select">
      <span>{label}</span>
      <input
        class="calc__mini"
        name={`debloat-${k}`}
        value={props.extras[k] ?? ''}
        placeholder={placeholder}
        aria-invalid={bad}
        onInput={(e) => props.set(k, (e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
  const row = (label: string, fig: string, b: bigint) => (
    <tr>
      <th scope="row">{label}</th>
      <td class="num" data-figure={fig} data-bytes={String(b)}>
        {hr(b)}
      </td>
    </tr>
  );
  return (
    <section class="calc__panel" data-debloat={d.enabled ? 'on' : d.available ? 'off' : 'none'} aria-labelledby={`${props.uid}-debloat`}>
      <h2 id={`${props.uid}-debloat`} class="calc__rot-title">
        {t['net.debloat']}
      </h2>
      <div class="calc__bar">
        {input('tput', t['net.dbTput'], d.tputDefault, d.tputError !== null)}
        {input('inuse', fill(t['net.dbInuse'], { n: d.inuseDefault }), String(d.inuseDefault), d.inuseError)}
      </div>
      {d.tputError !== null && (
        <p class="calc__field-error" data-error="" data-flink-message={d.tputError} role="alert">
          {t['net.dbTputBad']} {d.tputError}
        </p>
      )}
      {d.inuseError && (
        <p class="calc__field-error" data-error="" role="alert">
          {t['net.dbInuseBad']}
        </p>
      )}
      <p>{d.enabled ? t['net.dbOn'] : d.available ? t['net.dbOff'] : fill(t['net.dbNone'], { v: props.v })}</p>
      {f && (
        <>
          <table class="calc__table">
            <tbody>
              {row(d.enabled ? t['net.dbTarget'] : t['net.dbTargetIf'], 'debloatTarget', f.target)}
              {row(t['net.dbInFlight'], 'debloatInFlight', f.inFlight)}
              {row(t['net.dbDesired'], 'debloatDesired', f.desired)}
            </tbody>
          </table>
          <p>
            {fill(t['net.dbFormula'], {
              tput: g(f.throughput),
              ms: s.targetMs,
              desired: g(f.desired),
              n: f.buffersInUse,
              per: g(f.perBuffer),
              min: g(s.minSegmentSize),
              max: g(s.maxSegmentSize),
              size: g(f.target),
            })}
            {s.startingSize !== null && ` ${t['net.dbRound']}`}
          </p>
        </>
      )}
      <p>
        {fill(t['net.dbSettings'], {
          target: s.targetMs,
          period: s.periodMs,
          samples: s.samples,
          threshold: s.thresholdPercent,
          min: g(s.minSegmentSize),
          max: g(s.maxSegmentSize),
          start: s.startingSize === null ? '' : fill(t['net.dbStart'], { n: g(s.startingSize) }),
        })}
      </p>
      <p>{t['net.dbNote']}</p>
    </section>
  );
}
