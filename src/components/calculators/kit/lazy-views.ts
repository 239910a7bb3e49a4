/** The views a calculator shows only when there is something to show: a refusal, a warning, a changed default. */
import { importOnce } from './lazy';

export const loadRefusal = importOnce(() => import('./refusal'));
