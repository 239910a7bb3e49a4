/**
 * Flink's log lines, link problems and changed defaults, split from the shell so a calculator page
 * loads this code only when it has something to say (it keeps the page's first JavaScript small).
 * Refusals and fixes, which carry the fix texts, are in `fixes.tsx`.
 */
import type { FlinkVersion, LogEntry } from '~/model/types';
import type { UrlProblem } from '~/model/urlstate';
import type { CalcStrings } from '~/i18n/calculators';
import { changedDefaults, fill } from './viewmodel';
import { useExplanations } from './lazy';
import { readable } from './readable';
import type { Explanation, FieldSpec } from './types';

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
