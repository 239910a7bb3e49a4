/**
 * The calculators' compute functions: fixes come from the model's advice layer (re-derived,
 * sizes Flink parses), and a hostile value in one field never throws out of a compute.
 */
import { describe, expect, it } from 'vitest';
import { computeTm } from '~/components/calculators/taskmanager/compute';
import { computeJm } from '~/components/calculators/jobmanager/compute';
import { computeNetwork } from '~/components/calculators/network/compute';
import { deriveTaskManager } from '~/model/taskmanager';
import { parseMemorySize } from '~/model/memorysize';
import type { CalcState } from '~/components/calculators/kit/types';

const state = (config: Record<string, string>, extras: Record<string, string> = {}, v: CalcState['v'] = '1.20'): CalcState => ({
  v,
  mode: 'standalone',
  config,
  extras,
});

describe('TaskManager / JobManager refusals carry verified fixes', () => {
  it('process 4g, 4 slots, task heap 2189m on 1.20: the smallest accepted total is 4931m', () => {
    const cfg = {
      'taskmanager.memory.process.size': '4g',
      'taskmanager.numberOfTaskSlots': '4',
      'taskmanager.memory.task.heap.size': '2189m',
    };
    const r = computeTm(state(cfg)).result;
    expect(r.ok).toBe(false);
    const total = r.advice?.fixes.find((f) => f.id === 'raise-total');
    expect(total?.set).toEqual({ 'taskmanager.memory.process.size': '4931m' });
    for (const f of r.advice?.fixes ?? []) {
      for (const v of Object.values(f.set)) if (/[a-z]$/.test(v)) expect(parseMemorySize(v).ok).toBe(true);
      expect(deriveTaskManager({ ...cfg, ...f.set }, { version: '1.20' }).ok).toBe(true);
    }
  });
  it('an accepted configuration has no advice', () => {
    expect('advice' in computeTm(state({ 'taskmanager.memory.process.size': '1728m' })).result).toBe(false);
  });
  it('a refused JobManager gets fixes too', () => {
    const r = computeJm(state({ 'jobmanager.memory.process.size': '1g', 'jobmanager.memory.heap.size': '2g' })).result;
    expect(r.ok).toBe(false);
    expect(r.advice?.fixes.length).toBeGreaterThan(0);
  });
});

describe('network calculator', () => {
  const job = 'source*400,sink*400;source>sink:all-to-all:PIPELINED_BOUNDED';
  it('P=400 on 8 slots: the smallest fix is 3579m, parsable, and makes the job fit', () => {
    const s = state({ 'taskmanager.memory.process.size': '1728m' }, { job, slots: '8' });
    const r = computeNetwork(s).result;
    expect(r.estimate?.ok && r.estimate.value.verdict.ok).toBe(false);
    const fix = r.advice?.fixes[0];
    expect(fix?.id).toBe('network.raise-process');
    expect(fix?.set).toEqual({ 'taskmanager.memory.process.size': '3579m' });
    const again = computeNetwork({ ...s, config: { ...s.config, ...fix!.set } }).result;
    expect(again.estimate?.ok && again.estimate.value.verdict.ok).toBe(true);
    expect(r.advice?.fixes.some((f) => f.id === 'network.lower-buffers-per-channel')).toBe(true);
  });
  it.each(['9'.repeat(400), '1e400', 'Infinity', '-1', '99999999999999999999 d', '1 fortnight'])(
    'buffer-debloat.target = %s never throws; later edits still compute',
    (target) => {
      const s = state({
        'taskmanager.network.memory.buffer-debloat.enabled': 'true',
        'taskmanager.network.memory.buffer-debloat.target': target,
      });
      const r = computeNetwork(s).result;
      expect(r.failed).toEqual([]);
      expect(r.debloat?.fig?.target).toBeTypeOf('bigint');
      const later = computeNetwork({
        ...s,
        config: { ...s.config, 'taskmanager.network.memory.buffer-debloat.target': '2s' },
      }).result;
      expect(later.debloat?.fig?.desired).toBe(2n * r.debloat!.fig!.desired);
    },
  );
});

describe("RocksDB follows Flink's accounting", () => {
  it.each([
    ['defaults', {}],
    [
      'ratio 0.3, high-priority 0.2',
      { 'state.backend.rocksdb.memory.write-buffer-ratio': '0.3', 'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.2' },
    ],
  ])('%s: write buffers and the high-priority pool sit inside the cache', async (_n, extra) => {
    const { computeRocksDb } = await import('~/components/calculators/rocksdb/compute');
    const r = computeRocksDb(
      state({
        'taskmanager.memory.process.size': '4g',
        'taskmanager.numberOfTaskSlots': '2',
        'state.backend.type': 'rocksdb',
        ...extra,
      }),
    ).result;
    if (!r.ok || !r.rocks?.shared) throw new Error('expected RocksDB figures');
    const sh = r.rocks.shared;
    expect(r.blockCacheRest + sh.writeBufferManagerCapacity + (r.rocks.highPriorityPool ?? 0n)).toBe(sh.cacheCapacity);
    expect(r.cacheHeadroom + sh.cacheCapacity).toBe(sh.size);
    expect(sh.size).toBeLessThanOrEqual(r.perSlot);
  });
});
