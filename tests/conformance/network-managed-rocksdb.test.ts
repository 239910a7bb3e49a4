/**
 * Every Flink vector of kinds network, gate, partition, announce, managed, rocksdb (Flink 1.20.1
 * and 2.0) through the model's conform handlers, and through the CLI `conform` command when it
 * exists (`flink-memory conform < file`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../support/cli';
import { canon, loadVectors, ROOT } from '../support/vectors';
import { resolve } from 'node:path';
import { parseExact } from '~/cli/json';
import type { ConformHandler } from '~/cli/conform/types';
import { networkHandler } from '~/cli/conform/network';
import { gateHandler } from '~/cli/conform/gate';
import { partitionHandler } from '~/cli/conform/partition';
import { announceHandler } from '~/cli/conform/announce';
import { managedHandler } from '~/cli/conform/managed';
import { rocksdbHandler } from '~/cli/conform/rocksdb';

const HANDLERS: Record<string, ConformHandler> = {
  network: networkHandler,
  gate: gateHandler,
  partition: partitionHandler,
  announce: announceHandler,
  managed: managedHandler,
  rocksdb: rocksdbHandler,
};

const FILES = ['flink-1.20', 'flink-2.0'].flatMap((v) =>
  [
    'network.jsonl',
    'gate-public.jsonl',
    'partition-public.jsonl',
    'announce-public.jsonl',
    'managed-public.jsonl',
    'rocksdb-public.jsonl',
  ].map((f) => `tests/fixtures/flink/${v}/${f}`),
);

describe.each(FILES)('%s through the model', (file) => {
  const cases = loadVectors(file);
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const h = HANDLERS[c.kind];
    expect(h, `handler for ${c.kind}`).toBeDefined();
    const actual = h!(c);
    expect(canon(actual)).toEqual(canon(c['expected']));
  });
});

describe('the same vectors through `flink-memory conform`', () => {
  it.each(FILES)(
    '%s',
    (file) => {
      const cases = loadVectors(file);
      const r = runCli(['conform'], readFileSync(resolve(ROOT, file)));
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => parseExact(l) as { id: string; actual: unknown });
      expect(lines.length).toBe(cases.length);
      for (const [i, c] of cases.entries()) {
        expect(lines[i]!.id).toBe(c.id);
        expect(canon(lines[i]!.actual), c.id).toEqual(canon(c['expected']));
      }
    },
    180_000,
  );
});
