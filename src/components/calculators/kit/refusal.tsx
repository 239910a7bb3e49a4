/**
 * Flink's refusal and warnings, link problems and changed defaults, split from the shell so a calculator page loads this code only
 * when it has something to refuse or warn about (it keeps the page's first JavaScript small).
 */
import type { FlinkError, FlinkVersion, LogEntry } from '~/model/types';
import type { UrlProblem } from '~/model/urlstate';
import type { CalcStrings } from '~/i18n/calculators';
import type { Advice } from '~/model/advice/types';
import { fixText } from '~/i18n/advice';
import { changedDefaults, fill } from './viewmodel';
import { useExplanations } from './explain';
import type { Explanation, FieldSpec } from './types';

/** Flink's refusal: verbatim message on the hook, then explanation and fix in the page's language. */
export function RefusalView({
  t,
  error,
  explanations,
  advice,
  lang,
}: {
  t: CalcStrings;
  error: FlinkError;
  explanations: Readonly<Record<string, Explanation>>;
  /** The model's verified fixes; when given they replace the table's general advice. */
  advice?: Advice | undefined;
  lang?: 'en' | 'zh';
}) {
  const ex = useExplanations(explanations)(error.id);
  const params = readable(t, error.params);
  return (
    <div class="calc__error" data-error={error.id} data-flink-message={error.message} role="alert">
      <p class="calc__error-title">{ex ? fill(ex.title, params) : t.refusedTitle}</p>
      <p class="calc__error-label">{t.flinkMessage}</p>
      <pre class="calc__pre calc__flink-message" tabIndex={0} aria-label={t.flinkMessage}>
        <code>
          {error.className}: {error.message}
        </code>
      </pre>
      {error.causes.length > 0 && (
        <details>
          <summary>{t.causes}</summary>
          <ul class="calc__causes">
            {error.causes.map((c, i) => (
              <li key={i}>
                <code>
                  {c.className}: {c.message}
                </code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {ex && (
        <>
          <p class="calc__error-label">{t.explanation}</p>
          <p class="calc__explanation">{fill(ex.explanation, params)}</p>
          {!advice && (
            <>
              <p class="calc__error-label">{t.fix}</p>
              <p class="calc__fix">{fill(ex.fix, params)}</p>
            </>
          )}
        </>
      )}
      {advice && <FixList t={t} advice={advice} lang={lang ?? 'en'} />}
      {error.keys && error.keys.length > 0 && (
        <p class="calc__error-keys">{fill(t.highlighted, { keys: error.keys.join(', ') })}</p>
      )}
    </div>
  );
}

/**
 * Every INFO / WARN line Flink logs while deriving (a capped network size, an overhead raised to
 * its min, an ignored fraction): what it means in the page's language, Flink's own text folded.
 */
export function LogListView({
  t,
  log,
  explanations,
}: {
  t: CalcStrings;
  log: readonly LogEntry[];
  explanations: Readonly<Record<string, Explanation>>;
}) {
  const explain = useExplanations(explanations);
  if (log.length === 0) return null;
  return (
    <div class="calc__log">
      <p class="calc__error-label">{t.logTitle}</p>
      <ul>
        {log.map((l, i) => {
          const ex = explain(l.id);
          const params = readable(t, l.params);
          // "the maximal possible value" (1 TiB, 1000000 cores) is no size the reader should take literally.
          if (l.id === 'log.local-option-filled' && l.message.includes('maximal possible value'))
            params['value'] = t.localUnlimited;
          return (
            <li key={i} data-warning={l.level === 'WARN' ? l.id : undefined} data-log={l.id} data-level={l.level}>
              <strong>{t[`log.level.${l.level}`]}:</strong>{' '}
              {ex ? `${fill(ex.title, params)} — ${fill(ex.explanation, params)}` : l.message}
              <details>
                <summary>{t.logFlinkText}</summary>
                <code>
                  {l.level} {l.message}
                </code>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Parameters for the reader-language text: a Java `Infinity` / `NaN` (what Flink's own message
 * prints for 1e309) is said in words there; Flink's verbatim message keeps it.
 */
function readable(t: CalcStrings, params: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    out[k] = /^[+-]?Infinity$/.test(v) ? t.numOverflow : v === 'NaN' ? t.numNaN : v;
  }
  return out;
}

/** The model's fixes, each re-derived and accepted, or the plain statement that no single change does it. */
export function FixList({ t, advice, lang }: { t: CalcStrings; advice: Advice; lang: 'en' | 'zh' }) {
  if (advice.fixes.length === 0 && !advice.noSingleFix) return null;
  return (
    <div class="calc__fixes" data-fixes={advice.fixes.length}>
      <p class="calc__error-label">{t.verifiedFixes}</p>
      {advice.fixes.length === 0 ? (
        <p data-no-single-fix="">{t.noSingleFix}</p>
      ) : (
        <ul>
          {advice.fixes.map((f, i) => (
            <li key={i} data-fix-id={f.id} data-fix-set={JSON.stringify(f.set)}>
              {fixText(f, lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What in the link was not applied, and why (polite status). */
export function UrlProblemsView({
  problems,
  texts,
  title,
}: {
  problems: readonly UrlProblem[];
  texts: Readonly<Record<string, string>>;
  title?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div class="calc__url-problems" role="status" data-url-problems={problems.length}>
      {title && <p class="calc__error-label">{title}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{fill(texts[p.id] ?? p.id, { key: p.key ?? '', ...(p.params ?? {}) })}</li>
        ))}
      </ul>
    </div>
  );
}

/** Lists defaults that changed when the reader switched versions. */
export function DefaultChangesView({
  t,
  fields,
  from,
  to,
}: {
  t: CalcStrings;
  fields: readonly FieldSpec[];
  from: FlinkVersion | null;
  to: FlinkVersion;
}) {
  if (from === null || from === to) return null;
  const changes = changedDefaults(fields, from, to);
  return (
    <div class="calc__changes" data-default-changes={changes.length}>
      {changes.length === 0 ? (
        <p>{fill(t.noDefaultsChanged, { from, to })}</p>
      ) : (
        <>
          <p>{fill(t.defaultsChanged, { from, to })}</p>
          <ul>
            {changes.map((c) => (
              <li key={c.key}>
                <code>{c.key}</code>: {c.from ?? `(${t.noDefault})`} → {c.to ?? `(${t.noDefault})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
