/** TaskManager calculator: state → the model's result (loaded lazily in the browser). */
import { deriveTaskManager } from '~/model/taskmanager';
import type { TaskManagerResult } from '~/model/types';
import type { CalcState } from './useCalcState';
import { withHuman, type WithHuman } from './human';

export { sizeProblem } from './human';

export function computeTm(s: CalcState): WithHuman<TaskManagerResult> {
  const r = deriveTaskManager(s.config, { version: s.v, mode: s.mode });
  // The diagram's "native" segment: managed + metaspace + overhead.
  return withHuman(r, r.ok ? [r.managed + r.jvmMetaspace + r.jvmOverhead] : []);
}
