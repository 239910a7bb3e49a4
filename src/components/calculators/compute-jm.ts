/** JobManager calculator: state → the model's result (loaded lazily in the browser). */
import { deriveJobManager } from '~/model/jobmanager';
import type { JobManagerResult } from '~/model/types';
import type { CalcState } from './useCalcState';
import { withHuman, type WithHuman } from './human';

export { sizeProblem } from './human';

/** The JobManager has no local mode (its options are ignored there): read as standalone. */
export function computeJm(s: CalcState): WithHuman<JobManagerResult> {
  return withHuman(deriveJobManager(s.config, { version: s.v, mode: s.mode === 'local' ? 'standalone' : s.mode }));
}
