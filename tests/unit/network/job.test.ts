import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { estimateJob, insufficientBuffersMessage, type JobDescription, type TmNetwork } from '~/model/network/job';
import { estimateJobOnTm, tmNetworkConfiguration } from '~/model/network/tm';
import { consumerWeights, fractionRoundedDown, parseMapOption } from '~/model/managed';
import { hashMapOrder } from '~/model/java';
import { en, zh } from '~/i18n/explanations-network';
import { en as figEn, zh as figZh } from '~/i18n/network-figures';

const tm: TmNetwork = {
  numNetworkBuffers: 4096,
  networkBufferSize: 32768,
  buffersPerChannel: 2,
  floatingBuffersPerGate: 8,
  maxRequiredBuffersPerGate: null,
  sortShuffleMinParallelism: 1,
  sortShuffleMinBuffers: 512,
  maxOverdraftBuffersPerGate: 5,
};
const shuffle = (p: number, s: number, extra: Partial<JobDescription> = {}): JobDescription => ({
  vertices: [
    { name: 'src', parallelism: p },
    { name: 'sink', parallelism: p },
  ],
  edges: [{ from: 'src', to: 'sink', pattern: 'all-to-all' }],
  slotsPerTm: s,
  ...extra,
});

describe("verdict: the first pool that fails, with Flink's message", () => {
  it('names the pool and reproduces the NetworkBufferPool text (1.x and 2.x wording is the same)', () => {
    const r = estimateJob(shuffle(300, 100), { ...tm, numNetworkBuffers: 2048 }, '1.20');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value.verdict;
    expect(v.ok).toBe(false);
    expect(v.pool).toMatchObject({ kind: 'partition', edge: 'src → sink', request: 301 });
    expect(v.error?.message).toBe(insufficientBuffersMessage(301, 242, 2048, 32768));
    expect(v.error?.message).toBe(
      "Insufficient number of network buffers: required 301, but only 242 available. The total number of network buffers is currently set to 2048 of 32768 bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.",
    );
    expect(r.value.fix?.buffersNeeded).toBe(r.value.requiredPerTm);
    expect(r.value.fix?.networkMemoryNeeded).toBe(BigInt(r.value.requiredPerTm) * 32768n);
  });
  it("1.12+: exclusive buffers of remote channels are requested after every pool; the failing request is one channel's B", () => {
    // 2 TMs: gates have remote channels; make the buffers just short of the total.
    const job = shuffle(40, 20);
    const ok = estimateJob(job, tm, '1.20');
    if (!ok.ok) throw new Error('refused');
    const need = ok.value.requiredPerTm;
    const r = estimateJob(job, { ...tm, numNetworkBuffers: need - 1 }, '1.20');
    expect(r.ok && r.value.verdict.pool?.kind).toBe('exclusive');
    expect(r.ok && r.value.verdict.pool?.request).toBe(2);
    expect(r.ok && r.value.verdict.error?.message).toContain('required 2, but only 1 available');
    const fits = estimateJob(job, { ...tm, numNetworkBuffers: need }, '1.20');
    expect(fits.ok && fits.value.verdict.ok).toBe(true);
  });
  it('1.10: exclusive buffers are taken at gate setup, before the floating pool', () => {
    const job = shuffle(40, 20);
    const ok = estimateJob(job, { ...tm, maxOverdraftBuffersPerGate: null }, '1.10');
    if (!ok.ok) throw new Error('refused');
    const r = estimateJob(
      job,
      { ...tm, maxOverdraftBuffersPerGate: null, numNetworkBuffers: ok.value.requiredPerTm - 1 },
      '1.10',
    );
    expect(r.ok && r.value.verdict.ok).toBe(false);
  });
  it('proposes the largest buffers-per-channel that fits (1.x) and none in 2.x', () => {
    const job = shuffle(40, 20);
    const at = (b: number, v: '1.20' | '2.0') => estimateJob(job, { ...tm, buffersPerChannel: b, numNetworkBuffers: 1500 }, v);
    const r = at(2, '1.20');
    expect(r.ok && r.value.verdict.ok).toBe(false);
    const b = r.ok ? r.value.fix?.buffersPerChannelThatFits : undefined;
    expect(typeof b).toBe('number');
    const check = at(b!, '1.20');
    expect(check.ok && check.value.verdict.ok).toBe(true);
    const r2 = at(2, '2.0');
    expect(r2.ok && r2.value.fix?.buffersPerChannelThatFits).toBeNull();
  });
  it('against a real TaskManager: the process size the model proposes fits, one MiB less does not', () => {
    const job = shuffle(200, 50);
    const r = estimateJobOnTm(job, { 'taskmanager.memory.process.size': '1728m' }, { version: '1.20' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.verdict.ok).toBe(false);
    const size = r.value.processSizeFix?.processSize;
    expect(size).toBeTypeOf('bigint');
    const mib = size! >> 20n;
    const yes = estimateJobOnTm(job, { 'taskmanager.memory.process.size': `${mib}m` }, { version: '1.20' });
    const no = estimateJobOnTm(job, { 'taskmanager.memory.process.size': `${mib - 1n}m` }, { version: '1.20' });
    expect(yes.ok && yes.value.verdict.ok).toBe(true);
    expect(no.ok && no.value.verdict.ok).toBe(false);
  });
});

describe('job shapes', () => {
  it('rescale 4 → 8: each producer writes 2 subpartitions, each consumer reads 1 channel', () => {
    const r = estimateJob(
      {
        vertices: [
          { name: 'a', parallelism: 4 },
          { name: 'b', parallelism: 8 },
        ],
        edges: [{ from: 'a', to: 'b', pattern: 'rescale' }],
        slotsPerTm: 8,
      },
      tm,
      '1.20',
    );
    expect(r.ok && [r.value.edges[0]!.subpartitions, r.value.edges[0]!.channels]).toEqual([2, 1]);
  });
  it('rescale 8 → 3: consumers read 2 or 3 channels; producers write 1', () => {
    const r = estimateJob(
      {
        vertices: [
          { name: 'a', parallelism: 8 },
          { name: 'b', parallelism: 3 },
        ],
        edges: [{ from: 'a', to: 'b', pattern: 'rescale' }],
        slotsPerTm: 8,
      },
      tm,
      '1.20',
    );
    expect(r.ok && [r.value.edges[0]!.subpartitions, r.value.edges[0]!.channels]).toEqual([1, 3]);
  });
  it('blocking batch edge: sort-shuffle partitions reserve 512 each (1.15+)', () => {
    const r = estimateJob(
      shuffle(4, 4, { edges: [{ from: 'src', to: 'sink', pattern: 'all-to-all', partitionType: 'BLOCKING' }] }),
      tm,
      '1.20',
    );
    expect(r.ok && r.value.edges[0]!.partition.min).toBe(512);
    expect(r.ok && r.value.requiredPerTm).toBe(4 * 512 + 4 * 1);
  });
  it('PIPELINED partitions are unbounded: target null, not announceable', () => {
    const r = estimateJob(
      shuffle(4, 4, { edges: [{ from: 'src', to: 'sink', pattern: 'all-to-all', partitionType: 'PIPELINED' }] }),
      tm,
      '1.20',
    );
    expect(r.ok && [r.value.targetPerTm, r.value.announcedPerTm, r.value.edges[0]!.partition.unbounded]).toEqual([
      null,
      null,
      true,
    ]);
  });
  it.each([
    [{ vertices: [], edges: [], slotsPerTm: 1 }, 'job.noVertices'],
    [shuffle(0, 1), 'job.badParallelism'],
    [shuffle(4, 0), 'job.badSlots'],
    [shuffle(4, 1, { edges: [{ from: 'src', to: 'nope', pattern: 'all-to-all' }] }), 'job.unknownVertex'],
    [shuffle(4, 1, { edges: [{ from: 'src', to: 'src', pattern: 'all-to-all' }] }), 'job.selfLoop'],
    [
      {
        vertices: [
          { name: 'a', parallelism: 2 },
          { name: 'b', parallelism: 3 },
        ],
        edges: [{ from: 'a', to: 'b', pattern: 'forward' as const }],
        slotsPerTm: 4,
      },
      'job.forwardParallelism',
    ],
    [
      shuffle(4, 1, {
        vertices: [
          { name: 'src', parallelism: 4 },
          { name: 'src', parallelism: 4 },
        ],
      }),
      'job.duplicateVertex',
    ],
  ] as [JobDescription, string][])('input error %#: %s', (job, id) => {
    const r = estimateJob(job, tm, '1.20');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.inputError.id).toBe(id);
      expect(en[r.inputError.id as keyof typeof en]).toBeDefined();
    }
  });
  it('HYBRID types do not exist before 1.16', () => {
    const r = estimateJob(
      shuffle(2, 2, { edges: [{ from: 'src', to: 'sink', pattern: 'all-to-all', partitionType: 'HYBRID_FULL' }] }),
      tm,
      '1.15',
    );
    expect(!r.ok && r.inputError.id).toBe('job.typeNotInVersion');
  });
});

describe('network configuration from a TaskManager config', () => {
  it('passes the TaskManager refusal through (message verbatim)', () => {
    const r = tmNetworkConfiguration({ 'taskmanager.memory.process.size': '100m' }, { version: '1.20' });
    expect(r.ok).toBe(false);
  });
  it('2.0 lists ignored keys as warnings with an id', () => {
    const r = tmNetworkConfiguration(
      { 'taskmanager.memory.process.size': '1728m', 'taskmanager.network.memory.buffers-per-channel': '-1' },
      { version: '2.0' },
    );
    expect(r.ok && r.value.log.map((l) => l.id)).toEqual(['network.keyIgnored']);
  });
});

describe('managed weights parsing per version', () => {
  const w = '{OPERATOR: 60, STATE_BACKEND: 40}';
  it('1.19+ reads YAML first; 1.18 only k:v pairs', () => {
    const a = consumerWeights({ 'taskmanager.memory.managed.consumer-weights': w }, '1.19');
    expect(a.ok && a.value).toEqual({ OPERATOR: 60, STATE_BACKEND: 40 });
    const b = consumerWeights({ 'taskmanager.memory.managed.consumer-weights': w }, '1.18');
    expect(b.ok).toBe(false);
  });
  it('1.12 default DATAPROC:70,PYTHON:30 → OPERATOR = STATE_BACKEND = 70; 2.0 drops DATAPROC', () => {
    const a = consumerWeights({}, '1.12');
    expect(a.ok && a.value).toEqual({ OPERATOR: 70, STATE_BACKEND: 70, PYTHON: 30 });
    const b = consumerWeights({ 'taskmanager.memory.managed.consumer-weights': 'DATAPROC:5' }, '2.0');
    expect(b.ok && b.value).toEqual({});
  });
  it('an empty value after ":" neither crashes nor reuses the other key list\'s HashMap order (found by the property test)', () => {
    const key = 'taskmanager.memory.managed.consumer-weights';
    // ':' is one entry with an empty name; '' is none: their key lists [''] and [] used to share a cache entry.
    expect(consumerWeights({ [key]: ':' }, '1.18').ok).toBe(false);
    expect(consumerWeights({ [key]: '' }, '1.18')).toEqual({ ok: true, value: {} });
    expect(hashMapOrder([''])).toEqual(['']);
    expect(hashMapOrder([])).toEqual([]);
    expect(hashMapOrder(['a\u0000b'])).toEqual(['a\u0000b']);
    expect(hashMapOrder(['a', 'b']).sort()).toEqual(['a', 'b']);
  });
  it('k:v parsing honours quotes as Flink writes them (the whole item quoted)', () => {
    // ConfigurationUtils#convertToString quotes `key:value` as one item: 'A,x:1',B:2.
    const r = parseMapOption('k', "'A,x:1',B:2", '1.18');
    expect(r.ok && r.value.length).toBe(2);
    expect(r.ok && r.value.find(([k]) => k === 'A,x')?.[1]).toBe('1');
  });

  it('a quote followed by anything but the delimiter is refused, as StructuredOptionsSplitter does', () => {
    const r = parseMapOption('k', "'A,x':1,B:2", '1.18');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.causes[0]?.message).toBe('Could not split string. Illegal quoting at position: 4');
  });

  it('`OPERATOR:` is not a key-value pair (the splitter drops a trailing empty part), in every version', () => {
    for (const v of ['1.12', '1.18', '1.20', '2.2'] as const) {
      const r = parseMapOption('taskmanager.memory.managed.consumer-weights', 'OPERATOR:', v);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.className).toBe('IllegalArgumentException');
        expect(r.error.message).toBe("Could not parse value 'OPERATOR:' for key 'taskmanager.memory.managed.consumer-weights'.");
        expect(r.error.causes[0]?.message).toBe("Map item is not a key-value pair (missing ':'?)");
      }
    }
  });

  it('a zero divisor: "/ by zero" while the scaled dividend fits a long, else "BigInteger divide by zero"', () => {
    const msg = (a: bigint) => {
      const r = fractionRoundedDown(a, 0n);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(msg(5n)).toBe('/ by zero');
    expect(msg(922n)).toBe('/ by zero');
    expect(msg(923n)).toBe('BigInteger divide by zero');
    expect(msg(9223372036854775807n)).toBe('BigInteger divide by zero');
  });
});

describe('explanations cover every id the model emits', () => {
  const ROOT = resolve(__dirname, '../../..');
  const files = [
    ...readdirSync(resolve(ROOT, 'src/model/network')).map((f) => `src/model/network/${f}`),
    'src/model/rocksdb.ts',
    'src/model/managed.ts',
    'src/model/heap-state.ts',
    'src/model/rules-of-thumb.ts',
  ];
  const ids = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(resolve(ROOT, f), 'utf8').matchAll(
      /'((?:network|rocksdb|managed|job|rot|config|heapState)\.[A-Za-z.]+)'/g,
    ))
      ids.add(m[1]!);
  }
  it('found the ids', () => expect(ids.size).toBeGreaterThan(40));
  it.each([...ids].sort())('%s has en and zh texts', (id) => {
    const e = (en as Record<string, { title: string }>)[id];
    const z = (zh as Record<string, { title: string }>)[id];
    expect(e?.title, id).toBeTruthy();
    expect(z?.title, id).toMatch(/[\u4e00-\u9fff]|^[A-Za-z_ =/×()]+$/);
  });
  it('figure labels: zh has exactly the keys of en', () => {
    expect(Object.keys(figZh).sort()).toEqual(Object.keys(figEn).sort());
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
