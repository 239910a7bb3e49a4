/**
 * Which optional routes exist in this checkout (calculator pages, the Diagnose page), read from
 * `src/pages/[locale]/` at build time so the sidebar never links to a page that is not built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CALCULATORS, type CalculatorName } from './nav';

const pagesDir = join(process.cwd(), 'src', 'pages', '[locale]');

function routeExists(dir: string, name: string): boolean {
  const d = join(pagesDir, dir);
  if (existsSync(join(d, `${name}.astro`)) || existsSync(join(d, name))) return true;
  // A dynamic route such as calculators/[name].astro serves every name.
  return dir !== '' && existsSync(d) && readdirSync(d).some((f) => /^\[[^\]]+\]\.astro$/.test(f));
}

/** The calculator pages present under `/<lang>/calculators/<name>/`. */
export function builtCalculators(): CalculatorName[] {
  return CALCULATORS.filter((c) => routeExists('calculators', c));
}

/** The tool pages besides the calculators, in the order the home page lists them. */
export const TOOL_PAGES = ['diagnose', 'advisor', 'compare'] as const;
export type ToolPage = (typeof TOOL_PAGES)[number];

/** The tool pages present in this checkout (`/<lang>/<tool>/`). */
export function builtTools(): ToolPage[] {
  return TOOL_PAGES.filter((t) => routeExists('', t));
}
