/** CLI rendering of the model's verified fixes (`src/model/advice`), shared by tm, jm and network. */
import type { Advice } from '~/model/advice/types';
import { fixText } from '~/i18n/advice';

type Lang = 'en' | 'zh';

/** The JSON contract: `fixes: [{ set, text }]`; applying any `set` to the same input gives ok. */
export function fixesJson(advice: Advice, lang: Lang): { set: Record<string, string>; text: string; id: string }[] {
  return advice.fixes.map((f) => ({ set: { ...f.set }, text: fixText(f, lang), id: f.id }));
}

/** Text lines: each fix as `-D` arguments plus its sentence; or why there is none. */
export function fixesLines(advice: Advice, lang: Lang): string[] {
  if (advice.fixes.length === 0) {
    return advice.noSingleFix
      ? [
          '',
          lang === 'zh'
            ? '没有单个选项的修改能让 Flink 接受该配置；请在计算器中调整多个值。'
            : 'No single option change makes Flink accept this configuration; adjust several values in the calculator.',
        ]
      : [];
  }
  const lines = [
    '',
    lang === 'zh'
      ? '已验证的修复（每一项都已重新推导并被 Flink 接受）：'
      : 'Verified fixes (each re-derived and accepted by Flink):',
  ];
  for (const f of advice.fixes) {
    lines.push(
      `  ${Object.entries(f.set)
        .map(([k, v]) => `-D ${k}=${v}`)
        .join(' ')}`,
      `    ${fixText(f, lang)}`,
    );
  }
  return lines;
}
