/** Network presets: every named edge kind and topology is a job the model estimates (presets.ts). */
import { describe, expect, it } from 'vitest';
import { EDGE_KIND_NAMES, EDGE_KINDS, edgeKind, TOPOLOGIES, TOPOLOGY_NAMES } from '~/components/calculators/network/presets';
import { decodeJob, encodeJob, PARTITION_TYPE_NAMES, PATTERN_NAMES } from '~/components/calculators/network/job';

describe('network presets', () => {
  it.each(EDGE_KIND_NAMES)('edge kind %s is a pattern and a partition type Flink has, and reads back', (k) => {
    expect(PATTERN_NAMES).toContain(EDGE_KINDS[k].pattern);
    expect(PARTITION_TYPE_NAMES).toContain(EDGE_KINDS[k].partitionType);
    expect(edgeKind(EDGE_KINDS[k])).toBe(k);
  });

  it('keyBy and SQL shuffles are all-to-all PIPELINED_BOUNDED; batch shuffles are blocking or hybrid', () => {
    expect(EDGE_KINDS.keyBy).toEqual({ pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' });
    expect(EDGE_KINDS.batchBlocking.partitionType).toBe('BLOCKING');
    expect(EDGE_KINDS.batchHybrid.partitionType).toMatch(/^HYBRID_/);
    expect(edgeKind({ pattern: 'rescale', partitionType: 'BLOCKING' })).toBeNull();
  });

  it.each(TOPOLOGY_NAMES)('topology %s survives the link codec unchanged', (n) => {
    const job = JSON.parse(JSON.stringify(TOPOLOGIES[n]));
    const back = decodeJob(encodeJob(job));
    expect(back).toEqual(job);
    for (const e of job.edges) {
      expect(job.vertices.some((v: { name: string }) => v.name === e.from)).toBe(true);
      expect(job.vertices.some((v: { name: string }) => v.name === e.to)).toBe(true);
    }
  });
});
