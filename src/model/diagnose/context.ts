/**
 * Which process failed: a TaskManager, the JobManager, or something that is not Flink at all
 * (the Kubernetes operator, a sidecar). Read from the finding's own text first, then from the
 * lines around it (class names in the trace, the container or pod named just before it), then
 * from the whole paste (start-up banner, log file paths).
 */
import type { DiagnosisId, ProcessKind } from './patterns';
import { RECORD_START } from './normalize';

/** The lines of the log record around a finding: from its header line to the next record. */
function recordOf(c: ContextSignals): { before: readonly string[]; after: readonly string[] } {
  let from = -1;
  for (let i = c.before.length - 1; i >= 0; i--) {
    if (RECORD_START.test(c.before[i]!)) {
      from = i;
      break;
    }
  }
  const before = RECORD_START.test(c.text) ? [] : from >= 0 ? c.before.slice(from) : c.before;
  const end = c.after.findIndex((l) => RECORD_START.test(l));
  return { before, after: end >= 0 ? c.after.slice(0, end) : c.after };
}

const TM_CLASS =
  /org\.apache\.flink\.runtime\.taskexecutor|org\.apache\.flink\.runtime\.taskmanager\.Task\b|TaskManagerRunner|TaskExecutorRunner|org\.apache\.flink\.streaming\.runtime\.tasks|\bStreamTask\b|switched from \w+ to FAILED|task executor has to be shutdown|'taskmanager\.memory\.|TaskExecutor\b/;
const JM_CLASS =
  /ClusterEntrypoint|org\.apache\.flink\.runtime\.(?:jobmaster|dispatcher|resourcemanager|rest|scheduler|checkpoint\.CheckpointCoordinator|blob\.BlobServer)|Flink Master has to be shutdown|'jobmanager\.memory\.|\bJobMaster\b|\bDispatcher\b/;

/** Containers that run beside Flink in its pods, and the operator's own deployment. */
const SIDECAR =
  /^(?:istio-proxy|istio-init|envoy|linkerd-proxy|fluent-?bit|fluentd|filebeat|promtail|vector|log-?shipper|logrotate|otel-collector|datadog-agent|cloud-?sql-proxy|vault-agent|jaeger-agent|sidecar[\w-]*|[\w-]*-sidecar)$/i;
const OPERATOR = /flink-kubernetes-operator|flink-operator|\boperator-[0-9a-f]{6,}/i;

/** A pod, container or host name that says which process it is. */
export function nameKind(name: string): ProcessKind | undefined {
  if (OPERATOR.test(name)) return 'other';
  if (SIDECAR.test(name)) return 'other';
  if (/taskmanager|taskexecutor|-tm-\d|\btm-\d/i.test(name)) return 'taskmanager';
  if (/jobmanager|standalonesession|-jm-|\bjm-\d/i.test(name)) return 'jobmanager';
  if (/^container_\w+_0*1$/.test(name)) return 'jobmanager'; // YARN: container 000001 is the ApplicationMaster
  if (/^container_\w+_\d+$/.test(name)) return 'taskmanager';
  return undefined;
}

/** The names a line introduces: `Name: x`, `- name: x`, a `describe` container header, a pod row. */
function namesIn(line: string): string[] {
  const out: string[] = [];
  const named = /^(?:-\s*)?(?:Name|name|pod|Pod|podName|containerName|container)\s*[:=]\s*["']?([\w.-]+)/.exec(line);
  if (named) out.push(named[1]!);
  const header = /^([a-z][\w-]*):\s*$/.exec(line);
  if (
    header &&
    !/^(?:containers|init containers|state|last state|limits|requests|conditions|volumes|events|labels|annotations|mounts|environment|lastState|terminated|status|containerStatuses|resources|spec|metadata)$/i.test(
      header[1]!,
    )
  )
    out.push(header[1]!);
  const podRef =
    /\b(?:pod|Pod)s?\/?\s+["']?([\w.-]+)|\b([\w-]+-(?:taskmanager|jobmanager)[\w-]*)|\b(flink-kubernetes-operator[\w-]*)|\b(container_\w+_\d+)/.exec(
      line,
    );
  if (podRef) out.push((podRef[1] ?? podRef[2] ?? podRef[3] ?? podRef[4])!);
  return out;
}

export interface ContextSignals {
  /** Lines before the finding (oldest first) and the finding's own lines and those after it. */
  before: readonly string[];
  after: readonly string[];
  /** The matched text itself. */
  text: string;
  params: Readonly<Record<string, string>>;
}

/** What the whole paste says about its writer (banner, log paths, class counts). */
export interface GlobalSignals {
  banner?: ProcessKind;
  paths: { taskmanager: number; jobmanager: number };
  classes: { taskmanager: number; jobmanager: number };
}

export function newGlobalSignals(): GlobalSignals {
  return { paths: { taskmanager: 0, jobmanager: 0 }, classes: { taskmanager: 0, jobmanager: 0 } };
}

/** Updates the paste-wide signals with one line. */
export function observeLine(g: GlobalSignals, line: string): void {
  const banner = /Starting\s+(\w+)\s*\(Version/.exec(line);
  if (banner && !g.banner) {
    const who = banner[1]!;
    if (/TaskManager|TaskExecutor/.test(who)) g.banner = 'taskmanager';
    else if (/Entrypoint|JobManager|Master/.test(who)) g.banner = 'jobmanager';
  }
  if (
    /taskmanager\.(?:log|out|err)\b|taskexecutor-\d+[\w.-]*\.log|\/taskmanager\/|-Dlog\.file=\S*taskmanager|-Dlog\.file=\S*taskexecutor/i.test(
      line,
    )
  )
    g.paths.taskmanager++;
  if (
    /jobmanager\.(?:log|out|err)\b|standalonesession-\d+[\w.-]*\.log|\/jobmanager\/|-Dlog\.file=\S*jobmanager|-Dlog\.file=\S*standalonesession/i.test(
      line,
    )
  )
    g.paths.jobmanager++;
  if (TM_CLASS.test(line)) g.classes.taskmanager++;
  if (JM_CLASS.test(line)) g.classes.jobmanager++;
}

/** Decides the process of one finding. */
export function processOf(id: DiagnosisId, c: ContextSignals, g: GlobalSignals): ProcessKind {
  // 1. What the finding itself says.
  switch (id) {
    case 'network-buffer-pool-allocation':
    case 'insufficient-network-buffers':
    case 'exclusive-buffers-timeout':
      return 'taskmanager';
    case 'heartbeat-timeout': {
      const who = c.params['component'];
      if (who === 'TaskManager') return 'taskmanager';
      if (who === 'JobManager' || who === 'ResourceManager') return 'jobmanager';
      break;
    }
    case 'illegal-configuration': {
      const m = c.params['message'] ?? c.text;
      if (/^TaskManager memory configuration failed|taskmanager\.memory\.|Task Heap|Network Memory|Managed Memory/.test(m))
        return 'taskmanager';
      if (/^JobManager memory configuration failed|jobmanager\.memory\.|JVM Heap Memory|Off-heap Memory/.test(m))
        return 'jobmanager';
      break;
    }
    case 'yarn-container-killed':
    case 'yarn-virtual-memory':
    case 'container-exit-143': {
      const id = /containerID=(container_\w+)|Container\s+(container_\w+)/.exec([...c.before.slice(-3), c.text].join(' '));
      const kind = id ? nameKind((id[1] ?? id[2])!) : undefined;
      if (kind) return kind;
      break;
    }
    default:
      break;
  }
  if (/Flink Master has to be shutdown|'jobmanager\.memory\.(?:heap|off-heap|jvm-metaspace)/.test(c.text)) return 'jobmanager';
  if (/task executor has to be shutdown|'taskmanager\.memory\./.test(c.text)) return 'taskmanager';

  // 2. The nearest container or pod named before the finding (kubectl describe, pod YAML, events).
  const k8s = ['kubernetes-oomkilled', 'container-exit-137', 'native-thread'].includes(id);
  if (k8s) {
    for (const l of [c.text, ...[...c.before].reverse()]) {
      for (const n of namesIn(l)) {
        const kind = nameKind(n);
        if (kind) return kind;
      }
    }
  }

  // 3. Class names in the log record that carries the failure (its header line, the trace).
  const { before, after } = recordOf(c);
  const near = [...before, c.text, ...after.slice(0, 25)];
  let tm = 0;
  let jm = 0;
  for (const l of near) {
    if (TM_CLASS.test(l)) tm++;
    if (JM_CLASS.test(l)) jm++;
  }
  if (tm !== jm) return tm > jm ? 'taskmanager' : 'jobmanager';
  for (const l of near) {
    for (const n of namesIn(l)) {
      const kind = nameKind(n);
      if (kind) return kind;
    }
  }

  // 4. The whole paste. A GC log line belongs to whichever JVM wrote that GC log, which the
  // classes of a neighbouring Flink log do not tell.
  if (g.banner) return g.banner;
  if (g.paths.taskmanager !== g.paths.jobmanager) return g.paths.taskmanager > g.paths.jobmanager ? 'taskmanager' : 'jobmanager';
  if (id === 'long-gc-pause' || id === 'gc-to-space-exhausted') return 'unknown';
  if (g.classes.taskmanager !== g.classes.jobmanager)
    return g.classes.taskmanager > g.classes.jobmanager ? 'taskmanager' : 'jobmanager';
  if (id === 'yarn-container-killed' || id === 'container-exit-143') return 'taskmanager';
  return 'unknown';
}

/** The container or pod the finding names, for the texts (e.g. the sidecar that was killed). */
export function subjectName(c: ContextSignals): string | undefined {
  for (const l of [c.text, ...c.before.slice(-30).reverse()]) {
    for (const n of namesIn(l)) if (nameKind(n) || SIDECAR.test(n)) return n;
  }
  return undefined;
}

/** True when the trace around the finding runs inside RocksDB code. */
export function inRocksDb(c: ContextSignals): boolean {
  return [...c.before.slice(-3), c.text, ...c.after.slice(0, 30)].some((l) =>
    /org\.rocksdb\.|\.RocksDB\w*\.|RocksDB(?:ListState|MapState|ValueState|KeyedStateBackend|StateBackend)/.test(l),
  );
}
