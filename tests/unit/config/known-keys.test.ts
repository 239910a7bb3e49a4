import { describe, expect, it } from 'vitest';
import { reportKeys } from '~/model/config';
import { OPTIONS } from '~/model/options';
import { knownKeyIn, knownKeysOf } from '~/model/options/known';
import { KNOWN_KEY_MINORS } from '~/model/options/known-keys';
import { FLINK_VERSIONS, type FlinkVersion, type OptionSpec } from '~/model/types';
import { atLeast } from '~/model/version';

const one = (key: string, version: FlinkVersion) => reportKeys({ [key]: '1' }, version)[0];

describe('the key report knows every Flink option (issue #16)', () => {
  it.each<[string, FlinkVersion, Record<string, unknown>]>([
    // Real options outside the memory model.
    ['scheduler-mode', '1.13', { status: 'not-memory' }],
    ['scheduler-mode', '2.0', { status: 'not-memory' }],
    ['scheduler-mode', '1.12', { status: 'notYet', since: '1.13' }],
    ['state.backend.forst.executor.read-io-parallelism', '2.0', { status: 'not-memory' }],
    ['state.backend.forst.cache.dir', '2.0', { status: 'memory' }],
    ['state.backend.forst.primary-dir', '2.3', { status: 'not-memory' }],
    ['state.backend.forst.cache.dir', '1.20', { status: 'notYet', since: '2.0' }],
    ['classloader.check-leaked-classloader', '1.20', { status: 'not-memory' }],
    ['classloader.check-leaked-classloader', '1.11', { status: 'notYet', since: '1.12' }],
    ['state.backend.rocksdb.log.dir', '2.0', { status: 'not-memory' }],
    ['state.backend.rocksdb.log.dir', '1.13', { status: 'notYet', since: '1.14' }],
    // Gone from the chosen minor: removed, and since when.
    ['cluster.evenly-spread-out-slots', '1.20', { status: 'not-memory' }],
    ['cluster.evenly-spread-out-slots', '2.0', { status: 'removed', removedIn: '2.0', params: { removedIn: '2.0' } }],
    ['cluster.evenly-spread-out-slots', '2.3', { status: 'removed', removedIn: '2.0' }],
    // Deprecated keys of non-memory options: the tables omit them, the Java sources do not.
    ['state.backend', '1.16', { status: 'not-memory' }],
    ['state.backend', '1.17', { status: 'deprecated', replacement: 'state.backend.type' }],
    ['akka.ask.timeout', '1.18', { status: 'deprecated', replacement: 'pekko.ask.timeout' }],
    // Queryable state is deprecated and left out of the docs since 1.18, but 2.x still reads it.
    ['queryable-state.server.ports', '2.0', { status: 'not-memory' }],
    ['query.server.ports', '2.0', { status: 'deprecated', replacement: 'queryable-state.server.ports' }],
    // `query.server.port` (singular) is no key of any modelled minor: a near miss of the above.
    ['query.server.port', '2.0', { status: 'unknown', suggestion: 'query.server.ports' }],
    // Typos: of a memory key (the registry first, as before), of any other key.
    ['taskmanager.memory.proces.size', '2.0', { status: 'unknown', suggestion: 'taskmanager.memory.process.size' }],
    ['classloader.check-leaked-classloder', '2.0', { status: 'unknown', suggestion: 'classloader.check-leaked-classloader' }],
    // Map-style keys stay on the prefix allowlist.
    ['metrics.reporter.prom.port', '2.0', { status: 'not-memory' }],
    ['completely.unrelated.thing', '2.0', { status: 'unknown' }],
  ])('%s in %s', (key, version, expected) => {
    expect(one(key, version)).toMatchObject({ key, ...expected });
  });

  it('a deprecated key whose replacement is set too says it is shadowed', () => {
    const r = reportKeys({ 'state.backend': 'rocksdb', 'state.backend.type': 'rocksdb' }, '1.20');
    expect(r[0]).toMatchObject({ status: 'deprecated', shadowedBy: 'state.backend.type' });
  });

  it('the data covers every modelled minor, in order', () => {
    expect([...KNOWN_KEY_MINORS]).toEqual([...FLINK_VERSIONS]);
    for (const v of FLINK_VERSIONS) expect(knownKeysOf(v).length).toBeGreaterThan(400);
  });
});

/** Registry options `version` reads that Flink's option lists do not know in that version. */
function missingFromKnownKeys(registry: readonly OptionSpec[]): string[] {
  const out: string[] = [];
  for (const o of registry) {
    for (const v of FLINK_VERSIONS) {
      const read = atLeast(v, o.since) && !(o.removedIn !== undefined && atLeast(v, o.removedIn));
      const kind = knownKeyIn(o.key, v)?.kind;
      if (read && kind !== 'option' && kind !== 'deprecated' && kind !== 'fallback') out.push(`${o.key}@${v}`);
    }
  }
  return out;
}

/**
 * Options of the registry that Flink's lists do not carry: RocksDB's manual compaction interval,
 * and table options excluded from the docs
 * (`@Documentation.ExcludeFromDocumentation`, ExecutionConfigOptions in flink-table-api-java),
 * outside flink-core, so neither a table row nor read from the sources.
 */
const NOT_IN_DOCS = [
  // RocksDBManualCompactionOptions (1.20+, EXPERT_ROCKSDB) is in no generated table of the releases read.
  'state.backend.rocksdb.manual-compaction.min-interval',
  'table.exec.resource.external-buffer-memory',
  'table.exec.resource.hash-agg.memory',
  'table.exec.resource.hash-join.memory',
  'table.exec.resource.sort.memory',
];

describe('registry ↔ known keys', () => {
  it('every registry option a version reads is a known key of that version (or a listed exception)', () => {
    const missing = missingFromKnownKeys(OPTIONS.filter((o) => !NOT_IN_DOCS.includes(o.key)));
    expect(missing).toEqual([]);
  });

  it('the exceptions are still exceptions (drop one once the data has it)', () => {
    for (const key of NOT_IN_DOCS) {
      const o = OPTIONS.find((x) => x.key === key);
      expect(o, key).toBeDefined();
      expect(missingFromKnownKeys([o!]).length, key).toBeGreaterThan(0);
    }
  });

  it('the check fails for an option Flink does not have, or at the wrong versions', () => {
    const fake = (key: string, extra: Partial<OptionSpec> = {}): OptionSpec => ({
      key,
      type: 'memory',
      category: 'taskmanager',
      since: '1.10',
      defaults: [{ since: '1.10', value: null }],
      description: { en: key, zh: key },
      ...extra,
    });
    expect(missingFromKnownKeys([fake('taskmanager.memory.not-a-flink-key')])).toHaveLength(FLINK_VERSIONS.length);
    // ForSt options exist from 2.0 only: claiming them for 1.20 must fail.
    expect(missingFromKnownKeys([fake('state.backend.forst.cache.dir', { since: '1.20' })])).toEqual([
      'state.backend.forst.cache.dir@1.20',
    ]);
  });
});
