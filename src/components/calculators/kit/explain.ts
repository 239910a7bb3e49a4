/** Explanations of Flink's message ids in the page's language, the full table loaded on demand. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { importOnce, useLazy } from './lazy';
import type { Explanation } from './types';

/** The full explanation tables (both languages), fetched at most once per page. */
const loadExplanations = importOnce(() => import('./explanations'));

/**
 * The page ships only the explanations its server-rendered result needs (the full tables would
 * add tens of kilobytes of HTML to every page with a calculator); any other id is looked up in
 * the table loaded on demand, in the page's language.
 */
export function useExplanations(given: Readonly<Record<string, Explanation>>): (id: string) => Explanation | undefined {
  // Set by lookups during render; the effect after the render asks for the table once if needed.
  const missed = useRef(false);
  missed.current = false;
  const [needed, setNeeded] = useState(false);
  const { module } = useLazy(loadExplanations, needed);
  useEffect(() => {
    if (missed.current && !needed) setNeeded(true);
  });
  const loaded = module?.explanationsFor(document.documentElement.lang.startsWith('zh') ? 'zh' : 'en');
  return (id) => {
    const e = given[id] ?? loaded?.[id];
    if (e === undefined && loaded === undefined) missed.current = true;
    return e;
  };
}
