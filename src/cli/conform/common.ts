import { toFlinkVersion } from '~/model/version';
import { DEPLOYMENT_MODES, type DeploymentMode, type FlinkVersion } from '~/model/types';
import type { VectorCase } from './types';

/** Vector `flinkVersion` (`1.20.1`, `2.0`) → modelled minor; throws on an unknown one (caught by the dispatcher). */
export function caseVersion(c: VectorCase): FlinkVersion {
  const v = toFlinkVersion(c.flinkVersion);
  if (!v) throw new Error(`unknown flinkVersion '${c.flinkVersion}'`);
  return v;
}

export function caseMode(c: VectorCase): DeploymentMode {
  const m = c.mode ?? 'standalone';
  if (!(DEPLOYMENT_MODES as readonly string[]).includes(m)) throw new Error(`unknown mode '${m}'`);
  return m as DeploymentMode;
}

/** Vector configs may carry JSON numbers/booleans; Flink receives their literal text. */
export function caseConfig(c: VectorCase): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.config ?? {})) out[k] = String(v);
  return out;
}
