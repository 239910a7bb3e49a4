/** The views a calculator shows only when there is something to show: a refusal, a warning, a changed default. */
import { importOnce } from './lazy';

/** Log lines, link problems, changed defaults. */
export const loadNotes = importOnce(() => import('./notes'));
/** A refusal and the verified fixes (with the fix texts, the heavier part). */
export const loadFixes = importOnce(() => import('./fixes'));
