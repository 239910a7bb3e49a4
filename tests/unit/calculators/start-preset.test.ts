/**
 * A chapter's preset → the state a calculator starts from (`startPreset`), and the link to the full
 * calculator (`presetLink`), which an embed reads back: both must open the same configuration.
 */
import { describe, expect, it } from 'vitest';
import { startPreset } from '~/components/calculators/kit/start-preset';
import { presetLink } from '~/components/calculators/kit/preset-link';
import { CALCULATORS, type CalculatorName } from '~/components/calculators/registry';

const DEFAULT_PRESETS = Object.fromEntries(CALCULATORS.map((c) => [c.name, c.preset])) as Record<
  CalculatorName,
  Readonly<Record<string, string>>
>;

const TM = { v: '2.0', 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' };

describe('startPreset', () => {
  it.each([
    ['taskmanager', TM, TM],
    ['taskmanager', { v: '1.20' }, { ...DEFAULT_PRESETS.taskmanager, v: '1.20' }],
    ['jobmanager', { 'jobmanager.memory.process.size': '2g' }, { 'jobmanager.memory.process.size': '2g' }],
    // The network calculator keeps its default job and slots unless the preset brings its own.
    ['network', TM, { job: DEFAULT_PRESETS.network['job'], slots: '4', ...TM }],
    [
      'network',
      { ...TM, job: 'a*2,b*2;a>b:forward:PIPELINED_BOUNDED' },
      { slots: '4', ...TM, job: 'a*2,b*2;a>b:forward:PIPELINED_BOUNDED' },
    ],
    // The RocksDB calculator is about RocksDB unless the preset says otherwise.
    ['rocksdb', TM, { ...TM, 'state.backend.type': 'rocksdb' }],
    ['rocksdb', { ...TM, 'state.backend.type': 'hashmap' }, { ...TM, 'state.backend.type': 'hashmap' }],
    ['rocksdb', { ...TM, 'state.backend': 'filesystem' }, { ...TM, 'state.backend': 'filesystem' }],
  ] as const)('%s %j → %j', (name, preset, expected) => {
    expect(startPreset(name as CalculatorName, preset)).toEqual(expected);
  });
});

describe('presetLink', () => {
  const query = (href: string) => Object.fromEntries(new URL(href, 'https://x.test').searchParams);

  it('carries the Flink options the calculator starts from, and only the parameters the preset sets', () => {
    expect(query(presetLink('rocksdb', 'en', TM, '/').href)).toEqual({ ...TM, 'state.backend.type': 'rocksdb' });
    expect(query(presetLink('network', 'en', TM, '/').href)).toEqual(TM);
    expect(query(presetLink('network', 'en', { v: '2.0' }, '/').href)).toEqual({
      v: '2.0',
      'taskmanager.memory.process.size': '1728m',
    });
    expect(query(presetLink('network', 'zh', { ...TM, slots: '8' }, '/').href)).toEqual({ ...TM, slots: '8' });
  });

  it('reads back (as an embed does) to the same starting state', () => {
    for (const { name } of CALCULATORS) {
      const preset = name === 'jobmanager' ? { v: '1.20', 'jobmanager.memory.process.size': '2g' } : TM;
      expect(startPreset(name, query(presetLink(name, 'en', preset, '/').href)), name).toEqual(startPreset(name, preset));
    }
  });

  it('points at the calculator page in the language, under the base path', () => {
    expect(presetLink('taskmanager', 'zh', undefined, '/flink-memory').href).toBe('/flink-memory/zh/calculators/taskmanager/');
    expect(presetLink('jobmanager', 'en', { v: '2.0' }, '/').href).toMatch(/^\/en\/calculators\/jobmanager\/\?v=2\.0&/);
  });
});
