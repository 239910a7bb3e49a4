/**
 * The diagnosis island: paste or open a log, get the failures found (root cause first), their
 * causes and fixes, and the memory configuration the log printed. Renders only; the work is
 * `~/model/diagnose`, run by `./run` in a worker.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnosis, Finding } from '~/model/diagnose';
import { fill, type diagnoseText } from '~/i18n/diagnose';

type Text = (typeof diagnoseText)['en' | 'zh'];

interface Props {
  lang: 'en' | 'zh';
  /** The language's table, passed from the page so only one language ships. */
  text: Text;
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

const CALC_NAMES = { taskmanager: { en: 'TaskManager', zh: ' TaskManager ' }, jobmanager: { en: 'JobManager', zh: ' JobManager ' } };

export default function Diagnose({ lang, text, base }: Props) {
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
      setProblem(text.ui['emptyPaste']);
      return;
    }
    setProblem(undefined);
    setBusy(true);
    setProgress(0);
    try {
      const { runDiagnosis } = await import('./run');
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

  return (
    <div class="diagnose" data-diagnose>
      <form onSubmit={onSubmit}>
        <label for="diagnose-input">{text.ui['pasteLabel']}</label>
        <textarea
          id="diagnose-input"
          rows={12}
          spellcheck={false}
          value={input}
          onInput={(e) => {
            setLarge(undefined);
            setInput((e.currentTarget as HTMLTextAreaElement).value);
          }}
          onPaste={onPaste}
          placeholder="java.lang.OutOfMemoryError: …"
        />
        {large !== undefined && (
          <p class="diagnose__large" data-large-paste={large.length}>
            {fill(text.ui['largePaste'], { size: (large.length / 1e6).toFixed(1) })}
          </p>
        )}
        <div class="diagnose__actions">
          <button type="submit" class="button" disabled={busy}>{text.ui['analyse']}</button>
          <button type="button" disabled={busy} onClick={() => { setInput(''); setLarge(undefined); setResult(undefined); setProblem(undefined); }}>
            {text.ui['clear']}
          </button>
          <label class="diagnose__file">
            {text.ui['loadFile']}{' '}
            <input ref={fileRef} type="file" accept=".log,.txt,.out,text/plain" onChange={onFile} disabled={busy} />
          </label>
        </div>
      </form>
      <div aria-live="polite" class="diagnose__status">
        {busy && (
          <p>
            <progress aria-label={fill(text.ui['progress'], { chars: '' })} />{' '}
            {fill(text.ui['progress'], { chars: progress.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
          </p>
        )}
        {problem && <p class="diagnose__problem" role="alert">{problem}</p>}
      </div>
      {result && !busy && <Results lang={lang} text={text} base={base} result={result} />}
    </div>
  );
}

function Results({ lang, text, base, result }: { lang: 'en' | 'zh'; text: Text; base: string; result: Diagnosis }) {
  const block = [...result.extracted.blocks].reverse()[0];
  return (
    <section class="diagnose__results" aria-live="polite">
      <h2 id="findings">{text.ui['findings']}</h2>
      {result.findings.length === 0 ? (
        <p data-diagnosis="none">{text.ui['notMemory']}</p>
      ) : (
        <ol class="diagnose__list">
          {result.findings.map((f) => <FindingItem key={f.id} lang={lang} text={text} base={base} f={f} />)}
        </ol>
      )}
      {(block || result.extracted.flinkVersion || result.calculators.length > 0) && (
        <section class="diagnose__extracted">
          <h3>{text.ui['extracted']}</h3>
          {result.extracted.flinkVersion && (
            <p>{text.ui['version']}: <code data-figure="flinkVersion">{result.extracted.flinkVersion}</code></p>
          )}
          {block && (
            <dl class="diagnose__figures" data-role={block.role}>
              {Object.entries(block.figures).map(([name, bytes]) => (
                <div key={name}>
                  <dt>{FIGURE_LABELS[name]?.[lang] ?? name}</dt>
                  <dd data-figure={name} data-bytes={String(bytes)}>{String(bytes)} bytes</dd>
                </div>
              ))}
            </dl>
          )}
          {result.calculators.map((c) => (
            <p key={c.name}>
              <a class="button" href={`${base}${lang}/calculators/${c.name}/?${c.query}`} data-calculator-link={c.name}>
                {fill(text.ui['openCalculator'], { name: CALC_NAMES[c.name][lang] })}
              </a>
            </p>
          ))}
        </section>
      )}
    </section>
  );
}

function FindingItem({ lang, text, base, f }: { lang: 'en' | 'zh'; text: Text; base: string; f: Finding }) {
  const d = text.diagnoses[f.id];
  const params = { ...f.params };
  return (
    <li data-diagnosis={f.id} class="diagnose__finding">
      <h3>{d.title}</h3>
      <p class="diagnose__meta">
        {fill(text.ui['line'], { line: String(f.line) })}
        {f.count > 1 && <> · {fill(text.ui['times'], { count: String(f.count) })}</>}
      </p>
      {f.consequenceOf && (
        <p class="diagnose__consequence">{fill(text.ui['consequenceOf'], { cause: text.diagnoses[f.consequenceOf].title })}</p>
      )}
      <p><strong>{text.ui['pool']}:</strong> {fill(d.what, params)}</p>
      {f.params['messageId'] && <ModelExplanation id={f.params['messageId']} lang={lang} />}
      <details>
        <summary>{text.ui['flinkMessage']}</summary>
        <pre data-flink-message={f.params['message'] ?? f.excerpt}><code>{f.excerpt}</code></pre>
      </details>
      <p><strong>{text.ui['causes']}:</strong></p>
      <ol>
        {f.causes.map((c) => <li key={c}>{(text.causes as Record<string, string>)[c] ?? c}</li>)}
      </ol>
      {f.suggestions.length > 0 && (
        <>
          <p><strong>{text.ui['fix']}:</strong></p>
          <ul>
            {f.suggestions.map((s) => (
              <li key={s.key} data-suggestion={s.key}>
                <code>{s.key}{s.value !== undefined ? `: ${s.value}` : ''}</code> —{' '}
                {fill((text.suggestions as Record<string, string>)[s.reason] ?? '', { ...params, value: s.value })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p><a href={`${base}${lang}/troubleshooting/#${f.anchor}`}>{text.ui['readMore']}</a></p>
    </li>
  );
}

interface Explained { title: string; explanation: string; fix: string }

/**
 * The calculators' explanation of a Flink refusal, loaded on demand (the tables are large).
 * Texts whose placeholders need the original configuration are shown only when complete.
 */
function ModelExplanation({ id, lang }: { id: string; lang: 'en' | 'zh' }) {
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
      <p><strong>{x.title}</strong></p>
      {complete(x.explanation) && <p>{x.explanation}</p>}
      {complete(x.fix) && <p>{x.fix}</p>}
    </div>
  );
}
