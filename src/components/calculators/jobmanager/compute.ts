/** JobManager calculator: state → the model's result (loaded lazily in the browser). */
import { deriveJobManager } from '~/model/jobmanager';
import { fixesFor, type Advice } from '~/model/advice';
import { adviceFor } from '../taskmanager/compute';
import type { JobManagerResult } from '~/model/types';
import type { CalcState, WithHuman } from '../kit/types';
import { withHuman } from '../kit/human';

export { durationProblem, sizeProblem } from '../kit/human';

/** The JobManager has no local mode (its options are ignored there): read as standalone. */
export function computeJm(s: CalcState): WithHuman<JobManagerResult & { advice?: Advice | undefined }> {
  const opts = { version: s.v, mode: s.mode === 'local' ? 'standalone' : s.mode } as const;
  const r = deriveJobManager(s.config, opts);
  if (r.ok) return withHuman(r);
  return withHuman({ ...r, advice: adviceFor(() => fixesFor('jobmanager', s.config, opts)) });
}

export { computeJm as compute };
