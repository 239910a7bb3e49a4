/**
 * The state a calculator starts from for a chapter's or page's preset. Shared by the calculator
 * pages (server-rendered) and the chapter embeds (mounted in the browser on demand), so both
 * start from the same configuration.
 */
import type { CalculatorName } from './fields';
import { EXTRAS } from './viewmodel';

/** Starting state of each calculator page: Flink's shipped configuration files. */
export const DEFAULT_PRESETS: Readonly<Record<CalculatorName, Readonly<Record<string, string>>>> = {
  taskmanager: { 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '1' },
  jobmanager: { 'jobmanager.memory.process.size': '1600m' },
  network: {
    'taskmanager.memory.process.size': '1728m',
    job: 'source*4,sink*4;source>sink:all-to-all:PIPELINED_BOUNDED',
    slots: '4',
  },
  rocksdb: {
    'taskmanager.memory.process.size': '1728m',
    'taskmanager.numberOfTaskSlots': '1',
    'state.backend.type': 'rocksdb',
  },
};


/**
 * A preset that names no Flink option (e.g. only `v`) starts from the calculator's default
 * configuration; the default job (network) applies unless the preset brings its own; the RocksDB
 * calculator is about RocksDB, so Flink's default backend (hashmap) only when asked for.
 */
export function startPreset(name: CalculatorName, preset: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const extras = EXTRAS[name];
  const hasFlinkKeys = Object.keys(preset ?? {}).some((k) => k !== 'v' && k !== 'mode' && !extras.includes(k));
  const map: Record<string, string> = hasFlinkKeys
    ? { ...Object.fromEntries(Object.entries(DEFAULT_PRESETS[name]).filter(([k]) => extras.includes(k))), ...preset }
    : { ...DEFAULT_PRESETS[name], ...preset };
  if (name === 'rocksdb' && map['state.backend.type'] === undefined && map['state.backend'] === undefined) {
    map['state.backend.type'] = 'rocksdb';
  }
  return map;
}
