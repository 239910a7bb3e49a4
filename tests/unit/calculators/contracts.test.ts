import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_PATTERNS } from '~/model/network/job';
import { PARTITION_TYPES } from '~/model/network/pools';
import { USE_CASES } from '~/model/managed';
import { PARTITION_TYPE_NAMES, PATTERN_NAMES } from '~/components/calculators/network/job';
import { USE_CASE_NAMES } from '~/components/calculators/rocksdb/uses';
import { computeTm } from '~/components/calculators/taskmanager/compute';
import { computeNetwork } from '~/components/calculators/network/compute';
import { network } from '~/components/calculators/network/definition';
import { stateFromPreset } from '~/components/calculators/kit/state';
import { queryFor } from '~/components/calculators/kit/query';
import { decodeState } from '~/model/urlstate';

describe('view lists mirror the model', () => {
  it('patterns, partition types and use cases', () => {
    expect([...PATTERN_NAMES]).toEqual([...DISTRIBUTION_PATTERNS]);
    expect([...PARTITION_TYPE_NAMES]).toEqual([...PARTITION_TYPES]);
    expect([...USE_CASE_NAMES]).toEqual([...USE_CASES]);
  });
});

describe('compute modules', () => {
  it("carry Flink's human-readable form of every size", () => {
    const v = computeTm(stateFromPreset({ 'taskmanager.memory.process.size': '1728m' }));
    expect(v.result.ok).toBe(true);
    expect(v.hr['536870920']).toBe('512.000mb (536870920 bytes)');
    expect(v.hr['1073741824'] ?? '1024.000mb (1073741824 bytes)').toBe('1024.000mb (1073741824 bytes)');
  });
  it('network: the default job fits a 1728m TaskManager', () => {
    const v = computeNetwork(stateFromPreset(network.preset, network.extras));
    expect(v.result.estimate?.ok && v.result.estimate.value.numNetworkBuffers).toBe(4096);
    expect(v.result.rot?.ok && v.result.rot.value.formula).toBe(40);
  });
  it('state → link → state is stable', () => {
    const s = stateFromPreset({ v: '1.17', mode: 'active', 'taskmanager.memory.process.size': '2 g', job: 'a*1' }, ['job']);
    const d = decodeState(queryFor(s), { allowedKeys: ['taskmanager.memory.process.size'], extraKeys: ['job'] });
    expect(d.problems).toEqual([]);
    expect({ v: d.version, mode: d.mode, config: { ...d.config }, extras: { ...d.extras } }).toEqual(s);
  });
});
