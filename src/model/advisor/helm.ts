/**
 * Helm-style values for the Flink Kubernetes operator: the parts of a FlinkDeployment a chart
 * templates (flinkVersion, flinkConfiguration, jobManager/taskManager resources). The process
 * sizes move to `resource.memory`, which the operator maps to `*.memory.process.size`.
 */
import { atLeast } from '../version';
import type { Advice } from './types';

const TM_PROCESS = 'taskmanager.memory.process.size';
const JM_PROCESS = 'jobmanager.memory.process.size';

/** `values.yaml` text for a chart that renders a FlinkDeployment from these values. */
export function helmValues(a: Advice): string {
  const v = a.input.version;
  const lines = ['# values.yaml for a chart that renders a FlinkDeployment (Flink Kubernetes operator)'];
  if (atLeast(v, '1.13')) lines.push(`flinkVersion: v${v.replace('.', '_')}`);
  lines.push(`image: "flink:${v}"`, 'flinkConfiguration:');
  for (const [k, val] of Object.entries(a.config)) {
    if (k === TM_PROCESS || k === JM_PROCESS) continue;
    lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(val)}`);
  }
  const cpu = (n: number): string => String(Math.max(0.1, Math.round(n * 1000) / 1000));
  const jm = a.config[JM_PROCESS];
  if (jm !== undefined) lines.push('jobManager:', '  resource:', `    memory: ${JSON.stringify(jm)}`, '    cpu: 1');
  const tm = a.config[TM_PROCESS];
  if (tm !== undefined)
    lines.push('taskManager:', '  resource:', `    memory: ${JSON.stringify(tm)}`, `    cpu: ${cpu(a.input.tmCpus)}`);
  return `${lines.join('\n')}\n`;
}
