/**
 * The advisor island: a form (state in the URL) and the advice — every key with its reason, the
 * warnings, the model's checks, exports and calculator links. The model arrives lazily (`./view`);
 * until it has computed a link's own advice, the figures are visibly pending.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FLINK_VERSIONS } from '~/model/types';
import { CHECKPOINTING, DEPLOYMENTS, EXCHANGE_PRESETS, GOALS, JOB_MODES, STATE_BACKENDS } from '~/model/advisor/types';
import type { AdvisorUiKey } from '~/i18n/advisor';
import { decodeForm, encodeForm, hasFormState, DEFAULT_FORM, type AdvisorForm } from './urlstate';
import type { AdviceView } from './view';
import './advisor.css';

interface Props {
  lang: 'en' | 'zh';
  ui: Record<AdvisorUiKey, string>;
  base: string;
  /** The advice for the default form, computed on the server. */
  initial: AdviceView;
  rulesHref: string;
  compareHref: string;
}

type Field = Exclude<keyof AdvisorForm, 'goals' | 'sqlWindows' | 'sqlJoins' | 'sqlAggs' | 'python'>;

export default function Advisor({ lang, ui, base, initial, rulesHref, compareHref }: Props) {
  const [form, setForm] = useState<AdvisorForm>(DEFAULT_FORM);
  const [view, setView] = useState<AdviceView>(initial);
  const [pending, setPending] = useState(false);
  const [format, setFormat] = useState('config-yaml');
  const [failed, setFailed] = useState(false);
  /** The figures shown are this page's own (server default with no link state, or computed). */
  const [live, setLive] = useState(false);
  const seq = useRef(0);

  const compute = (f: AdvisorForm) => {
    const n = ++seq.current;
    import('./view')
      .then(({ adviceView }) => {
        if (n !== seq.current) return;
        setView(adviceView(f, lang, base));
        setPending(false);
        setFailed(false);
        setLive(true);
      })
      .catch(() => setFailed(true));
  };

  useEffect(() => {
    const search = window.location.search;
    if (hasFormState(search)) {
      const f = decodeForm(search);
      setForm(f);
      setPending(true);
      compute(f);
    } else {
      setLive(true);
      // The server sends the default advice without its exports (page weight): fill them in.
      compute(DEFAULT_FORM);
    }
  }, []);

  const update = (patch: Partial<AdvisorForm>) => {
    const f = { ...form, ...patch };
    setForm(f);
    setPending(true);
    const q = encodeForm(f);
    history.replaceState(null, '', `${window.location.pathname}${q}${window.location.hash}`);
    compute(f);
  };

  const text = (name: Field, label: string, hint?: string) => (
    <label class="advisor__field">
      <span>{label}</span>
      <input
        type="text"
        name={name}
        value={form[name]}
        spellcheck={false}
        autocomplete="off"
        placeholder={hint}
        onInput={(e) => update({ [name]: (e.currentTarget as HTMLInputElement).value } as Partial<AdvisorForm>)}
      />
    </label>
  );
  const select = (name: Field, label: string, options: readonly string[], empty?: string) => (
    <label class="advisor__field">
      <span>{label}</span>
      <select
        name={name}
        value={form[name]}
        onChange={(e) => update({ [name]: (e.currentTarget as HTMLSelectElement).value } as Partial<AdvisorForm>)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  const check = (name: 'sqlWindows' | 'sqlJoins' | 'sqlAggs' | 'python', label: string) => (
    <label class="advisor__check">
      <input
        type="checkbox"
        name={name}
        checked={form[name]}
        onChange={(e) => update({ [name]: (e.currentTarget as HTMLInputElement).checked })}
      />
      {label}
    </label>
  );
  const exp = view.exports.find((x) => x.id === format) ?? view.exports[0];
  const shareHref = typeof window === 'undefined' ? '' : `${window.location.pathname}${encodeForm(form)}`;

  return (
    <div class="advisor" data-advisor data-live={live ? '' : undefined}>
      <form class="advisor__form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{ui.cluster}</legend>
          {select('version', ui.version, [...FLINK_VERSIONS].reverse(), FLINK_VERSIONS[FLINK_VERSIONS.length - 1])}
          {select('deployment', ui.deployment, DEPLOYMENTS)}
          {text('tmMemory', ui.tmMemory, '4Gi')}
          {text('cpus', ui.tmCpus, '2')}
          {text('slots', ui.slots, ui.derive)}
          {text('jmMemory', ui.jmMemory, '1600m')}
          {form.deployment === 'yarn' && text('yarnMin', ui.yarnMin, '1024')}
        </fieldset>
        <fieldset>
          <legend>{ui.jobSection}</legend>
          {select('mode', ui.mode, JOB_MODES)}
          {select('backend', ui.stateBackend, STATE_BACKENDS)}
          {text('state', ui.stateSize, '2g')}
          {text('parallelism', ui.parallelism, '8')}
          {select('exchanges', ui.exchanges, EXCHANGE_PRESETS)}
          {select('checkpointing', ui.checkpointing, CHECKPOINTING)}
          <div class="advisor__checks">
            {check('sqlWindows', ui.sqlWindows)}
            {check('sqlJoins', ui.sqlJoins)}
            {check('sqlAggs', ui.sqlAggs)}
            {check('python', ui.python)}
          </div>
        </fieldset>
        <fieldset>
          <legend>{ui.goalsSection}</legend>
          {GOALS.map((g) => (
            <label class="advisor__check" key={g}>
              <input
                type="checkbox"
                name={`goal-${g}`}
                checked={form.goals.includes(g)}
                onChange={(e) =>
                  update({
                    goals: (e.currentTarget as HTMLInputElement).checked ? [...form.goals, g] : form.goals.filter((x) => x !== g),
                  })
                }
              />
              {ui[`goal.${g}` as AdvisorUiKey]}
            </label>
          ))}
        </fieldset>
      </form>

      <section class="advisor__result" aria-live="polite" aria-busy={pending} data-pending={pending ? 'true' : 'false'}>
        {failed && (
          <p class="advisor__bad" role="alert">
            ⚠
          </p>
        )}
        {view.problems.length > 0 && (
          <div class="advisor__problems">
            <h2>{ui.problems}</h2>
            <ul>
              {view.problems.map((p) => (
                <li key={p.id} data-problem={p.id}>
                  {p.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        {view.warnings.length > 0 && (
          <div class="advisor__warnings">
            <h2>{ui.warnings}</h2>
            <ul>
              {view.warnings.map((w, i) => (
                <li key={`${w.id}${i}`} data-warning={w.id}>
                  {pending ? '…' : w.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        <h2 id="advice">{ui.result}</h2>
        <div class="table-wrap advisor__table" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th>{ui.key}</th>
                <th>{ui.value}</th>
                <th>{ui.why}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.key} data-advice-key={r.key} data-value={pending ? undefined : r.value}>
                  <td>
                    <code>{r.key}</code>
                  </td>
                  <td>
                    <code>{pending ? '…' : r.value}</code>
                  </td>
                  <td>
                    {pending ? '…' : r.why}
                    {!pending && r.assumption && (
                      <span class="advisor__assume">
                        {' '}
                        {ui.assumptionLabel}: {r.assumption}.
                      </span>
                    )}
                    {!pending && (
                      <>
                        {' '}
                        <a href={r.url} rel="noopener">
                          {ui.sourceLabel}: {r.source}
                        </a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>{ui.checks}</h2>
        <ul class="advisor__checklist">
          {view.checks.map((c) => (
            <li key={c.id} data-check={c.id} data-ok={pending ? undefined : String(c.ok)}>
              <span aria-hidden="true">{pending ? '…' : c.ok ? '✓' : '✗'}</span> <strong>{c.label}</strong>:{' '}
              {pending ? '…' : c.text}
            </li>
          ))}
        </ul>
        <h2>{ui.export}</h2>
        <div class="advisor__export">
          <label>
            <span class="visually-hidden">{ui.export}</span>
            <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value)} data-export-format>
              {view.exports.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-label={`${ui.export}: ${exp?.label ?? ''}`}
            onClick={() => void navigator.clipboard?.writeText(exp?.text ?? '')}
          >
            ⧉
          </button>
        </div>
        <pre class="advisor__pre" data-export={exp?.id} tabIndex={0}>
          <code>{pending ? '…' : exp?.text}</code>
        </pre>
        <p class="advisor__links">
          <a href={shareHref || '?'} data-share>
            {ui.copyLink}
          </a>
          {' · '}
          <a href={view.links.taskmanager} data-open="taskmanager">
            {ui.openTm}
          </a>
          {' · '}
          <a href={view.links.network} data-open="network">
            {ui.openNet}
          </a>
          {view.links.rocksdb && (
            <>
              {' · '}
              <a href={view.links.rocksdb} data-open="rocksdb">
                {ui.openRocks}
              </a>
            </>
          )}
        </p>
        <p class="advisor__links">
          <a href={rulesHref}>{ui.rulesLink}</a>
          {' · '}
          <a href={compareHref}>{ui.compareLink}</a>
        </p>
      </section>
    </div>
  );
}
