/**
 * The diagnosis island: paste or open a log, a pod status or a runtime snapshot; get the failures
 * found (root cause first) with the process that failed, their causes and verified fixes, the
 * snapshot's per-pool verdicts, and the configuration the paste revealed. Renders only; the work
 * is `~/model/diagnose`, run by `./run` in a worker.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnosis, Finding, Fix, SnapshotAnalysis } from '~/model/diagnose';
import type { diagnoseText, FormUi } from '~/i18n/diagnose';
import { fill, largeCount } from '~/i18n/diagnose-format';

type Text = (typeof diagnoseText)['en' | 'zh'];
type Lang = 'en' | 'zh';
type Families = (typeof import('~/i18n/diagnose'))['FAMILY_EXAMPLES'];

interface Props {
  lang: Lang;
  /** The form's strings, from the page; every other sentence loads with the first result. */
  ui: FormUi;
  /** Site base URL ending in `/`. */
  base: string;
}

const FIGURE_LABELS: Record<string, { en: string; zh: string }> = {
  totalProcess: { en: 'Total Process Memory', zh: '进程总内存' },
  totalFlink: { en: 'Total Flink Memory', zh: 'Flink 总内存' },
  jvmHeap: { en: 'JVM Heap', zh: 'JVM 堆内存' },
  frameworkHeap: { en: 'Framework Heap', zh: '框架堆内存' },
  taskHeap: { en: 'Task Heap', zh: '任务堆内存' },
  managed: { en: 'Managed Memory', zh: '托管内存' },
  jvmDirect: { en: 'JVM Direct Memory', zh: 'JVM 直接内存' },
  frameworkOffHeap: { en: 'Framework Off-Heap', zh: '框架堆外内存' },
  taskOffHeap: { en: 'Task Off-Heap', zh: '任务堆外内存' },
  network: { en: 'Network Memory', zh: '网络内存' },
  offHeap: { en: 'Off-Heap Memory', zh: '堆外内存' },
  jvmMetaspace: { en: 'JVM Metaspace', zh: 'JVM 元空间' },
  jvmOverhead: { en: 'JVM Overhead', zh: 'JVM 开销' },
};

/** Pastes of at least this many characters are not put into the textarea. */
const LARGE_PASTE = 1_000_000;

const CALC_NAMES = {
  taskmanager: { en: 'TaskManager', zh: ' TaskManager ' },
  jobmanager: { en: 'JobManager', zh: ' JobManager ' },
  network: { en: 'network', zh: '网络内存' },
};

const mib = (b: bigint, lang: Lang): string =>
  `${(Number(b) / 1048576).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 })} MiB`;

export default function Diagnose({ lang, ui, base }: Props) {
  const [text, setText] = useState<{ t: Text; families: Families } | undefined>();
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<Diagnosis | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const fileRef = useRef<HTMLInputElement>(null);
  /** A paste too large to show: kept out of the textarea so the page stays responsive. */
  const [large, setLarge] = useState<string | undefined>();

  async function run(src: string | Blob) {
    if ((typeof src === 'string' && !src.trim()) || (typeof src !== 'string' && src.size === 0)) {
      setProblem(ui.emptyPaste);
      return;
    }
    setProblem(undefined);
    setBusy(true);
    setProgress(0);
    try {
      const [{ runDiagnosis }, words] = await Promise.all([import('./run'), import('~/i18n/diagnose')]);
      setText({ t: words.diagnoseText[lang], families: words.FAMILY_EXAMPLES });
      setResult(await runDiagnosis(src, setProgress));
    } catch (e) {
      setProblem(String(e instanceof Error ? e.message : e));
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (e: Event) => {
    e.preventDefault();
    void run(large ?? input);
  };
  const onPaste = (e: ClipboardEvent) => {
    const pasted = e.clipboardData?.getData('text') ?? '';
    if (pasted.length < LARGE_PASTE) return;
    // Laying out megabytes of text in a textarea can stall the page for seconds; keep it aside.
    e.preventDefault();
    setLarge(pasted);
    setInput('');
    void run(pasted);
  };
  const onFile = () => {
    const f = fileRef.current?.files?.[0];
    if (f) void run(f);
  };
  const clear = () => {
    setInput('');
    setLarge(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <div class="diagnose" data-diagnose>
      <form class="diagnose__form" onSubmit={onSubmit}>
        <label class="diagnose__label" for="diagnose-input">
          {ui.pasteLabel}
        </label>
        <p class="diagnose__hint" id="diagnose-hint">
          {ui.pasteHint}
        </p>
        <textarea
          id="diagnose-input"
          class="diagnose__input"
          rows={12}
          spellcheck={false}
          aria-describedby="diagnose-hint"
          value={input}
          onInput={(e) => {
            setLarge(undefined);
            setInput((e.currentTarget as HTMLTextAreaElement).value);
          }}
          onPaste={onPaste}
          placeholder="java.lang.OutOfMemoryError: …"
        />
        {large !== undefined && (
          <p class="diagnose__note" data-large-paste={large.length}>
            {fill(ui.largePaste, { size: largeCount(large.length, lang) })}
          </p>
        )}
        <div class="diagnose__actions">
          <button type="submit" class="button" disabled={busy}>
            {ui.analyse}
          </button>
          <button type="button" class="diagnose__secondary" disabled={busy} onClick={clear}>
            {ui.clear}
          </button>
          <span class="diagnose__file">
            {/* The native picker's own words ("Choose File") follow the browser, not the page: keep it
                focusable but hidden, and let the label in the page's language be the button. */}
            <input
              id="diagnose-file"
              class="visually-hidden"
              ref={fileRef}
              type="file"
              accept=".log,.txt,.out,.json,.yaml,.yml,text/plain"
              onChange={onFile}
              disabled={busy}
            />
            <label for="diagnose-file" class="diagnose__secondary">
              {ui.loadFile}
            </label>
          </span>
        </div>
      </form>
      <div aria-live="polite" class="diagnose__status">
        {busy && (
          <p>
            <progress aria-label={fill(ui.progress, { chars: '' })} />{' '}
            {fill(ui.progress, { chars: progress.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
          </p>
        )}
        {problem && (
          <p class="diagnose__problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      {result && text && !busy && <Results lang={lang} text={text.t} families={text.families} base={base} result={result} />}
    </div>
  );
}

function Results({
  lang,
  text,
  families,
  base,
  result,
}: {
  lang: Lang;
  text: Text;
  families: Families;
  base: string;
  result: Diagnosis;
}) {
  const x = result.extracted;
  const block = [...x.blocks].reverse()[0];
  const options = Object.entries(x.config);
  const props = Object.entries(x.systemProperties ?? {});
  const hasExtracted = block || x.flinkVersion || options.length || props.length || x.k8sLimit || result.calculators.length;
  return (
    <section class="diagnose__results" aria-labelledby="findings">
      <h2 id="findings">{text.ui['findings']}</h2>
      {result.findings.length === 0 && !result.snapshot && <NoneRecognised text={text} families={families} />}
      {result.findings.length > 0 && (
        <ol class="diagnose__list">
          {result.findings.map((f) => (
            <FindingItem key={f.id} lang={lang} text={text} base={base} f={f} />
          ))}
        </ol>
      )}
      {result.snapshot && <Snapshot lang={lang} text={text} base={base} s={result.snapshot} />}
      {hasExtracted ? (
        <section class="diagnose__extracted diagnose__card">
          <h3>{text.ui['extracted']}</h3>
          {x.flinkVersion && (
            <p>
              {text.ui['version']}: <code data-figure="flinkVersion">{x.flinkVersion}</code>
            </p>
          )}
          {block && (
            <dl class="diagnose__figures" data-role={block.role}>
              {Object.entries(block.figures).map(([name, bytes]) => (
                <div key={name}>
                  <dt>{FIGURE_LABELS[name]?.[lang] ?? name}</dt>
                  <dd data-figure={name} data-bytes={String(bytes)}>
                    {mib(bytes, lang)}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {options.length > 0 && (
            <>
              <h4>{text.ui['flinkOptions']}</h4>
              <pre class="diagnose__code" data-extracted="config">
                <code>{options.map(([k, v]) => `${k}: ${v}`).join('\n')}</code>
              </pre>
            </>
          )}
          {props.length > 0 && (
            <>
              <h4>{text.ui['systemProperties']}</h4>
              <pre class="diagnose__code" data-extracted="system-properties">
                <code>{props.map(([k, v]) => `-D${k}=${v}`).join('\n')}</code>
              </pre>
            </>
          )}
          {x.k8sLimit && (
            <p>
              {text.ui['k8sLimit']}: <code data-extracted="k8s-limit">{x.k8sLimit.text}</code>
            </p>
          )}
          <CalculatorLinks lang={lang} text={text} base={base} links={result.calculators} />
        </section>
      ) : null}
    </section>
  );
}

function CalculatorLinks({ lang, text, base, links }: { lang: Lang; text: Text; base: string; links: Diagnosis['calculators'] }) {
  if (!links.length) return null;
  return (
    <p class="diagnose__links">
      {links.map((c) => (
        <a key={c.name} class="button" href={`${base}${lang}/calculators/${c.name}/?${c.query}`} data-calculator-link={c.name}>
          {c.name === 'network' ? text.ui['openNetwork'] : fill(text.ui['openCalculator'], { name: CALC_NAMES[c.name][lang] })}
        </a>
      ))}
    </p>
  );
}

function NoneRecognised({ text, families }: { text: Text; families: Families }) {
  return (
    <div class="diagnose__none diagnose__card" data-diagnosis="none">
      <p>{text.ui['noneRecognised']}</p>
      <h3>{text.ui['families']}</h3>
      <ul class="diagnose__families">
        {families.map((f) => (
          <li key={f.pool}>
            <strong>{text.labels.pools[f.pool]}</strong> <code>{f.example}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FixItem({ text, fix }: { text: Text; fix: Fix }) {
  const words = fill((text.fixes as Record<string, string>)[fix.id] ?? '', fix.params);
  const set = Object.entries(fix.set ?? {});
  return (
    <li data-fix={fix.id}>
      <p>{words}</p>
      {set.length > 0 && (
        <>
          <pre class="diagnose__code" data-set={JSON.stringify(fix.set)}>
            <code>{set.map(([k, v]) => `${k}: ${v}`).join('\n')}</code>
          </pre>
          <p class="diagnose__verified">{text.ui['verified']}</p>
        </>
      )}
      {fix.code && (
        <pre class="diagnose__code">
          <code>{fix.code}</code>
        </pre>
      )}
    </li>
  );
}

function FindingItem({ lang, text, base, f }: { lang: Lang; text: Text; base: string; f: Finding }) {
  const d = text.diagnoses[f.id];
  const network = f.fixes.some((x) => x.id === 'network-calculator');
  const version = f.fixes.find((x) => x.id === 'network-calculator')?.params['version'];
  return (
    <li data-diagnosis={f.id} data-pool={f.pool} data-process={f.process} class="diagnose__finding diagnose__card">
      <h3>{d.title}</h3>
      <p class="diagnose__badges">
        <span class="diagnose__badge">
          {text.ui['pool']}: {text.labels.pools[f.pool]}
        </span>
        <span class="diagnose__badge" data-process-label>
          {text.ui['process']}: {text.labels.processes[f.process]}
          {f.subject ? ` (${f.subject})` : ''}
        </span>
        <span class="diagnose__meta">
          {fill(text.ui['line'], { line: String(f.line) })}
          {f.count > 1 && <> · {fill(text.ui['times'], { count: String(f.count) })}</>}
        </span>
      </p>
      {f.consequenceOf && (
        <p class="diagnose__consequence">{fill(text.ui['consequenceOf'], { cause: text.diagnoses[f.consequenceOf].title })}</p>
      )}
      <p>{fill(d.jm && f.process === 'jobmanager' ? d.jm : d.what, f.params)}</p>
      {f.params['messageId'] && <ModelExplanation id={f.params['messageId']} lang={lang} />}
      <details>
        <summary>{text.ui['flinkMessage']}</summary>
        <pre class="diagnose__code" data-flink-message={f.params['message'] ?? f.excerpt}>
          <code>{f.excerpt}</code>
        </pre>
      </details>
      <h4>{text.ui['causes']}</h4>
      <ol>
        {f.causes.map((c) => (
          <li key={c}>{(text.causes as Record<string, string>)[c] ?? c}</li>
        ))}
      </ol>
      {f.fixes.length > 0 && (
        <>
          <h4>{text.ui['fix']}</h4>
          <ul class="diagnose__fixes">
            {f.fixes.map((x) => (
              <FixItem key={x.id} text={text} fix={x} />
            ))}
          </ul>
        </>
      )}
      <p class="diagnose__links">
        {network && (
          <a
            class="button"
            href={`${base}${lang}/calculators/network/${version ? `?v=${version}` : ''}`}
            data-calculator-link="network"
          >
            {text.ui['openNetwork']}
          </a>
        )}
        <a href={`${base}${lang}/troubleshooting/#${f.anchor}`}>{text.ui['readMore']}</a>
      </p>
    </li>
  );
}

function Snapshot({ lang, text, base, s }: { lang: Lang; text: Text; base: string; s: SnapshotAnalysis }) {
  return (
    <section class="diagnose__snapshot diagnose__card" data-snapshot={s.source}>
      <h3>{text.ui['snapshot']}</h3>
      <p>
        {fill(text.ui['snapshotOf'], {
          role: text.labels.processes[s.role],
          id: s.id,
          count: String(s.snapshots),
          source: text.labels.sources[s.source],
        })}
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label={text.ui['snapshot']}>
        <table class="diagnose__table">
          <thead>
            <tr>
              <th scope="col">{text.ui['pool']}</th>
              <th scope="col">{text.ui['used']}</th>
              <th scope="col">{text.ui['configured']}</th>
              <th scope="col">{text.ui['verdict']}</th>
            </tr>
          </thead>
          <tbody>
            {s.pools.map((p) => (
              <tr key={p.pool} data-pool={p.pool} data-verdict={p.verdict}>
                <th scope="row">{text.labels.snapshotPools[p.pool]}</th>
                <td>
                  {p.used.map((u) => mib(u, lang)).join(' → ')}
                  {p.percent !== undefined ? ` (${p.percent}%)` : ''}
                </td>
                <td>{p.limit !== undefined ? mib(p.limit, lang) : '—'}</td>
                <td>
                  <span class={`diagnose__verdict diagnose__verdict--${p.verdict}`}>{text.labels.verdicts[p.verdict]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{text.ui['recommendations']}</h4>
      {s.fixes.length ? (
        <ul class="diagnose__fixes">
          {s.fixes.map((x) => (
            <FixItem key={x.id} text={text} fix={x} />
          ))}
        </ul>
      ) : (
        <p>{text.ui['noRecommendation']}</p>
      )}
      {s.calculator && <CalculatorLinks lang={lang} text={text} base={base} links={[s.calculator]} />}
    </section>
  );
}

interface Explained {
  title: string;
  explanation: string;
  fix: string;
}

/**
 * The calculators' explanation of a Flink refusal, loaded on demand (the tables are large).
 * Texts whose placeholders need the original configuration are shown only when complete.
 */
function ModelExplanation({ id, lang }: { id: string; lang: Lang }) {
  const [x, setX] = useState<Explained | undefined>();
  useEffect(() => {
    let live = true;
    void import('~/i18n/explanations').then((m) => {
      if (live) setX(m.explain(id, lang));
    });
    return () => {
      live = false;
    };
  }, [id, lang]);
  if (!x) return null;
  const complete = (t: string) => !/\{\w+\}/.test(t);
  return (
    <div class="diagnose__explanation" data-message-id={id}>
      <p>
        <strong>{x.title}</strong>
      </p>
      {complete(x.explanation) && <p>{x.explanation}</p>}
      {complete(x.fix) && <p>{x.fix}</p>}
    </div>
  );
}
