/** Input validation, platform memory units, and the page's URL state round trip. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeInput, parsePlatformMemory } from '~/model/advisor';
import { decodeForm, encodeForm, DEFAULT_FORM, type AdvisorForm } from '~/components/advisor/urlstate';
import { decodeCompare, encodeCompare, DEFAULT_COMPARE } from '~/components/compare/urlstate';

const MIB = 1n << 20n;

describe('parsePlatformMemory', () => {
  it.each([
    ['4Gi', 4096n * MIB],
    ['4096Mi', 4096n * MIB],
    ['4096m', 4096n * MIB], // Flink syntax first, as the operator reads resource.memory
    ['4g', 4096n * MIB],
    ['4G', 4096n * MIB], // Flink's `g` wins over the Kubernetes decimal G, as in the operator
    ['2000M', 2000n * MIB],
    ['1.5Gi', 1536n * MIB],
    [8192, 8192n * MIB],
    ['8192', 8192n * MIB],
  ] as const)('%s', (text, bytes) => {
    expect(parsePlatformMemory(text)).toBe(bytes);
  });
  it.each(['', 'lots', '-1Gi', 0, -5, Number.NaN, null, {}])('rejects %s', (text) => {
    expect(parsePlatformMemory(text)).toBeUndefined();
  });
});

describe('normalizeInput', () => {
  it('fills defaults without problems', () => {
    const { input, problems } = normalizeInput({});
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      deployment: 'kubernetes-operator',
      tmMemory: 4096n * MIB,
      tmCpus: 2,
      slots: 'derive',
      mode: 'streaming',
      stateBackend: 'hashmap',
    });
  });
  it('reports each bad field with the value used instead', () => {
    const { input, problems } = normalizeInput({
      version: '0.9',
      deployment: 'mesos',
      taskManager: { memory: 'lots', cpus: 0, slots: 0 },
      job: { mode: 'both', stateBackend: 'memory', parallelism: 'many', exchanges: 'mesh' },
      goals: ['speed'],
    });
    expect(problems.map((p) => p.id)).toEqual([
      'input.version',
      'input.deployment',
      'input.memory',
      'input.cpus',
      'input.slots',
      'input.mode',
      'input.stateBackend',
      'input.parallelism',
      'input.exchanges',
      'input.goal',
    ]);
    expect(input.tmCpus).toBe(1);
    expect(problems.find((p) => p.id === 'input.cpus')?.params).toMatchObject({ value: '0', used: '1' });
  });
  it('batch jobs ignore a state size; ForSt needs 2.x', () => {
    expect(normalizeInput({ job: { mode: 'batch', stateSizePerSlot: '1g' } }).problems.map((p) => p.id)).toEqual([
      'input.batchState',
    ]);
    expect(normalizeInput({ version: '1.20', job: { stateBackend: 'forst' } }).input.stateBackend).toBe('rocksdb');
    expect(normalizeInput({ version: '2.1', job: { stateBackend: 'forst' } }).input.stateBackend).toBe('forst');
  });
});

describe('URL state', () => {
  const form = fc.record<AdvisorForm>({
    version: fc.constantFrom('', '1.20', '2.0'),
    deployment: fc.constantFrom('yarn', 'standalone', 'kubernetes-operator'),
    tmMemory: fc.string({ maxLength: 12 }),
    cpus: fc.constantFrom('1', '2', '0.5', ''),
    slots: fc.constantFrom('', '4'),
    jmMemory: fc.string({ maxLength: 8 }),
    yarnMin: fc.constantFrom('1024', '512'),
    mode: fc.constantFrom('streaming', 'batch'),
    backend: fc.constantFrom('hashmap', 'rocksdb', 'forst'),
    state: fc.string({ maxLength: 8 }),
    sqlWindows: fc.boolean(),
    sqlJoins: fc.boolean(),
    sqlAggs: fc.boolean(),
    python: fc.boolean(),
    parallelism: fc.constantFrom('', '8', '128'),
    exchanges: fc.constantFrom('forward', 'wide-batch'),
    checkpointing: fc.constantFrom('aligned', 'none'),
    goals: fc.subarray(['max-managed', 'min-cost']),
  });
  it('advisor: decode(encode(form)) = form', () => {
    fc.assert(
      fc.property(form, (f) => {
        expect(decodeForm(encodeForm(f))).toEqual(f);
      }),
      { numRuns: 500, seed: 17 },
    );
    expect(encodeForm(DEFAULT_FORM)).toBe('');
  });
  it('compare: decode(encode(form)) = form', () => {
    fc.assert(
      fc.property(
        fc.record({
          a: fc.string(),
          b: fc.string(),
          from: fc.constantFrom('1.17', '2.0'),
          to: fc.constantFrom('1.20', '2.0'),
          mode: fc.constantFrom('standalone', 'active'),
        }),
        (f) => {
          expect(decodeCompare(encodeCompare(f))).toEqual(f);
        },
      ),
      { numRuns: 300, seed: 17 },
    );
    expect(encodeCompare(DEFAULT_COMPARE)).toBe('');
  });
});
