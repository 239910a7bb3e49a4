/**
 * The compare island: one configuration across two Flink versions, or two configurations; every
 * figure with its delta, changed defaults, removed/renamed keys, refusals and JVM flags. State in
 * the URL; the model arrives lazily (`./view`) and figures are pending until it has computed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEPLOYMENT_MODES, FLINK_VERSIONS } from '~/model/types';
import type { CompareTextKey } from '~/i18n/compare';
import { decodeCompare, encodeCompare, DEFAULT_COMPARE, type CompareForm } from './urlstate';
import type { CompareView } from './view';
import '../advisor/advisor.css';

interface Props {
  lang: 'en' | 'zh';
  ui: Record<CompareTextKey, string>;
  initial: CompareView;
}

export default function Compare({ lang, ui, initial }: Props) {
  const [form, setForm] = useState<CompareForm>(DEFAULT_COMPARE);
  const [view, setView] = useState<CompareView>(initial);
  const [pending, setPending] = useState(false);
  const [live, setLive] = useState(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const compute = (f: CompareForm) => {
    const n = ++seq.current;
    void import('./view').then(({ compareView }) => {
      if (n !== seq.current) return;
      setView(compareView(f, lang));
      setPending(false);
      setLive(true);
    });
  };
  useEffect(() => {
    if (window.location.search.length > 1) {
      const f = decodeCompare(window.location.search);
      setForm(f);
      setPending(true);
      compute(f);
    } else setLive(true);
  }, []);
  const update = (patch: Partial<CompareForm>) => {
    const f = { ...form, ...patch };
    setForm(f);
    setPending(true);
    history.replaceState(null, '', `${window.location.pathname}${encodeCompare(f)}${window.location.hash}`);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => compute(f), 150);
  };
  const versions = [...FLINK_VERSIONS].reverse();
  const p = (s: string): string => (pending ? '…' : s);

  return (
    <div class="compare" data-compare data-live={live ? '' : undefined}>
      <form onSubmit={(e) => e.preventDefault()}>
        <div class="compare__inputs">
          <label class="advisor__field">
            <span>{ui.configA}</span>
            <textarea
              name="a"
              rows={8}
              spellcheck={false}
              value={form.a}
              onInput={(e) => update({ a: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          </label>
          <label class="advisor__field">
            <span>{ui.configB}</span>
            <textarea
              name="b"
              rows={8}
              spellcheck={false}
              value={form.b}
              onInput={(e) => update({ b: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          </label>
        </div>
        <div class="compare__versions">
          {(['from', 'to'] as const).map((k) => (
            <label class="advisor__field" key={k}>
              <span>{k === 'from' ? ui.fromVersion : ui.toVersion}</span>
              <select name={k} value={form[k]} onChange={(e) => update({ [k]: (e.currentTarget as HTMLSelectElement).value })}>
                {versions.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label class="advisor__field">
            <span>{ui.mode}</span>
            <select
              name="mode"
              value={form.mode}
              onChange={(e) => update({ mode: (e.currentTarget as HTMLSelectElement).value })}
            >
              {DEPLOYMENT_MODES.filter((m) => m !== 'local').map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <section aria-live="polite" aria-busy={pending} data-pending={pending ? 'true' : 'false'}>
        {view.error && (
          <p class="advisor__bad" role="alert" data-error>
            {view.error}
          </p>
        )}
        {view.sections.map((s) => (
          <div key={s.id} data-section={s.id} data-refusal={pending ? undefined : s.change}>
            <h2>
              {s.title}: Flink {view.from} → {view.to}
            </h2>
            <p>{p(s.refusal)}</p>
            {!pending && s.beforeError && (
              <p class="advisor__bad" data-flink-message={s.beforeError}>
                {ui.before}: {s.beforeError}
              </p>
            )}
            {!pending && s.afterError && (
              <p class="advisor__bad" data-flink-message={s.afterError}>
                {ui.after}: {s.afterError}
              </p>
            )}
            <div class="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th>{ui.figure}</th>
                    <th>{ui.before}</th>
                    <th>{ui.after}</th>
                    <th>{ui.delta}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((r) => (
                    <tr
                      key={r.name}
                      data-figure={r.name}
                      data-before={pending ? undefined : r.bytesBefore}
                      data-after={pending ? undefined : r.bytesAfter}
                    >
                      <td>{r.label}</td>
                      <td class="num">{p(r.before)}</td>
                      <td class="num">{p(r.after)}</td>
                      <td class={`num ${pending ? '' : r.dir}`}>{p(r.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{ui.jvm}</h3>
            <pre tabIndex={0}>
              <code>{p(`${ui.before}: ${s.jvmBefore}\n${ui.after}:  ${s.jvmAfter}`)}</code>
            </pre>
          </div>
        ))}
        <h2>{ui.defaults}</h2>
        {view.defaults.length === 0 ? (
          <p>{p(ui.defaultsNone)}</p>
        ) : (
          <div class="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th>Key</th>
                  <th>{ui.before}</th>
                  <th>{ui.after}</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {view.defaults.map((d) => (
                  <tr key={d.key} data-default={d.key}>
                    <td>
                      <code>{d.key}</code>
                    </td>
                    <td>{p(d.before)}</td>
                    <td>{p(d.after)}</td>
                    <td>{p(d.note)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h2>{ui.keys}</h2>
        {view.keys.length === 0 ? (
          <p>{p(ui.keysNone)}</p>
        ) : (
          <ul>
            {view.keys.map((k) => (
              <li key={k.key} data-key-change={k.key}>
                <code>{k.key}</code>: {p(k.text)}
              </li>
            ))}
          </ul>
        )}
        {view.valueChanges.length > 0 && (
          <>
            <h2>{ui.valueChanges}</h2>
            <ul>
              {view.valueChanges.map((v) => (
                <li key={v.key}>
                  <code>{v.key}</code>: {p(`${v.before} → ${v.after}`)}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <a href={typeof window === 'undefined' ? '?' : `${window.location.pathname}${encodeCompare(form)}`} data-share>
            {ui.copyLink}
          </a>
        </p>
      </section>
    </div>
  );
}
