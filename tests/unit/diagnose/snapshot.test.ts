/**
 * Runtime snapshots: Flink's REST API (`/taskmanagers/<id>`, `/taskmanagers/<id>/metrics?get=…`,
 * 1.15+/2.x field names) and Prometheus scrapes give per-pool verdicts, and every recommendation
 * is re-derived on the snapshot's own memory configuration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, type SnapshotAnalysis } from '~/model/diagnose';
import { deriveTaskManager } from '~/model/taskmanager';

const snap = (name: string): SnapshotAnalysis => {
  const d = diagnose(readFileSync(new URL(`../../fixtures/diagnose/snapshots/${name}`, import.meta.url), 'utf8'));
  expect(d.findings).toEqual([]);
  expect(d.snapshot, name).toBeDefined();
  return d.snapshot!;
};
const verdicts = (s: SnapshotAnalysis) => Object.fromEntries(s.pools.map((p) => [p.pool, p.verdict]));

describe('runtime snapshots', () => {
  it('REST /taskmanagers/<id>: heap near its limit, network mostly idle; a verified heap fix and a calculator link', () => {
    const s = snap('rest-taskmanager-1.20.json');
    expect(s.source).toBe('rest');
    expect(s.id).toBe('10.0.3.17:40123-8f1c2e');
    expect(verdicts(s)).toEqual({ heap: 'near-limit', network: 'idle', direct: 'ok' });
    expect(s.fixes.map((f) => f.id)).toEqual(['snapshot-heap']);
    const q = new URLSearchParams(s.calculator!.query);
    expect(q.get('taskmanager.memory.managed.size')).toBe('1438814063b');
    const config = Object.fromEntries(q.entries());
    delete config['v'];
    const r = deriveTaskManager({ ...config, ...s.fixes[0]!.set });
    expect(r.ok && r.taskHeap > 1530082070n).toBe(true);
  });

  it('REST details plus the metrics endpoint: idle managed memory goes to the heap, same process size', () => {
    const s = snap('rest-details-and-metrics-2.0.txt');
    expect(s.snapshots).toBe(1);
    expect(verdicts(s)).toMatchObject({ heap: 'near-limit', managed: 'idle', metaspace: 'ok' });
    const [fix] = s.fixes;
    expect(fix!.id).toBe('snapshot-managed-to-heap');
    expect(fix!.set!['taskmanager.memory.managed.size']).toBe('0m');
    const config = Object.fromEntries(new URLSearchParams(s.calculator!.query).entries());
    delete config['v'];
    const r = deriveTaskManager({ ...config, ...fix!.set });
    if (!r.ok) throw new Error(r.error.message);
    // Same process size (to the MiB), no managed memory, the heap larger by what managed had.
    expect(r.totalProcess <= 4294967296n && r.totalProcess > 4294967296n - 1048576n).toBe(true);
    expect(r.managed).toBe(0n);
    expect(r.taskHeap >= 1530082070n + 1371n * 1048576n).toBe(true);
  });

  it('the metrics endpoint alone: verdicts without a configuration to fix', () => {
    const s = snap('rest-metrics-only.json');
    expect(s.source).toBe('metrics');
    expect(verdicts(s)).toMatchObject({ heap: 'near-limit', managed: 'idle', metaspace: 'ok' });
    expect(s.fixes).toEqual([]);
    expect(s.calculator).toBeUndefined();
  });

  it('Prometheus, three scrapes: metaspace and direct memory grow from scrape to scrape (leak pattern)', () => {
    const s = snap('prometheus-taskmanager-3-scrapes.txt');
    expect(s.source).toBe('prometheus');
    expect(s.snapshots).toBe(3);
    expect(verdicts(s)).toEqual({ heap: 'ok', managed: 'near-limit', network: 'ok', direct: 'growing', metaspace: 'growing' });
    expect(s.pools.find((p) => p.pool === 'metaspace')!.used).toHaveLength(3);
  });

  it('Prometheus of a JobManager: its heap near the limit', () => {
    const s = snap('prometheus-jobmanager.txt');
    expect(s.role).toBe('jobmanager');
    expect(verdicts(s)).toEqual({ heap: 'near-limit', metaspace: 'ok' });
  });

  it('ignores a log that merely mentions metrics, and survives broken JSON', () => {
    expect(diagnose('Status.JVM.Memory.Heap.Used was high yesterday').snapshot).toBeUndefined();
    expect(diagnose('{"memoryConfiguration": {"taskHeap": 12').snapshot).toBeUndefined();
    expect(diagnose('[{"id":"Status.JVM.Memory.Heap.Used","value":"NaN"}]').snapshot).toBeUndefined();
  });
});
