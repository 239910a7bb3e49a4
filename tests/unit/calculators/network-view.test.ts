/** The network calculator's view model: grouped TaskManager rows and the buffer picture (network/compute.ts). */
import { describe, expect, it } from 'vitest';
import { bufferPicture, computeNetwork, groupTms } from '~/components/calculators/network/compute';
import type { TmEstimate } from '~/model/network/job';

const tm = (i: number, required: number, target: number | null = required * 2): TmEstimate => ({
  tm: i,
  subtasks: 4,
  required,
  target,
  overdraft: 5,
  announced: null,
  partitions: 1,
  gates: 1,
  remoteChannels: 3,
});

describe('groupTms', () => {
  it.each([
    ['one TaskManager', [tm(0, 10)], [[0, 0]]],
    ['a uniform job on 50 TaskManagers is one row', Array.from({ length: 50 }, (_, i) => tm(i, 10)), [[0, 49]]],
    [
      'the last one differs',
      [tm(0, 10), tm(1, 10), tm(2, 7)],
      [
        [0, 1],
        [2, 2],
      ],
    ],
    [
      'equal but not neighbours stay apart',
      [tm(0, 10), tm(1, 7), tm(2, 10)],
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    ],
    [
      'an unbounded target differs from a bounded one',
      [tm(0, 10, null), tm(1, 10)],
      [
        [0, 0],
        [1, 1],
      ],
    ],
    ['none', [], []],
  ] as const)('%s', (_name, tms, ranges) => {
    const g = groupTms(tms);
    expect(g.map((x) => [x.from, x.to])).toEqual(ranges);
    for (const x of g) for (let i = x.from; i <= x.to; i++) expect(tms[i]!.required).toBe(x.required);
  });
});

describe('bufferPicture', () => {
  it.each([
    [4096, 1000, 3000, { available: 100, required: 24.4, wanted: 73.2 }, false],
    [4096, 9488, null, { available: 43.2, required: 100, wanted: null }, true],
    [100, 50, 400, { available: 25, required: 12.5, wanted: 100 }, false],
    [0, 0, 0, { available: 0, required: 0, wanted: 0 }, false],
  ] as const)('available %i, required %i, wanted %j', (a, r, w, pct, short) => {
    const p = bufferPicture(a, r, w);
    expect(p.pct).toEqual(pct);
    expect(p.short).toBe(short);
    expect(p.scale).toBe(Math.max(a, r, w ?? 0, 1));
  });

  it("the calculator's preset: picture of its own estimate, no NaN anywhere", () => {
    const v = computeNetwork({
      v: '2.0',
      mode: 'standalone',
      config: { 'taskmanager.memory.process.size': '1728m' },
      extras: { job: 'source*4,sink*4;source>sink:all-to-all:PIPELINED_BOUNDED', slots: '4' },
    }).result;
    const est = v.estimate;
    if (!est?.ok || !v.picture) throw new Error('no estimate');
    expect(v.picture.available).toBe(est.value.numNetworkBuffers);
    expect(v.picture.required).toBe(est.value.requiredPerTm);
    expect(JSON.stringify(v.picture)).not.toMatch(/NaN|Infinity/);
    expect(v.tmGroups.at(-1)?.to).toBe(est.value.tms.length - 1);
  });
});
