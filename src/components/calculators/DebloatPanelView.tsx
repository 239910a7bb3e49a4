/**
 * The buffer-debloating panel: throughput and buffers in use (link extras `tput`, `inuse`) →
 * status (on / off / not in this version), the steady-state buffer size and the in-flight data,
 * the formula with its rounding, the settings in force, and what debloating does not change.
 * Part of the lazily loaded model chunk (`compute-network` imports it; see DebloatPanel.tsx).
 * Render only: every number comes from `computeDebloat`.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DebloatPanelProps, DebloatRegistry } from './DebloatPanel';
import type { DebloatView } from './compute-network';
import { markInput } from './Shell';
import { DEFAULT_TPUT } from './compute-network';
import { fill, groupDigits as g } from './viewmodel';

type Key = 'tput' | 'inuse';

/**
 * What a reader does in a server-rendered panel (by slot id) until the live view takes it over:
 * the input they are in and what they typed. Recorded from the moment this chunk arrives, so the
 * takeover, which runs in the same task as the swap, loses no keystroke and keeps the focus.
 */
const typed = new Map<string, { key: Key; value: string; focused: boolean }>();
const taken = new Set<string>();
function note(e: EventTarget | null, focused = true): void {
  const slot = e instanceof HTMLInputElement ? e.closest('[data-debloat-slot]') : null;
  if (e instanceof HTMLInputElement && slot && !taken.has(slot.id)) {
    typed.set(slot.id, { key: e.name === 'debloat-inuse' ? 'inuse' : 'tput', value: e.value, focused });
  }
}
if (typeof document !== 'undefined') {
  note(document.activeElement);
  for (const ev of ['input', 'focusin'] as const) document.addEventListener(ev, (e) => note(e.target), true);
  // Leaving the field. Chromium also fires focusout when the swap removes it: only a field still
  // in the page once the current task's microtasks (the swap) are done was left by the reader.
  document.addEventListener('focusout', (e) => queueMicrotask(() => (e.target as Node).isConnected && note(e.target, false)), true);
}

export function DebloatPanelView(props: DebloatPanelProps & { d: DebloatView }) {
  const { t, d, hr } = props;
  const { extras, v } = props.st.state;
  const set = (k: Key, value: string) => {
    markInput();
    props.st.setExtra(k, value === '' ? null : value);
  };
  const s = d.settings;
  const f = d.fig;
  const id = `${props.uid}-debloat`;
  const root = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const slot = `${id}-slot`;
    const x = typed.get(slot);
    taken.add(slot);
    typed.delete(slot);
    if (!x) return;
    if (x.value !== (extras[x.key] ?? '')) set(x.key, x.value);
    const el = root.current?.querySelector<HTMLInputElement>(`input[name="debloat-${x.key}"]`);
    if (x.focused && el) {
      el.value = x.value;
      el.focus();
      el.setSelectionRange(x.value.length, x.value.length);
    }
    // Once, when the live panel replaces the server's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
    <section ref={root} class="calc__panel" data-debloat={d.enabled ? 'on' : d.available ? 'off' : 'none'} aria-labelledby={id}>
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
                {row(fill(t['net.dbAnnounced'], { s: f.settledMs / 1000, p: s.thresholdPercent }), 'debloatAnnounced', f.announced)}
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

(globalThis as DebloatRegistry).__fmgDebloatPanel = DebloatPanelView;
