// @ts-check
/**
 * Vite plugin: in client bundles, the option registry's en/zh descriptions become empty strings.
 * The model needs keys, defaults and fallback keys in the browser, never the prose; pages pass
 * the one language they show as props. Server rendering, the CLI and tests keep the full text.
 * Saves about 10 KB raw / 2.5 KB gzip of every calculator page's JavaScript.
 */

/** `description: { en: '…', zh: '…' }` with single-quoted strings (escapes allowed). */
export const DESCRIPTION_LITERAL = /description:\s*\{\s*en:\s*'(?:[^'\\\n]|\\.)*',\s*zh:\s*'(?:[^'\\\n]|\\.)*',?\s*\}/g;

/** @param {string} code */
export function stripDescriptions(code) {
  return code.replace(DESCRIPTION_LITERAL, "description: { en: '', zh: '' }");
}

/** @returns {import('vite').Plugin} */
export function leanRegistry() {
  return {
    name: 'fmg-lean-registry',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr) return null;
      if (!/[\\/]src[\\/]model[\\/]options[\\/][^\\/]+\.ts$/.test(id.split('?')[0] ?? '')) return null;
      return { code: stripDescriptions(code), map: null };
    },
  };
}
