/**
 * The diagnosis page's two formatters, apart from its tables so the island can use them without
 * shipping every sentence before the reader pastes anything.
 */

/**
 * Fills `{name}` placeholders and `{name, select, undefined {…} other {…}}` parts (the first
 * when the value is missing); unknown names are left out rather than printed raw.
 */
export function fill(template: string, params: Readonly<Record<string, string | undefined>>): string {
  return template
    .replace(
      /\{(\w+), select, undefined \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g,
      (_m, name: string, none: string, body: string) => (params[name] === undefined || params[name] === '' ? none : body),
    )
    .replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '');
}

/** A count in the reader's language: `12.2 million` in English, `1220 万` in Chinese. */
export function largeCount(chars: number, lang: 'en' | 'zh'): string {
  if (lang === 'zh') {
    if (chars >= 1e8) return `${Number((chars / 1e8).toFixed(2))} 亿`;
    return `${Math.round(chars / 1e4)} 万`;
  }
  return (chars / 1e6).toFixed(1);
}
