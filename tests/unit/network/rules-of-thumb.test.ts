import { describe, expect, it } from 'vitest';
import { compareRuleOfThumb } from '~/model/network/rule-of-thumb';
import { compareJmBudget, compareStateSize } from '~/model/rules-of-thumb';
import { estimateHeapState, HEAP_STATE_ASSUMPTIONS } from '~/model/heap-state';
import { en, zh } from '~/i18n/explanations-network';

describe("the article's T = P × (B + F), P=4, B=32, F=64", () => {
  const r = compareRuleOfThumb(4, 32, 64);
  if (!r.ok) throw new Error('refused');
  const row = (s: string) => r.value.rows.find((x) => x.scenario === s)!;
  it('computes 384 from the formula, as written', () => {
    expect(r.value.formula).toBe(384);
    expect(r.value.formulaBytes).toBe(384n * 32768n);
  });
  it("Flink with the article's B and F (1.20, 1 TM × 4 slots): required 24, target 1024, overdraft 20, announced 1536 (= 384 per slot)", () => {
    expect(row('articleValues')).toMatchObject({ required: 24, target: 1024, overdraft: 20, announced: 1536, taskManagers: 1 });
    expect(row('articleValues').announced! / 4).toBe(384);
  });
  it('defaults (B=2, F=8): required 24, target 96, announced 128', () => {
    expect(row('defaults')).toMatchObject({ required: 24, target: 96, overdraft: 20, announced: 128 });
  });
  it('2 TMs × 2 slots: required 20, target 56 per TM (remote channels get exclusive buffers)', () => {
    expect(row('twoTaskManagers')).toMatchObject({ required: 20, target: 56, taskManagers: 2 });
  });
  it('Flink 2.0: B and F hard-coded 2/8, overdraft 4 × 20 = 80', () => {
    expect(row('flink2')).toMatchObject({
      version: '2.0',
      buffersPerChannel: 2,
      floatingBuffersPerGate: 8,
      required: 24,
      target: 96,
      overdraft: 80,
    });
  });
  it('gives the reasons, each explained in en and zh', () => {
    expect(r.value.reasons).toEqual(
      expect.arrayContaining([
        'rot.floatingPerGate',
        'rot.outputSideMissing',
        'rot.localChannelsNoExclusive',
        'rot.minVersusMax',
        'rot.quadraticScaling',
        'rot.notDefaults',
        'rot.hardCodedIn2',
      ]),
    );
    for (const id of r.value.reasons) {
      expect(en[id].explanation.length).toBeGreaterThan(40);
      expect(zh[id].explanation).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('refuses bad input with an id, never NaN', () => {
    for (const [p, b, f] of [
      [0, 2, 8],
      [4, -1, 8],
      [4, 2, Number.NaN],
      [1.5, 2, 8],
    ]) {
      const x = compareRuleOfThumb(p!, b!, f!);
      expect(x.ok).toBe(false);
      if (!x.ok) expect(x.error.id).toBe('rot.badInput');
    }
  });
});

describe('Budget_JM = TotalMemory / Parallelism × Parallelism_JM', () => {
  it('is computed as written, beside the JobManager model (1600m → heap 1024 MiB)', () => {
    const r = compareJmBudget(64n << 30n, 64, 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.formula).toBe(1n << 30n);
    expect(r.value.flink?.totalProcess).toBe(1600n << 20n);
    expect(r.value.flink?.jvmHeap).toBe(1073741824n);
    expect(r.value.reason).toBe('rot.jmBudget');
  });
  it('bad parallelism → input error', () => {
    const r = compareJmBudget(1n << 30n, 0, 1);
    expect(r.ok).toBe(false);
  });
});

describe('StateSize = TotalMemory / Parallelism × StateMemoryBudget', () => {
  it('as written, beside managed memory per slot and the RocksDB split (4g TM, 4 slots)', () => {
    const r = compareStateSize(
      16n << 30n,
      16,
      0.5,
      { 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' },
      ['STATE_BACKEND'],
      '1.20',
    );
    expect(r.ok).toBe(true);
    if (!r.ok || !r.value.flink) throw new Error('refused');
    expect(r.value.formula).toBe(512n << 20n);
    const f = r.value.flink;
    expect(f.slots).toBe(4);
    expect(f.stateBackendFraction).toBe(1);
    expect(f.rocksDbBudget).toBe(f.managedPerSlot);
    expect(f.blockCache).toBe((f.rocksDbBudget * 5n) / 6n);
  });
  it('with Python in the slot, RocksDB gets 70 / (70 + 30) of it', () => {
    const r = compareStateSize(
      16n << 30n,
      16,
      0.5,
      { 'taskmanager.memory.process.size': '4g' },
      ['STATE_BACKEND', 'PYTHON'],
      '1.20',
    );
    expect(r.ok && r.value.flink?.stateBackendFraction).toBe(0.7);
  });
});

describe('heap state estimate', () => {
  it('is a labelled estimate with its assumptions as data, low ≤ typical ≤ high', () => {
    const r = estimateHeapState({ entries: 1_000_000, keyBytes: 16, valueBytes: 100 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.estimate).toBe(true);
    expect(r.value.assumptions).toBe(HEAP_STATE_ASSUMPTIONS);
    expect(r.value.low <= r.value.typical && r.value.typical <= r.value.high).toBe(true);
    // typical: 1e6 × (40 + 6 + 116 × 3) × 1.25
    expect(r.value.typical).toBe(492_500_000n);
  });
  it('bad input → id, no NaN', () => {
    const r = estimateHeapState({ entries: -1, keyBytes: 16, valueBytes: 1 });
    expect(r.ok).toBe(false);
  });
});
