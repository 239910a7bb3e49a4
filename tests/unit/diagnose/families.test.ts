/**
 * Every failure family and variant, hand-written from the shapes people paste, is recognised
 * with the right pool and process — as pasted, inside English or Chinese prose, quoted as in
 * Markdown or e-mail, and hard-wrapped like YARN diagnostics or a log viewer. Unrelated
 * failures give no finding. Every fix that sets options is re-derived here: Flink accepts it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseFor, diagnose, type Diagnosis, type Finding } from '~/model/diagnose';
import { deriveJobManager } from '~/model/jobmanager';
import { parseMemorySize } from '~/model/memorysize';
import { deriveTaskManager } from '~/model/taskmanager';
import { toFlinkVersion } from '~/model/version';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/diagnose/cases/${name}`, import.meta.url), 'utf8');

type Expect = [id: string, pool: string, process: string];

/** file → findings, root cause first: [id, pool, process]. */
const CASES: readonly [string, readonly Expect[]][] = [
  ['heap-tm-jdk8.txt', [['java-heap-space', 'heap', 'taskmanager']]],
  ['heap-jm-entrypoint.txt', [['java-heap-space', 'heap', 'jobmanager']]],
  ['heap-sqlexception-chain.txt', [['java-heap-space', 'heap', 'taskmanager']]],
  ['gc-overhead-in-rocksdb.txt', [['gc-overhead-limit', 'heap', 'taskmanager']]],
  ['heap-zh-fullwidth.txt', [['java-heap-space', 'heap', 'taskmanager']]],
  ['heap-quoted-broken-phrase.txt', [['java-heap-space', 'heap', 'taskmanager']]],
  ['direct-jdk17-cannot-reserve.txt', [['direct-buffer-memory', 'direct', 'taskmanager']]],
  ['direct-enriched-noprefix.txt', [['direct-buffer-memory', 'direct', 'taskmanager']]],
  ['direct-netty.txt', [['direct-buffer-memory', 'direct', 'taskmanager']]],
  ['direct-jm.txt', [['direct-buffer-memory', 'direct', 'jobmanager']]],
  ['metaspace-jm.txt', [['metaspace', 'metaspace', 'jobmanager']]],
  ['metaspace-compressed-class.txt', [['metaspace', 'metaspace', 'taskmanager']]],
  ['network-2x-of-total.txt', [['insufficient-network-buffers', 'network-buffers', 'taskmanager']]],
  ['network-exclusive-timeout.txt', [['exclusive-buffers-timeout', 'network-buffers', 'taskmanager']]],
  ['yarn-summary-no-pid.txt', [['yarn-container-killed', 'container', 'taskmanager']]],
  ['yarn-hadoop3.txt', [['yarn-container-killed', 'container', 'taskmanager']]],
  ['yarn-vmem.txt', [['yarn-virtual-memory', 'container', 'taskmanager']]],
  ['yarn-am-killed.txt', [['yarn-container-killed', 'container', 'jobmanager']]],
  ['yarn-143-only.txt', [['container-exit-143', 'container', 'taskmanager']]],
  ['docker-137.txt', [['container-exit-137', 'container', 'taskmanager']]],
  ['k8s-describe-limit-above.txt', [['kubernetes-oomkilled', 'container', 'taskmanager']]],
  ['k8s-describe-limit-below.txt', [['kubernetes-oomkilled', 'container', 'taskmanager']]],
  ['k8s-pod-yaml.txt', [['kubernetes-oomkilled', 'container', 'taskmanager']]],
  ['k8s-events-jm.txt', [['kubernetes-oomkilled', 'container', 'jobmanager']]],
  ['k8s-operator.txt', [['kubernetes-oomkilled', 'container', 'other']]],
  ['k8s-sidecar.txt', [['kubernetes-oomkilled', 'container', 'other']]],
  ['native-thread.txt', [['native-thread', 'container', 'taskmanager']]],
  ['heartbeat-no-id.txt', [['heartbeat-timeout', 'gc-heartbeat', 'taskmanager']]],
  ['heartbeat-jm-from-tm.txt', [['heartbeat-timeout', 'gc-heartbeat', 'jobmanager']]],
  [
    'gc-g1-to-space.txt',
    [
      ['gc-to-space-exhausted', 'gc-heartbeat', 'unknown'],
      ['long-gc-pause', 'gc-heartbeat', 'unknown'],
    ],
  ],
  [
    'gc-jdk8-full.txt',
    [
      ['gc-to-space-exhausted', 'gc-heartbeat', 'unknown'],
      ['long-gc-pause', 'gc-heartbeat', 'unknown'],
    ],
  ],
  ['illegal-config-with-conf.txt', [['illegal-configuration', 'config', 'taskmanager']]],
  ['illegal-config-jm.txt', [['illegal-configuration', 'config', 'jobmanager']]],
  [
    'yarn-rocksdb.txt',
    [
      ['rocksdb-native-memory', 'rocksdb-native', 'taskmanager'],
      ['yarn-container-killed', 'container', 'taskmanager'],
    ],
  ],
  ['yarn-wrapped-80.txt', [['yarn-container-killed', 'container', 'taskmanager']]],
  ['yarn-rest-json.txt', [['yarn-container-killed', 'container', 'taskmanager']]],
  ['jvm-properties.txt', [['java-heap-space', 'heap', 'taskmanager']]],
  ['unrelated-slot-timeout.txt', []],
  ['unrelated-checkpoint-expired.txt', []],
  ['unrelated-kafka-auth.txt', []],
  ['unrelated-classnotfound.txt', []],
];

const shape = (d: Diagnosis): Expect[] => d.findings.map((f) => [f.id, f.pool, f.process]);

/** The surroundings and re-wrappings a real paste arrives in. */
const SHAPES: readonly [string, (t: string) => string][] = [
  ['as pasted', (t) => t],
  ['in English prose', (t) => `Hi, our Flink job fails after a few hours. Here is the log:\n\n${t}\nThanks for any hint!\n`],
  ['in Chinese prose', (t) => `各位好，我们的 Flink 作业运行几个小时后就失败了，日志如下：\n\n${t}\n求大佬指点，谢谢！\n`],
  [
    'quoted with "> "',
    (t) =>
      t
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
  ],
  ['with CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
];

describe.each(SHAPES)('each family and variant, %s', (_name, wrap) => {
  it.each(CASES)('%s', (file, expected) => {
    expect(shape(diagnose(wrap(fixture(file))))).toEqual(expected);
  });
});

/** Hard wraps at a fixed width, as a log viewer or a 80-column terminal copy does (words may be cut). */
const hardWrap = (t: string, width: number): string =>
  t
    .split('\n')
    .flatMap((l) => (l.length <= width ? [l] : l.match(new RegExp(`.{1,${width}}`, 'g'))!))
    .join('\n');

describe('hard-wrapped pastes (line breaks inside key phrases)', () => {
  const wrapped = CASES.filter(
    ([f]) => !f.startsWith('unrelated') && !/k8s-|yarn-rest|jvm-properties|illegal-config-with/.test(f),
  );
  it.each(wrapped)('%s at 60 columns', (file, expected) => {
    expect(shape(diagnose(hardWrap(fixture(file), 60))).map((e) => e[0])).toEqual(expected.map((e) => e[0]));
  });
});

describe('unrelated failures stay without a finding, also with memory words around them', () => {
  it.each(CASES.filter(([f]) => f.startsWith('unrelated')))('%s', (file) => {
    const text = `TaskManager memory: process.size 4g, heap looks fine.\n${fixture(file)}\n内存配置：taskmanager.memory.process.size: 4g`;
    expect(diagnose(text).findings).toEqual([]);
  });
});

function fixesOf(f: Finding): string[] {
  return f.fixes.flatMap((x) => Object.keys(x.set ?? {}));
}

describe('advice for the process that failed', () => {
  it('a JobManager heap error gets JobManager keys only', () => {
    const [f] = diagnose(fixture('heap-jm-entrypoint.txt')).findings;
    expect(f!.fixes.length).toBeGreaterThan(0);
    expect(fixesOf(f!).every((k) => k.startsWith('jobmanager.'))).toBe(true);
    expect(fixesOf(f!)).toContain('jobmanager.memory.process.size');
    expect(f!.fixes.map((x) => x.id)).not.toContain('state-off-heap');
  });
  it('a GC-overhead trace inside RocksDB code is not told to switch to RocksDB', () => {
    const [f] = diagnose(fixture('gc-overhead-in-rocksdb.txt')).findings;
    const ids = f!.fixes.map((x) => x.id);
    expect(ids).not.toContain('state-off-heap');
    expect(ids).toContain('rocksdb-heap');
    expect(fixesOf(f!)).not.toContain('state.backend.type');
  });
  it("the operator's own OOMKilled pod gets no Flink option", () => {
    const [f] = diagnose(fixture('k8s-operator.txt')).findings;
    expect(f!.fixes.map((x) => x.id)).toEqual(['operator-memory']);
    expect(fixesOf(f!)).toEqual([]);
    expect(f!.fixes[0]!.params['limit']).toBe('30Mi');
    expect(diagnose(fixture('k8s-operator.txt')).findings.map((x) => x.id)).not.toContain('rocksdb-native-memory');
  });
  it('a killed sidecar is named and gets no Flink option', () => {
    const [f] = diagnose(fixture('k8s-sidecar.txt')).findings;
    expect(f!.subject).toBe('istio-proxy');
    expect(f!.fixes.map((x) => x.id)).toEqual(['sidecar-memory']);
  });
  it('the virtual-memory check is fixed in YARN, not in Flink', () => {
    const [f] = diagnose(fixture('yarn-vmem.txt')).findings;
    expect(f!.fixes.map((x) => x.id)).toEqual(['yarn-vmem']);
    expect(f!.fixes[0]!.code).toContain('yarn.nodemanager.vmem-check-enabled');
  });
});

describe('JVM system properties are not Flink options', () => {
  it('separates -Dlog.file / -Dlog4j.* from -D taskmanager.*', () => {
    const x = diagnose(fixture('jvm-properties.txt')).extracted;
    expect(Object.keys(x.config).sort()).toEqual(['taskmanager.memory.network.min', 'taskmanager.memory.process.size']);
    expect(Object.keys(x.systemProperties).sort()).toEqual([
      'log.file',
      'log4j.configuration',
      'log4j.configurationFile',
      'logback.configurationFile',
    ]);
    expect(x.flinkVersion).toBe('1.20.1');
  });
});

/** Re-derives a fix on the configuration the paste revealed: Flink must accept it. */
function accepted(d: Diagnosis, f: Finding, set: Record<string, string>): boolean {
  const role = f.process === 'jobmanager' ? 'jobmanager' : 'taskmanager';
  const base = baseFor(role, d.extracted);
  const version = toFlinkVersion(d.extracted.flinkVersion) ?? undefined;
  const config = { ...(base?.config ?? {}), ...set };
  const r = role === 'taskmanager' ? deriveTaskManager(config, { version }) : deriveJobManager(config, { version });
  return r.ok;
}

describe("fixes: computed from the paste's configuration, verified, Flink-parsable", () => {
  const all = CASES.map(([file]) => [file, diagnose(fixture(file))] as const);
  it.each(all)('%s', (_file, d) => {
    for (const f of d.findings) {
      expect(f.fixes.length, f.id).toBeGreaterThan(0);
      for (const x of f.fixes) {
        for (const [k, v] of Object.entries(x.set ?? {})) {
          if (/size|min|max$/.test(k)) {
            expect(v, k).toMatch(/^\d+[mg]$/);
            expect(parseMemorySize(v).ok).toBe(true);
          }
        }
        if (x.set && f.id !== 'illegal-configuration')
          expect(accepted(d, f, x.set), `${f.id} ${JSON.stringify(x.set)}`).toBe(true);
        for (const v of Object.values(x.params)) expect(v).not.toMatch(/NaN|undefined|Infinity|^$/);
      }
    }
  });

  it('a pasted refusal gets the smallest total that works, from the loaded configuration', () => {
    const d = diagnose(fixture('illegal-config-with-conf.txt'));
    const [f] = d.findings;
    const fix = f!.fixes[0]!;
    expect(fix.id).toBe('config-total');
    const set = fix.set!;
    expect(Object.keys(set)).toEqual(['taskmanager.memory.flink.size']);
    const config = { ...d.extracted.config, ...set };
    expect(deriveTaskManager(config).ok).toBe(true);
    // One MiB less is refused: the value is the smallest that works, not a guess.
    const less = `${Number(set['taskmanager.memory.flink.size']!.replace(/m$/, '')) - 1}m`;
    expect(deriveTaskManager({ ...config, 'taskmanager.memory.flink.size': less }).ok).toBe(false);
  });

  it('a JobManager refusal is fixed from the numbers in its message', () => {
    const [f] = diagnose(fixture('illegal-config-jm.txt')).findings;
    expect(f!.fixes[0]!.id).toBe('config-total-from-message');
    expect(Object.keys(f!.fixes[0]!.set!)).toEqual(['jobmanager.memory.process.size']);
  });

  it('"Insufficient number of network buffers" never offers the bound read off the message as the fix', () => {
    const text = `Loading configuration property: taskmanager.memory.process.size, 4g\n${readFileSync(new URL('../../fixtures/diagnose/insufficient-buffers-1x.txt', import.meta.url), 'utf8')}`;
    const [f] = diagnose(text).findings;
    const fix = f!.fixes.find((x) => x.id === 'network-double')!;
    expect(fix.params['lowerBound']).toBe('2076');
    // 2076 buffers × 32 KiB ≈ 65m would be the bound; the fix doubles the network memory instead.
    expect(fix.set!['taskmanager.memory.network.min']).not.toBe('65m');
    expect(parseMemorySize(fix.set!['taskmanager.memory.network.min']!).ok).toBe(true);
    expect(f!.fixes.map((x) => x.id)).toContain('network-calculator');
  });

  it('Kubernetes: a limit above the process size goes to JVM overhead; one below shrinks the process', () => {
    const above = diagnose(fixture('k8s-describe-limit-above.txt'));
    expect(above.extracted.k8sLimit?.text).toBe('5Gi');
    const up = above.findings[0]!.fixes.find((x) => x.id === 'overhead-up-to-limit')!;
    expect(up.set).toMatchObject({ 'taskmanager.memory.process.size': '5g' });
    const below = diagnose(fixture('k8s-describe-limit-below.txt'));
    const down = below.findings[0]!.fixes.find((x) => x.id === 'process-within-limit')!;
    expect(down.set).toEqual({ 'taskmanager.memory.process.size': '3g' });
  });

  it('the overhead fix pins min and max, since jvm-overhead.max caps the fraction', () => {
    const d = diagnose(`Loading configuration property: taskmanager.memory.process.size, 16g\n${fixture('yarn-hadoop3.txt')}`);
    const fix = d.findings[0]!.fixes.find((x) => x.id === 'overhead-same-process')!;
    expect(fix.params['capped']).toBe('true');
    expect(fix.set!['taskmanager.memory.jvm-overhead.min']).toBe(fix.set!['taskmanager.memory.jvm-overhead.max']);
    const r = deriveTaskManager({ 'taskmanager.memory.process.size': '16g', ...fix.set });
    expect(r.ok && r.totalProcess).toBe(16n << 30n);
  });

  it('without a configuration, steps are concrete and carry no empty value', () => {
    const [f] = diagnose(fixture('heap-tm-jdk8.txt')).findings;
    expect(f!.fixes.map((x) => x.id)).toEqual(['task-heap-step', 'state-off-heap']);
  });
});
