import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, Diagnoser } from '~/model/diagnose';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/diagnose/${name}`, import.meta.url), 'utf8');

describe('diagnose: each failure kind is recognised with the right id', () => {
  it.each([
    ['java-heap-space.txt', ['java-heap-space']],
    ['gc-overhead.txt', ['gc-overhead-limit']],
    ['direct-buffer.txt', ['direct-buffer-memory']],
    ['metaspace.txt', ['metaspace']],
    ['nbp-allocation.txt', ['network-buffer-pool-allocation']],
    ['insufficient-buffers-1x.txt', ['insufficient-network-buffers']],
    ['insufficient-buffers-short.txt', ['insufficient-network-buffers']],
    ['yarn-killed.txt', ['yarn-container-killed']],
    ['k8s-oomkilled.txt', ['kubernetes-oomkilled']],
    ['illegal-config.txt', ['illegal-configuration']],
    ['heartbeat-after-gc.txt', ['long-gc-pause', 'heartbeat-timeout']],
    ['rocksdb-k8s.txt', ['rocksdb-native-memory', 'kubernetes-oomkilled']],
    ['unrelated.txt', []],
  ])('%s → %j', (file, ids) => {
    const d = diagnose(fixture(file));
    expect(d.findings.map((f) => f.id)).toEqual(ids);
  });
});

describe('diagnose: details', () => {
  it('reads the lower bound off the 1.x message as information, not as the fix', () => {
    const [f] = diagnose(fixture('insufficient-buffers-1x.txt')).findings;
    // 2048 buffers + (33 required − 5 available) = 2076 buffers: what that one moment needed.
    const step = f?.fixes.find((x) => x.id === 'network-step');
    expect(step?.params['lowerBound']).toBe('2076');
    expect(step?.params['current']).toBe('64m');
    expect(step?.set).toBeUndefined();
  });

  it('keeps the verbatim Flink message of a configuration refusal', () => {
    const [f] = diagnose(fixture('illegal-config.txt')).findings;
    expect(f?.params['message']).toMatch(/^TaskManager memory configuration failed: Sum of configured Framework Heap Memory/);
  });

  it('marks the heartbeat timeout as a consequence of the long GC pause', () => {
    const d = diagnose(fixture('heartbeat-after-gc.txt'));
    expect(d.findings[1]?.consequenceOf).toBe('long-gc-pause');
    expect(d.findings[0]?.params['ms']).toBe('18342');
  });

  it('puts a root cause first even when its effect appears earlier', () => {
    const text = [
      'java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-1 timed out.',
      'java.lang.OutOfMemoryError: Java heap space',
    ].join('\n');
    expect(diagnose(text).findings.map((f) => f.id)).toEqual(['java-heap-space', 'heartbeat-timeout']);
  });

  it('lists several failures in order of appearance and counts repeats', () => {
    const text = [fixture('metaspace.txt'), fixture('direct-buffer.txt'), fixture('metaspace.txt')].join('\n');
    const d = diagnose(text);
    expect(d.findings.map((f) => f.id)).toEqual(['metaspace', 'direct-buffer-memory']);
    expect(d.findings[0]?.count).toBe(2);
  });

  it('reads the version banner, loaded properties and JVM flags', () => {
    const d = diagnose(
      [
        '2024-01-01 00:00:00,000 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner [] -  Starting TaskManager (Version: 1.20.1, Scala: 2.12, Rev:abc, Date:2025-02-01)',
        '2024-01-01 00:00:00,100 INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: taskmanager.memory.process.size, 1728m',
        'INFO  [] - JVM Options: -Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456',
        'INFO  [] - Program Arguments: -D taskmanager.memory.network.min=134217730b -D __proto__=x -D taskmanager.numberOfTaskSlots=1',
      ].join('\n'),
    );
    expect(d.extracted.flinkVersion).toBe('1.20.1');
    expect(d.extracted.config['taskmanager.memory.process.size']).toBe('1728m');
    expect(d.extracted.config['taskmanager.memory.network.min']).toBe('134217730b');
    expect(Object.keys(d.extracted.config)).not.toContain('__proto__');
    expect(d.extracted.jvm).toEqual({ xmx: '536870902', maxDirect: '268435458', maxMetaspace: '268435456' });
    expect(d.calculators[0]?.name).toBe('taskmanager');
    expect(d.calculators[0]?.query).toContain('v=1.20');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('gives the same result whatever the chunking', () => {
    const text = [fixture('heartbeat-after-gc.txt'), fixture('yarn-killed.txt'), fixture('insufficient-buffers-1x.txt')].join(
      '\n',
    );
    const whole = diagnose(text);
    for (const size of [1, 7, 64, 4096]) {
      const d = new Diagnoser();
      for (let i = 0; i < text.length; i += size) d.push(text.slice(i, i + size));
      expect(d.finish().findings).toEqual(whole.findings);
    }
  });

  it('survives a 20 MB log and pathological lines', () => {
    const noise =
      '2024-05-01 12:00:00,000 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint 42 for job 0000 (1234 bytes, checkpointDuration=12 ms).\n';
    const d = new Diagnoser();
    const chunk = noise.repeat(10_000);
    for (let i = 0; i < 20_000_000 / chunk.length; i++) d.push(chunk);
    d.push('x'.repeat(5_000_000));
    d.push('\njava.lang.OutOfMemoryError: Java heap space\n');
    const r = d.finish();
    expect(r.findings.map((f) => f.id)).toEqual(['java-heap-space']);
    expect(r.lines).toBeGreaterThan(100_000);
  });
});
