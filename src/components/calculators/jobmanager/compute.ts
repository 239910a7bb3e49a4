/** JobManager calculator: state → the model's result (loaded lazily in the browser). */
import { deriveJobManager } from '~/model/jobmanager';
import type { JobManagerResult } from '~/model/types';
import type { CalcState, WithHuman } from '../kit/types';
import { withHuman } from '../kit/human';

export { sizeProblem } from '../kit/human';

/** The JobManager has no local mode (its options are ignored there): read as standalone. */
export function computeJm(s: CalcState): WithHuman<JobManagerResult> {
  return withHuman(deriveJobManager(s.config, { version: s.v, mode: s.mode === 'local' ? 'standalone' : s.mode }));
}

export { computeJm as compute };
