/**
 * Flink's refusal with its explanation, and the model's verified fixes: split from `notes.tsx`
 * because the fix texts are the heaviest part, and a page needs them only when Flink refuses a
 * configuration or a fix is offered.
 */
import type { FlinkError } from '~/model/types';
import type { CalcStrings } from '~/i18n/calculators';
import type { Advice } from '~/model/advice/types';
import { fixText } from '~/i18n/advice';
import { fill } from './viewmodel';
import { useExplanations } from './lazy';
import { readable } from './readable';
import type { Explanation } from './types';

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
