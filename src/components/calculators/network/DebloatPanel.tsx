/**
 * The buffer-debloating panel: throughput and buffers in use (link extras `tput`, `inuse`) →
 * status (on / off / not in this version), the steady-state buffer size and the in-flight data,
 * the formula with its rounding, the settings in force, and what debloating does not change.
 * Render only: every number comes from `computeDebloat` (the server's until the model loads).
 */
import type { CalcStrings } from '~/i18n/calculators';
import type { CalcStateApi } from '../kit/state';
import { markInput } from '../kit/marks';
import { fill, groupDigits as g } from '../kit/viewmodel';
import { DEFAULT_TPUT, type DebloatView } from './debloat-view';

type Key = 'tput' | 'inuse';

/** The panel's props: the model's figures and the calculator's state (version, `tput`, `inuse`). */
export interface DebloatPanelProps {
  t: CalcStrings;
  uid: string;
  d: DebloatView;
  hr: (b: bigint) => string;
  st: Pick<CalcStateApi, 'state' | 'setExtra'>;
}

export function DebloatPanel(props: DebloatPanelProps) {
  const { t, d, hr } = props;
  const { extras, v } = props.st.state;
  const set = (k: Key, value: string) => {
    markInput();
    props.st.setExtra(k, value === '' ? null : value);
  };
  const s = d.settings;
  const f = d.fig;
  const id = `${props.uid}-debloat`;
  const input = (k: Key, label: string, placeholder: string | number, bad: boolean) => (
    <label class="calc__select">
      <span>{label}</span>
      <input
        class="calc__mini"
        name={`debloat-${k}`}
        value={extras[k] ?? ''}
        placeholder={String(placeholder)}
        aria-invalid={bad}
        onInput={(e) => set(k, (e.currentTarget as HTMLInputElement).value)}
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
    <section class="calc__panel" data-debloat={d.enabled ? 'on' : d.available ? 'off' : 'none'} aria-labelledby={id}>
      <h2 id={id} class="calc__rot-title">
        {t['net.debloat']}
      </h2>
      <div class="calc__bar">
        {input('tput', t['net.dbTput'], DEFAULT_TPUT, d.tputError !== null)}
        {input('inuse', fill(t['net.dbInuse'], { n: d.inuseDefault }), d.inuseDefault, d.inuseError)}
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
      <p>{d.enabled ? t['net.dbOn'] : d.available ? t['net.dbOff'] : fill(t['net.dbNone'], { v })}</p>
      {f && (
        <>
          <div class="calc__table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
            <table class="calc__table">
              <tbody>
                {row(d.enabled ? t['net.dbTarget'] : t['net.dbTargetIf'], 'debloatTarget', f.target)}
                {row(t['net.dbInFlight'], 'debloatInFlight', f.inFlight)}
                {row(
                  fill(t['net.dbAnnounced'], { s: f.settledMs / 1000, p: s.thresholdPercent }),
                  'debloatAnnounced',
                  f.announced,
                )}
              </tbody>
            </table>
          </div>
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
