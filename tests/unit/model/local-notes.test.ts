/** Local execution reads as "unlimited / not applicable", and every derivation note is explained. */
import { describe, expect, it } from 'vitest';
import { deriveTaskManager } from '~/model/taskmanager';
import { localModeView } from '~/model/local';
import { derivationNotes } from '~/i18n/advice';
import { FLINK_VERSIONS } from '~/model/types';

describe('localModeView', () => {
  it('1.20: 1 TiB task heap and 1000000 cores are "unlimited"; the process total is not applicable; process.size is ignored', () => {
    const r = deriveTaskManager(
      { 'taskmanager.memory.process.size': '4g', 'taskmanager.memory.managed.size': '256m' },
      { mode: 'local', version: '1.20' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.totalProcess > 1n << 40n).toBe(true); // what a reader would otherwise see: 2.002tb
    const v = localModeView(r, r.log)!;
    expect(v.unlimited).toEqual(
      expect.arrayContaining(['taskHeap', 'taskOffHeap', 'cpuCores', 'totalFlink', 'jvmHeap', 'jvmDirect']),
    );
    expect(v.notApplicable).toEqual(['jvmMetaspace', 'jvmOverhead', 'totalProcess']);
    expect(v.ignoredInputs).toEqual(['taskmanager.memory.process.size']);
  });
  it('a task heap the reader set is a real limit, not "unlimited"', () => {
    const r = deriveTaskManager(
      { 'taskmanager.memory.task.heap.size': '1g', 'taskmanager.memory.task.off-heap.size': '0m', 'taskmanager.cpu.cores': '4' },
      { mode: 'local', version: '1.18' },
    );
    const v = r.ok ? localModeView(r, r.log) : undefined;
    expect(v?.unlimited).toEqual([]);
  });
  it('not local: undefined', () => {
    const r = deriveTaskManager({ 'taskmanager.memory.process.size': '4g' });
    expect(r.ok && localModeView(r, r.log)).toBeUndefined();
  });
});

describe('derivationNotes', () => {
  it.each(FLINK_VERSIONS)(
    '%s: network capped, overhead raised to its min, fraction mismatch — each with id, Flink text and en/zh words',
    (v) => {
      const r = deriveTaskManager(
        {
          'taskmanager.memory.process.size': '900m',
          'taskmanager.memory.network.min': '16m',
          'taskmanager.memory.network.max': '32m',
        },
        { version: v },
      );
      expect(r.log.length).toBeGreaterThan(0);
      for (const lang of ['en', 'zh'] as const) {
        for (const n of derivationNotes(r.log, lang)) {
          expect(n.flink.length).toBeGreaterThan(10);
          expect(n.title).not.toBe(n.id);
          expect(n.explanation).not.toMatch(/\{\w+\}|undefined|NaN/);
        }
      }
      expect(r.log.map((l) => l.id)).toEqual(expect.arrayContaining(['log.fraction-capped-max', 'log.fraction-capped-min']));
    },
  );
});
