/** TaskManager calculator: state → the model's result (loaded lazily in the browser). */
import { deriveTaskManager } from '~/model/taskmanager';
import type { TaskManagerResult } from '~/model/types';
import type { CalcState, WithHuman } from '../kit/types';
import { withHuman } from '../kit/human';

export { sizeProblem } from '../kit/human';

export function computeTm(s: CalcState): WithHuman<TaskManagerResult> {
  const r = deriveTaskManager(s.config, { version: s.v, mode: s.mode });
  // The diagram's "native" segment: managed + metaspace + overhead.
  return withHuman(r, r.ok ? [r.managed + r.jvmMetaspace + r.jvmOverhead] : []);
}

export { computeTm as compute };
