/**
 * The network calculator's debloat panel figures (`computeNetwork(…).result.debloat`) against the
 * model's own functions, per version and configuration; input refusals; the inputs' defaults.
 */
import { describe, expect, it } from 'vitest';
import { computeNetwork, DEFAULT_TPUT, FALLBACK_INUSE } from '~/components/calculators/network/compute';
import { stateFromPreset } from '~/components/calculators/kit/state';
import { network } from '~/components/calculators/network/definition';
import { debloatSettings, simulateDebloat, targetBufferSize } from '~/model/network/debloat';
import { parseMemorySize } from '~/model/memorysize';
import { estimateJobOnTm } from '~/model/network/tm';
import type { FlinkVersion } from '~/model/types';

const ON = { 'taskmanager.network.memory.buffer-debloat.enabled': 'true' };

function debloat(preset: Record<string, string>) {
  return computeNetwork(stateFromPreset({ ...network.preset, ...preset }, network.extras));
}
/** The debloat part of the view. */
function part(preset: Record<string, string>) {
  return debloat(preset).result.debloat!;
}

/** The first edge's gate target for the default job, from the model. */
function gateTarget(v: FlinkVersion, config: Record<string, string> = {}): number {
  const e = estimateJobOnTm(
    {
      vertices: [
        { name: 'source', parallelism: 4 },
        { name: 'sink', parallelism: 4 },
      ],
      edges: [{ from: 'source', to: 'sink', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
      slotsPerTm: 4,
    },
    { 'taskmanager.memory.process.size': '1728m', ...config },
    { version: v },
  );
  if (!e.ok) throw new Error('model refused the default job');
  return e.value.edges[0]!.gate.target;
}

describe("debloat target = the model's targetBufferSize", () => {
  const cases: {
    name: string;
    v: FlinkVersion;
    config: Record<string, string>;
    tput: string;
    inuse: string;
    available: boolean;
    enabled: boolean;
  }[] = [
    {
      name: '1.13 has none: 1.14 settings, labelled',
      v: '1.13',
      config: ON,
      tput: '50 mb',
      inuse: '16',
      available: false,
      enabled: false,
    },
    { name: '1.14 off', v: '1.14', config: {}, tput: '256 kb', inuse: '16', available: true, enabled: false },
    { name: '1.14 on, min 1 KiB clamps', v: '1.14', config: ON, tput: '10 kb', inuse: '40', available: true, enabled: true },
    {
      name: '1.20 on, 500 ms target',
      v: '1.20',
      config: { ...ON, 'taskmanager.network.memory.buffer-debloat.target': '500 ms' },
      tput: '3 mb',
      inuse: '100',
      available: true,
      enabled: true,
    },
    { name: '1.20 on, max clamps', v: '1.20', config: { ...ON }, tput: '1 gb', inuse: '16', available: true, enabled: true },
    {
      name: '1.20 on (TRUE), min 256 bytes clamps',
      v: '1.20',
      config: { 'taskmanager.network.memory.buffer-debloat.enabled': ' TRUE ' },
      tput: '1000',
      inuse: '16',
      available: true,
      enabled: true,
    },
    {
      name: '2.0 on, 16 KiB segments',
      v: '2.0',
      config: { ...ON, 'taskmanager.memory.segment-size': '16kb' },
      tput: '777777 b/s',
      inuse: '7',
      available: true,
      enabled: true,
    },
    {
      name: '2.0 off with a 2 s target',
      v: '2.0',
      config: { 'taskmanager.network.memory.buffer-debloat.target': '2 s' },
      tput: '1 mb/sec',
      inuse: '50',
      available: true,
      enabled: false,
    },
    { name: '2.3 on, zero throughput → min', v: '2.3', config: ON, tput: '0', inuse: '3', available: true, enabled: true },
    {
      name: '2.3 on, 8 000 000 TiB/s over 999 999 999 buffers → max, finite',
      v: '2.3',
      config: ON,
      tput: '8000000 tb',
      inuse: '999999999',
      available: true,
      enabled: true,
    },
  ];
  it.each(cases)('$name', ({ v, config, tput, inuse, available, enabled }) => {
    const r = debloat({ v, ...config, tput, inuse });
    const d = r.result.debloat!;
    const s = debloatSettings(available ? v : '1.14', config);
    if (!s) throw new Error('no settings');
    expect(d.available).toBe(available);
    expect(d.enabled).toBe(enabled);
    expect(d.settings).toEqual(s);
    expect(d.tputError).toBeNull();
    const bytes = parseMemorySize(tput.replace(/\s*\/\s*s(ec)?$/, ''));
    if (!bytes.ok) throw new Error('bad case');
    const want = targetBufferSize(Number(bytes.value), Number(inuse), s);
    expect(d.fig?.throughput).toBe(bytes.value);
    expect(d.fig?.target).toBe(BigInt(want));
    expect(d.fig?.inFlight).toBe(BigInt(want) * BigInt(inuse));
    expect(d.fig?.desired).toBe((bytes.value * BigInt(s.targetMs)) / 1000n);
    expect(d.fig?.perBuffer).toBe(d.fig!.desired / BigInt(inuse));
    // The size in force: Flink's loop replayed from its starting size until it stops announcing.
    const steps = simulateDebloat(
      Array.from({ length: 600 }, () => ({ throughput: Number(bytes.value), buffersInUse: Number(inuse) })),
      s,
      available ? v : '1.14',
    );
    expect(d.fig?.announced).toBe(BigInt(steps.at(-1)!.bufferSize));
    const last = steps.map((x) => x.announced).lastIndexOf(true);
    expect(d.fig?.settledMs).toBe((last + 1) * s.periodMs);
    expect(want).toBeGreaterThanOrEqual(s.minSegmentSize);
    expect(want).toBeLessThanOrEqual(s.maxSegmentSize);
    // Every figure has Flink's human-readable form.
    expect(r.hr[String(want)]).toMatch(/\b\d+ bytes\)?$/);
  });

  it('the settings follow the version (1.14: 500 ms / 50 % / 1 KiB; 1.15+: 200 ms / 25 % / 256 bytes; 2.0+: start 1 KiB)', () => {
    const at = (v: FlinkVersion) => part({ v }).settings;
    expect(at('1.14')).toMatchObject({ periodMs: 500, thresholdPercent: 50, minSegmentSize: 1024, startingSize: null });
    expect(at('1.20')).toMatchObject({ periodMs: 200, thresholdPercent: 25, minSegmentSize: 256, startingSize: null });
    expect(at('2.0')).toMatchObject({
      periodMs: 200,
      thresholdPercent: 25,
      minSegmentSize: 256,
      startingSize: 1024,
      maxSegmentSize: 32768,
      targetMs: 1000,
      samples: 20,
    });
  });
});

describe('the size in force (announcements skip changes under the threshold)', () => {
  it.each(['1.20', '2.0'] as const)(
    '%s, 256 KiB/s over 16 buffers: settles off the 16 KiB target, within the threshold of it',
    (v) => {
      const d = part({ v, tput: '256 kb', inuse: '16' });
      const f = d.fig!;
      expect(f.target).toBe(16384n);
      expect(f.announced).not.toBe(f.target);
      const gap = Number(f.announced - f.target);
      expect(Math.abs(gap)).toBeLessThan((d.settings.thresholdPercent / 100) * Number(f.announced));
      // 1.15–1.20 come down from segment-size (stay above); 2.0+ grow from 1 KiB (stay below).
      expect(Math.sign(gap)).toBe(v === '2.0' ? -1 : 1);
      expect(f.settledMs).toBeGreaterThan(0);
      expect(f.settledMs % d.settings.periodMs).toBe(0);
    },
  );
  it('1.14 announces the target in the first period (throughput averaged, first sample as is)', () => {
    const f = part({ v: '1.14', tput: '1 mb', inuse: '100' }).fig!;
    expect(f.announced).toBe(f.target);
    expect(f.settledMs).toBe(500);
  });
  it('nothing to announce when the target is the starting size', () => {
    const f = part({ v: '1.20', tput: '1 gb', inuse: '1' }).fig!;
    expect(f.target).toBe(32768n);
    expect(f.announced).toBe(32768n);
    expect(f.settledMs).toBe(0);
  });
});

describe('human-readable sizes', () => {
  it("the debloat part's displayed sizes have Flink's human-readable form", () => {
    const r = debloat({ tput: '1 mb' });
    expect(r.result.debloat!.fig?.target).toBe(
      BigInt(targetBufferSize(1048576, r.result.debloat!.inuseDefault, debloatSettings('2.3')!)),
    );
    const f = r.result.debloat!.fig!;
    for (const b of [f.target, f.inFlight, f.announced]) expect(r.hr[String(b)]).toMatch(/bytes\)?$/);
  });
});

describe('inputs', () => {
  it("default: 256 kb/s and the first edge's gate target as buffers in use", () => {
    for (const v of ['1.14', '1.20', '2.0'] as const) {
      const d = part({ v });
      expect(DEFAULT_TPUT).toBe('256 kb');
      expect(d.inuseDefault).toBe(gateTarget(v));
      expect(d.fig?.buffersInUse).toBe(gateTarget(v));
      expect(d.fig?.throughput).toBe(262144n);
    }
  });

  it("a job without edges falls back to one channel's B + F buffers", () => {
    const d = part({ job: 'a*2' });
    expect(d.inuseDefault).toBe(FALLBACK_INUSE);
    expect(d.fig?.buffersInUse).toBe(FALLBACK_INUSE);
  });

  it.each(['fast', '12 parsecs', '-5 mb', 'mb', '99999999999999999999 b'])(
    "refuses throughput %j with Flink's message, no figures",
    (tput) => {
      const d = part({ tput });
      const p = parseMemorySize(tput);
      if (p.ok) throw new Error('expected a parse error');
      expect(d.tputError).toBe(p.message);
      expect(d.fig).toBeNull();
    },
  );

  it.each(['0', '-1', '1.5', 'x', '1000000000'])('refuses buffers in use %j', (inuse) => {
    const d = part({ inuse });
    expect(d.inuseError).toBe(true);
    expect(d.tputError).toBeNull();
    expect(d.fig).toBeNull();
  });

  it('a blank throughput means the default; the result has no NaN or Infinity', () => {
    const d = part({ tput: '  ', inuse: '999999999' });
    expect(d.fig?.throughput).toBe(262144n);
    expect(JSON.stringify(d, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))).not.toMatch(
      /NaN|Infinity|null,"fig"|undefined/,
    );
  });
});

describe("steady state vs Flink's own loop (simulateDebloat, constant input)", () => {
  // 1.15–1.20 start at segment-size and settle exactly on ⌊desired / buffers⌋; 2.0+ average in
  // double and round, so they settle on Math.round(desired / buffers): the model's steady state
  // for that version says so.
  it.each([
    ['1.20', 262144, 16],
    ['1.20', 1000000, 37],
    ['2.0', 262144, 16],
    ['2.0', 1000000, 37],
    ['1.20', 100000, 7],
    ['2.0', 100000, 7],
  ] as const)('%s: %i B/s over %i buffers', (v, tput, inuse) => {
    const s = debloatSettings(v)!;
    const steps = simulateDebloat(
      Array.from({ length: 400 }, () => ({ throughput: tput, buffersInUse: inuse })),
      s,
      v,
    );
    const settled = steps.at(-1)!.size;
    const floor = targetBufferSize(tput, inuse, s);
    if (v === '2.0') expect(settled).toBe(Math.round(Math.floor((tput * s.targetMs) / 1000) / inuse));
    else expect(settled).toBe(floor);
    expect(targetBufferSize(tput, inuse, s, v)).toBe(settled);
    expect(settled - floor).toBeGreaterThanOrEqual(0);
    expect(settled - floor).toBeLessThanOrEqual(1);
  });
});
