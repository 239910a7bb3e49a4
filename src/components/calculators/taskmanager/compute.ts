/** TaskManager calculator: state → the model's result (loaded lazily in the browser). */
import { deriveTaskManager } from '~/model/taskmanager';
import { fixesFor, type Advice } from '~/model/advice';
import type { TaskManagerResult } from '~/model/types';
import type { CalcState, WithHuman } from '../kit/types';
import { withHuman } from '../kit/human';

export { durationProblem, sizeProblem } from '../kit/human';

/** The model's result plus, on a refusal, its verified fixes. */
export type TmView = TaskManagerResult & { advice?: Advice | undefined };

export function computeTm(s: CalcState): WithHuman<TmView> {
  const opts = { version: s.v, mode: s.mode };
  const r = deriveTaskManager(s.config, opts);
  // The diagram's "native" segment: managed + metaspace + overhead.
  if (r.ok) return withHuman<TmView>(r, [r.managed + r.jvmMetaspace + r.jvmOverhead]);
  return withHuman<TmView>({ ...r, advice: adviceFor(() => fixesFor('taskmanager', s.config, opts)) });
}

/** Fixes are extra: a search that fails leaves the refusal without them rather than breaking it. */
export function adviceFor(search: () => Advice): Advice | undefined {
  try {
    return search();
  } catch {
    return undefined;
  }
}

export { computeTm as compute };
