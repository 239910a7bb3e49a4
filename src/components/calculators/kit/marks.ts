/** Performance marks around a keystroke, for `npm run bench` (keystroke → figures). */
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Marks the end of a re-render after an input, for `npm run bench`: a layout effect runs once the
 * DOM is updated and before the browser paints (a plain effect would wait for the next frame).
 */
export function useRenderedMark(dep: unknown): void {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (typeof performance !== 'undefined' && performance.mark) performance.mark('fmg:rendered');
  }, [dep]);
}

/** Marks a keystroke (pair of `fmg:rendered`). */
export function markInput(): void {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark('fmg:input');
}
