/**
 * The network-buffer calculator island: the TaskManager's buffers (from the TaskManager
 * configuration in the link), a small job editor, required / wanted buffers per gate, partition
 * and TaskManager, the verdict with Flink's message and the smallest fix, and T = P × (B + F).
 */
import { FixList, LogList, Refusal, Results } from '../kit/results';
import { markInput } from '../kit/marks';
import { useExplanations } from '../kit/lazy';
import { CalculatorFrame, useCalculator } from '../kit/frame';
import { withIslandData } from '../kit/island-data';
import { importOnce } from '../kit/lazy';
import { fill, groupDigits } from '../kit/viewmodel';
import type { IslandProps, WithHuman } from '../kit/types';
import type { BufferPicture, NetworkView } from './debloat-view';
import type { CalcStrings } from '~/i18n/calculators';
import { DebloatPanel } from './DebloatPanel';
import { EdgeKindSelect, TopologyPresets } from './Presets';
import {
  cleanVertexName,
  decodeJob,
  DEFAULT_JOB,
  encodeJob,
  parseCount,
  PARTITION_TYPE_NAMES,
  PATTERN_NAMES,
  type JobDraft,
} from './job';

const load = importOnce(() => import('./compute'));

/** A number cell: shows the value with a test hook, or "unbounded". */
function N({ v, fig, t }: { v: number | null; fig?: string; t: Record<string, string> }) {
  return (
    <td class="num" data-figure={fig} data-value={v === null ? 'unbounded' : String(v)}>
      {v === null || v >= 2147483647 ? t['net.unbounded'] : groupDigits(v)}
    </td>
  );
}

type HeadKey =
  'subpartitions' | 'partitionMin' | 'partitionMax' | 'channels' | 'exclusive' | 'floatingMin' | 'floatingMax' | 'gateTarget';

/** A column header with its explanation on hover and for assistive technology (`abbr title`). */
function Head({ t, k }: { t: CalcStrings; k: HeadKey }) {
  return (
    <th scope="col">
      <abbr title={t[`net.help.${k}`]}>{t[`net.${k}`]}</abbr>
    </th>
  );
}

/** An edge's row header: its name, then its pattern and partition type. */
function EdgeName({ e }: { e: { edge: string; pattern: string; partitionType: string } }) {
  return (
    <th scope="row">
      {e.edge}
      <br />
      <small>
        {e.pattern}, {e.partitionType}
      </small>
    </th>
  );
}

/** The busiest TaskManager's buffers: available, required and wanted on one scale, labelled. */
function BufferBars({ t, p }: { t: CalcStrings; p: BufferPicture }) {
  const wanted = p.wanted === null ? t['net.unbounded'] : groupDigits(p.wanted);
  const rows: [string, string, number | null, string][] = [
    ['available', t['net.picAvailable'], p.pct.available, groupDigits(p.available)],
    ['required', t['net.required'], p.pct.required, groupDigits(p.required)],
    ['wanted', t['net.wanted'], p.pct.wanted, wanted],
  ];
  return (
    <figure class={`calc__netpic${p.short ? ' is-short' : ''}`} data-picture="buffers">
      <figcaption>{t['net.picTitle']}</figcaption>
      <div
        role="img"
        aria-label={fill(t['net.picAria'], { available: groupDigits(p.available), required: groupDigits(p.required), wanted })}
      >
        {rows.map(([k, label, pct, n]) => (
          <div key={k} class={`calc__netpic-row is-${k}`} data-bar={k} data-pct={pct ?? 'unbounded'}>
            <span class="calc__netpic-label">
              {label} <strong>{n}</strong>
            </span>
            <span class="calc__netpic-track">
              <span class="calc__netpic-bar" style={{ width: `${pct ?? 100}%` }} />
            </span>
          </div>
        ))}
      </div>
      <p class="calc__netpic-scale">{fill(t['net.picScale'], { n: groupDigits(p.scale) })}</p>
      {p.short && <p class="calc__netpic-short">{t['net.picShort']}</p>}
    </figure>
  );
}

function NetworkCalculator(props: IslandProps & { initial: WithHuman<NetworkView> }) {
  const { t, explanations } = props;
  const tt = t as unknown as Record<string, string>;
  const c = useCalculator(props, { load, initial: props.initial });
  const { st, hr, pending, failed, uid } = c;
  const { state } = st;
  const job = decodeJob(state.extras['job']) ?? DEFAULT_JOB;
  const slotsText = state.extras['slots'] ?? '4';
  const slots = parseCount(slotsText, 1, 100000);
  const mode = state.mode === 'local' ? 'standalone' : state.mode;
  const view = c.result;
  const result = view.estimate;
  const rot = view.rot;

  const setJob = (j: JobDraft) => {
    markInput();
    st.setExtra('job', encodeJob(j));
  };
  const names = job.vertices.map((v) => v.name);
  const ex = useExplanations(explanations);

  return (
    <CalculatorFrame
      p={props}
      c={c}
      mode={mode}
      ok={!!(result?.ok && result.value.verdict.ok)}
      errorKeys={result && !result.ok && result.error ? (result.error.keys ?? []) : []}
      summary={
        result?.ok
          ? {
              verdict: { ok: result.value.verdict.ok, text: result.value.verdict.ok ? t['net.verdictOk'] : t['net.verdictFail'] },
              items: [
                { name: 'network', label: t['sum.network'], value: hr(result.value.network.networkMemory) },
                {
                  name: 'buffers',
                  label: t['sum.buffers'],
                  value: groupDigits(BigInt(result.value.numNetworkBuffers)),
                  swatch: false,
                },
                {
                  name: 'required',
                  label: t['sum.required'],
                  value: groupDigits(BigInt(result.value.requiredPerTm)),
                  swatch: false,
                },
              ],
            }
          : { items: [] }
      }
      inputs={
        <fieldset class="calc__group" data-job-editor="">
          <legend>{t['net.job']}</legend>
          <TopologyPresets t={t} onPick={setJob} />
          <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={t['net.vertices']}>
            <table class="calc__table calc__subtable">
              <caption>{t['net.vertices']}</caption>
              <thead>
                <tr>
                  <th scope="col">{t['net.name']}</th>
                  <th scope="col">{t['net.parallelism']}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t['net.remove']}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {job.vertices.map((v, i) => (
                  <tr key={i}>
                    <td>
                      <input
                        aria-label={`${t['net.vertex']} ${i + 1}: ${t['net.name']}`}
                        name={`vertex-${i}-name`}
                        value={v.name}
                        onChange={(e) => {
                          const name = cleanVertexName((e.currentTarget as HTMLInputElement).value) || v.name;
                          setJob({
                            vertices: job.vertices.map((x, k) => (k === i ? { ...x, name } : x)),
                            edges: job.edges.map((x) => ({
                              ...x,
                              from: x.from === v.name ? name : x.from,
                              to: x.to === v.name ? name : x.to,
                            })),
                          });
                        }}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`${t['net.vertex']} ${i + 1}: ${t['net.parallelism']}`}
                        name={`vertex-${i}-parallelism`}
                        inputMode="numeric"
                        value={String(v.parallelism)}
                        onInput={(e) => {
                          const n = parseCount((e.currentTarget as HTMLInputElement).value, 1, 100000);
                          if (n !== null)
                            setJob({ ...job, vertices: job.vertices.map((x, k) => (k === i ? { ...x, parallelism: n } : x)) });
                        }}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        class="calc__clear"
                        aria-label={`${t['net.remove']}: ${v.name}`}
                        disabled={job.vertices.length <= 1}
                        onClick={() =>
                          setJob({
                            vertices: job.vertices.filter((_, k) => k !== i),
                            edges: job.edges.filter((x) => x.from !== v.name && x.to !== v.name),
                          })
                        }
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            class="calc__btn"
            disabled={job.vertices.length >= 20}
            onClick={() => {
              let k = job.vertices.length + 1;
              while (names.includes(`v${k}`)) k++;
              setJob({ ...job, vertices: [...job.vertices, { name: `v${k}`, parallelism: 1 }] });
            }}
          >
            {t['net.addVertex']}
          </button>
          {/* A list of edges, not a table: five selects side by side do not fit a form column, so each edge wraps. */}
          <div class="calc__edges" role="group" aria-labelledby={`${uid}-edges`}>
            <p class="calc__subhead" id={`${uid}-edges`}>
              {t['net.edges']}
            </p>
            <ol class="calc__edge-list">
              {job.edges.map((e, i) => {
                const set = (patch: Partial<JobDraft['edges'][number]>) =>
                  setJob({ ...job, edges: job.edges.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
                const sel = (
                  label: string,
                  name: string,
                  value: string,
                  options: readonly string[],
                  key: 'from' | 'to' | 'pattern' | 'partitionType',
                ) => (
                  <label class="calc__edge-field">
                    <span>{label}</span>
                    <select
                      aria-label={`${t['net.edge']} ${i + 1}: ${label}`}
                      name={`edge-${i}-${name}`}
                      value={value}
                      onChange={(ev) => set({ [key]: (ev.currentTarget as HTMLSelectElement).value })}
                    >
                      {options.map((o) => (
                        <option key={o} value={o}>
                          {o}
                        </option>
                      ))}
                    </select>
                  </label>
                );
                return (
                  <li key={i} class="calc__edge">
                    {sel(t['net.from'], 'from', e.from, names, 'from')}
                    {sel(t['net.to'], 'to', e.to, names, 'to')}
                    <label class="calc__edge-field">
                      <span>{t['net.edgeKind']}</span>
                      <EdgeKindSelect
                        t={t}
                        label={`${t['net.edge']} ${i + 1}: ${t['net.edgeKind']}`}
                        name={`edge-${i}-kind`}
                        edge={e}
                        onPick={set}
                      />
                    </label>
                    {sel(t['net.pattern'], 'pattern', e.pattern, PATTERN_NAMES, 'pattern')}
                    {sel(t['net.partitionType'], 'type', e.partitionType, PARTITION_TYPE_NAMES, 'partitionType')}
                    <button
                      type="button"
                      class="calc__clear"
                      aria-label={`${t['net.remove']}: ${e.from} → ${e.to}`}
                      onClick={() => setJob({ ...job, edges: job.edges.filter((_, k) => k !== i) })}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
          <button
            type="button"
            class="calc__btn"
            disabled={job.vertices.length < 2 || job.edges.length >= 40}
            onClick={() =>
              setJob({
                ...job,
                edges: [
                  ...job.edges,
                  { from: names[0] ?? '', to: names[1] ?? '', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' },
                ],
              })
            }
          >
            {t['net.addEdge']}
          </button>
          <div class={`calc__field${slots === null ? ' is-flagged' : ''}`}>
            <label for={`${uid}-slots`}>{t['net.slotsPerTm']}</label>
            <div class="calc__input-row">
              <input
                id={`${uid}-slots`}
                name="slots"
                inputMode="numeric"
                value={slotsText}
                aria-invalid={slots === null}
                onInput={(e) => {
                  markInput();
                  st.setExtra('slots', (e.currentTarget as HTMLInputElement).value);
                }}
              />
            </div>
            {slots === null && <small class="calc__field-error">{t.invalidInt}</small>}
          </div>
        </fieldset>
      }
    >
      <Results
        t={t}
        busy={pending}
        failed={failed}
        announce={
          result?.ok
            ? `${t['net.numNetworkBuffers']}: ${result.value.numNetworkBuffers}; ${t['net.required']}: ${result.value.requiredPerTm}; ${result.value.verdict.ok ? t['net.verdictOk'] : t['net.verdictFail']}`
            : t.refusedTitle
        }
      >
        {view.failed
          .filter((f) => f !== 'debloat')
          .map((f) => (
            <p key={f} class="calc__field-error" role="alert" data-part-failed={f}>
              {t.computeFailed}
            </p>
          ))}
        {result === null ? null : !result.ok ? (
          result.error ? (
            <Refusal t={t} error={result.error} explanations={explanations} advice={view.advice} lang={props.lang} />
          ) : result.inputError ? (
            <div class="calc__error" data-job-error={result.inputError.id} role="alert">
              <p class="calc__error-title">{t['net.jobProblem']}</p>
              <p>{fill(ex(result.inputError.id)?.explanation ?? result.inputError.id, result.inputError.params)}</p>
              {ex(result.inputError.id)?.fix && <p>{fill(ex(result.inputError.id)?.fix ?? '', result.inputError.params)}</p>}
            </div>
          ) : null
        ) : (
          <>
            <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={t['net.networkMemory']}>
              <table class="calc__table">
                <tbody>
                  <tr class="lvl-0">
                    <th scope="row">{t['net.networkMemory']}</th>
                    <td class="num" data-figure="network" data-bytes={result.value.network.networkMemory.toString()}>
                      {hr(result.value.network.networkMemory)}
                    </td>
                  </tr>
                  <tr class="lvl-0">
                    <th scope="row">{t['net.numNetworkBuffers']}</th>
                    <N t={tt} v={result.value.numNetworkBuffers} fig="numNetworkBuffers" />
                  </tr>
                  <tr>
                    <th scope="row">{t['net.bufferSize']}</th>
                    <td class="num" data-figure="networkBufferSize" data-bytes={String(result.value.network.networkBufferSize)}>
                      {hr(BigInt(result.value.network.networkBufferSize))}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t['net.required']}</th>
                    <N t={tt} v={result.value.requiredPerTm} fig="requiredPerTm" />
                  </tr>
                  <tr>
                    <th scope="row">{t['net.wanted']}</th>
                    <N t={tt} v={result.value.targetPerTm} fig="targetPerTm" />
                  </tr>
                </tbody>
              </table>
            </div>
            {view.picture && <BufferBars t={t} p={view.picture} />}
            {result.value.verdict.ok ? (
              <p class="calc__verdict-ok" data-verdict="ok">
                {t['net.verdictOk']}
              </p>
            ) : (
              <div data-verdict="fail">
                <p>{t['net.verdictFail']}</p>
                {result.value.verdict.error && (
                  <Refusal
                    t={t}
                    error={result.value.verdict.error}
                    explanations={explanations}
                    advice={view.advice}
                    lang={props.lang}
                  />
                )}
                {result.value.verdict.pool && (
                  <p>
                    {fill(t['net.failedAt'], {
                      pool: `${result.value.verdict.pool.kind} ${result.value.verdict.pool.subtask} (${result.value.verdict.pool.edge})`,
                      tm: String((result.value.verdict.tm ?? 0) + 1),
                      n: String(result.value.verdict.pool.request),
                    })}
                  </p>
                )}
                {!result.value.verdict.error && view.advice && <FixList t={t} advice={view.advice} lang={props.lang} />}
              </div>
            )}
            <p>{fill(t['net.numTms'], { n: result.value.numTms, slots: slots ?? '', used: result.value.slotsUsed })}</p>
            <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={t['net.perTm']}>
              <table class="calc__table">
                <caption>{t['net.perTm']}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t['net.tmIndex']}</th>
                    <th scope="col">{t['net.subtasks']}</th>
                    <th scope="col">
                      <abbr title={t['net.help.required']}>{t['net.required']}</abbr>
                    </th>
                    <th scope="col">
                      <abbr title={t['net.help.wanted']}>{t['net.wanted']}</abbr>
                    </th>
                    <th scope="col">
                      <abbr title={t['net.help.overdraft']}>{t['net.overdraft']}</abbr>
                    </th>
                    <th scope="col">
                      <abbr title={t['net.help.announced']}>{t['net.announced']}</abbr>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.tmGroups.map((x) => (
                    <tr key={x.from} data-tm={x.from} data-tm-to={x.to}>
                      <th scope="row">
                        {x.from === x.to
                          ? x.from + 1
                          : fill(t['net.tmRange'], { from: x.from + 1, to: x.to + 1, n: x.to - x.from + 1 })}
                      </th>
                      <N t={tt} v={x.subtasks} />
                      <N t={tt} v={x.required} fig={`tm${x.from}.required`} />
                      <N t={tt} v={x.target} fig={`tm${x.from}.target`} />
                      <N t={tt} v={x.overdraft} fig={`tm${x.from}.overdraft`} />
                      <N t={tt} v={x.announced} fig={`tm${x.from}.announced`} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {/* Partitions and gates in two tables: nine columns side by side do not fit a results column. */}
            <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={t['net.perPartition']}>
              <table class="calc__table">
                <caption>{t['net.perPartition']}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t['net.edge']}</th>
                    <Head t={t} k="subpartitions" />
                    <Head t={t} k="partitionMin" />
                    <Head t={t} k="partitionMax" />
                  </tr>
                </thead>
                <tbody>
                  {result.value.edges.map((e, i) => (
                    <tr key={i} data-edge={e.edge}>
                      <EdgeName e={e} />
                      <N t={tt} v={e.subpartitions} fig={`edge${i}.subpartitions`} />
                      <N t={tt} v={e.partition.min} fig={`edge${i}.partitionMin`} />
                      <N t={tt} v={e.partition.unbounded ? null : e.partition.max} fig={`edge${i}.partitionMax`} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={t['net.perGate']}>
              <table class="calc__table">
                <caption>{t['net.perGate']}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t['net.edge']}</th>
                    <Head t={t} k="channels" />
                    <Head t={t} k="exclusive" />
                    <Head t={t} k="floatingMin" />
                    <Head t={t} k="floatingMax" />
                    <Head t={t} k="gateTarget" />
                  </tr>
                </thead>
                <tbody>
                  {result.value.edges.map((e, i) => (
                    <tr key={i} data-gate-edge={e.edge}>
                      <EdgeName e={e} />
                      <N t={tt} v={e.channels} fig={`edge${i}.channels`} />
                      <N t={tt} v={e.gate.exclusivePerRemoteChannel} fig={`edge${i}.exclusive`} />
                      <N t={tt} v={e.gate.floatingMin} fig={`edge${i}.floatingMin`} />
                      <N t={tt} v={e.gate.floatingMax} fig={`edge${i}.floatingMax`} />
                      <N t={tt} v={e.gate.target} fig={`edge${i}.gateTarget`} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div id={`${uid}-debloat-slot`} data-debloat-slot="">
              {view.debloat ? (
                <DebloatPanel t={t} uid={uid} d={view.debloat} hr={hr} st={st} />
              ) : (
                <p class="calc__field-error" role="alert" data-part-failed="debloat">
                  {t.computeFailed}
                </p>
              )}
            </div>
            <LogList t={t} log={result.value.network.log} explanations={explanations} />
          </>
        )}
      </Results>
      <section class="calc__panel calc__rot" aria-labelledby={`${uid}-rot`}>
        <h2 id={`${uid}-rot`} class="calc__rot-title">
          {t['net.thumb']}
        </h2>
        <div class="calc__bar">
          {(['P', 'B', 'F'] as const).map((k) => (
            <label class="calc__select" key={k}>
              <span>{t[`net.${k}`]}</span>
              <input
                class="calc__mini"
                name={`rot-${k}`}
                inputMode="numeric"
                value={state.extras[k] ?? (k === 'P' ? '4' : k === 'B' ? '2' : '8')}
                onInput={(e) => {
                  markInput();
                  st.setExtra(k, (e.currentTarget as HTMLInputElement).value);
                }}
              />
            </label>
          ))}
          <button
            type="button"
            class="calc__btn"
            data-action="rot-example"
            onClick={() => {
              markInput();
              st.setExtra('P', '4');
              st.setExtra('B', '32');
              st.setExtra('F', '64');
            }}
          >
            {t['net.thumbExample']}
          </button>
        </div>
        {rot === null || !rot.ok ? (
          <p class="calc__field-error" data-rot-error="">
            {rotProblem(ex('rot.badInput')?.explanation, rot, state.extras) ?? t.invalidInt}
          </p>
        ) : (
          <>
            <p data-figure="rotFormula" data-value={String(rot.value.formula)}>
              {fill(t['net.formula'], { t: groupDigits(rot.value.formula), size: hr(rot.value.formulaBytes) })}
            </p>
            <div class="calc__table-wrap" tabIndex={0} role="region" aria-label={t['net.scenario']}>
              <table class="calc__table">
                <caption>{t['net.scenario']}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.version}</th>
                    <th scope="col">B / F</th>
                    <th scope="col">{t['net.tmIndex']}</th>
                    <th scope="col">
                      <abbr title={t['net.help.required']}>{t['net.required']}</abbr>
                    </th>
                    <th scope="col">
                      <abbr title={t['net.help.wanted']}>{t['net.wanted']}</abbr>
                    </th>
                    <th scope="col">
                      <abbr title={t['net.help.overdraft']}>{t['net.overdraft']}</abbr>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rot.value.rows.map((r) => (
                    <tr key={r.scenario} data-scenario={r.scenario}>
                      <th scope="row">{r.version}</th>
                      <td>
                        {r.buffersPerChannel} / {r.floatingBuffersPerGate}
                      </td>
                      <N t={tt} v={r.taskManagers} />
                      <N t={tt} v={r.required} fig={`rot.${r.scenario}.required`} />
                      <N t={tt} v={r.target} fig={`rot.${r.scenario}.target`} />
                      <N t={tt} v={r.overdraft} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ul class="calc__notes">
              {rot.value.reasons.map((r) => (
                <li key={r} data-reason={r}>
                  {ex(r)?.explanation ?? r}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </CalculatorFrame>
  );
}

export default withIslandData(NetworkCalculator, load);

/**
 * The rule-of-thumb input problem with its placeholders filled: which of P, B, F is not a whole
 * number in range, and what was typed (never the raw `{name}` template).
 */
function rotProblem(
  template: string | undefined,
  rot: NetworkView['rot'],
  extras: Readonly<Record<string, string>>,
): string | undefined {
  if (template === undefined) return undefined;
  if (rot && !rot.ok) return fill(template, rot.error.params);
  const bounds = { P: [1, 10000], B: [0, 10000], F: [0, 10000] } as const;
  for (const k of ['P', 'B', 'F'] as const) {
    const text = extras[k] ?? (k === 'P' ? '4' : k === 'B' ? '2' : '8');
    if (parseCount(text, bounds[k][0], bounds[k][1]) === null)
      return fill(template, { name: k, value: text.length > 40 ? `${text.slice(0, 40)}…` : text });
  }
  return undefined;
}
