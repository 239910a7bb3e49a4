/**
 * The state a calculator starts from for a chapter's or page's preset. Shared by the calculator
 * pages (server-rendered) and the chapter embeds (mounted in the browser on demand), so both
 * start from the same configuration.
 */
import { calculator, type CalculatorName } from '../registry';

/**
 * A preset that names no Flink option (e.g. only `v`) starts from the calculator's default
 * configuration (its definition's `preset`); the default job (network) applies unless the preset
 * brings its own; the RocksDB calculator is about RocksDB, so Flink's default backend (hashmap)
 * only when asked for.
 */
export function startPreset(name: CalculatorName, preset: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const def = calculator(name);
  const extras: readonly string[] = def.extras;
  const hasFlinkKeys = Object.keys(preset ?? {}).some((k) => k !== 'v' && k !== 'mode' && !extras.includes(k));
  const map: Record<string, string> = hasFlinkKeys
    ? { ...Object.fromEntries(Object.entries(def.preset).filter(([k]) => extras.includes(k))), ...preset }
    : { ...def.preset, ...preset };
  if (name === 'rocksdb' && map['state.backend.type'] === undefined && map['state.backend'] === undefined) {
    map['state.backend.type'] = 'rocksdb';
  }
  return map;
}
