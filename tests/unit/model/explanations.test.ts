/** Every message id has an explanation in both languages, and the placeholders get filled. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MESSAGE_IDS, isMessageId } from '~/model/messages';
import { en, zh, explain } from '~/i18n/explanations';
import { deriveTaskManager } from '~/model/taskmanager';
import { deriveJobManager } from '~/model/jobmanager';
import { parseMemorySize } from '~/model/memorysize';
import { parseExact } from '~/cli/json';
import { toFlinkVersion } from '~/model/version';
import type { DeploymentMode, FlinkError, LogEntry } from '~/model/types';

describe('explanations tables', () => {
  it.each(MESSAGE_IDS.map((id) => [id]))('%s has en and zh title, explanation and fix', (id) => {
    for (const t of [en[id], zh[id]]) {
      expect(t.title.trim()).not.toBe('');
      expect(t.explanation.trim()).not.toBe('');
      expect(t.fix.trim()).not.toBe('');
    }
    expect(/[\u4e00-\u9fff]/.test(zh[id].title + zh[id].explanation)).toBe(true);
    // Same placeholders in both languages, so a param never shows up in only one of them.
    const ph = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    const all = (t: (typeof en)[typeof id]) => ph(t.title + t.explanation + t.fix);
    expect(all(zh[id])).toBe(all(en[id]));
  });

  it('has no extra ids', () => {
    expect(Object.keys(en).sort()).toEqual([...MESSAGE_IDS].sort());
    expect(Object.keys(zh).sort()).toEqual([...MESSAGE_IDS].sort());
  });
});

describe('every refusal and log line of the vectors is explained, fully filled', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const seen = new Set<string>();
  const check = (e: Pick<FlinkError | LogEntry, 'id' | 'params'>) => {
    expect(isMessageId(e.id), e.id).toBe(true);
    seen.add(e.id);
    for (const lang of ['en', 'zh'] as const) {
      const x = explain(e.id, lang, e.params)!;
      expect(`${x.title} ${x.explanation} ${x.fix}`, `${e.id} ${lang}`).not.toMatch(/\{\w+\}/);
    }
  };
  for (const dir of ['flink-1.20', 'flink-2.0']) {
    for (const kind of ['tm', 'jm'] as const) {
      it(`${dir} ${kind}`, () => {
        const lines = readFileSync(`${root}/tests/fixtures/flink/${dir}/${kind}-public.jsonl`, 'utf8')
          .split('\n')
          .filter(Boolean);
        for (const line of lines) {
          const c = parseExact(line) as { flinkVersion: string; mode?: DeploymentMode; config: Record<string, string> };
          const opts = { version: toFlinkVersion(c.flinkVersion)!, mode: c.mode ?? 'standalone' };
          const r = kind === 'tm' ? deriveTaskManager(c.config, opts) : deriveJobManager(c.config, opts);
          r.log.forEach(check);
          if (!r.ok) check(r.error);
        }
      });
    }
  }
  it('memorysize refusals', () => {
    for (const t of ['', 'abc', '1.5g', '9223372036854775808', '8388608t']) {
      const r = parseMemorySize(t);
      expect(r.ok).toBe(false);
      if (!r.ok) check({ id: r.id });
    }
  });
  it('extra refusals outside the vectors', () => {
    const cases: [Record<string, string>, 'tm' | 'jm', string, DeploymentMode?][] = [
      [{ 'taskmanager.memory.process.size': '1000m', 'taskmanager.memory.flink.size': '900m' }, 'tm', '1.10'],
      [{}, 'tm', '2.0', 'local'],
      [{ 'taskmanager.memory.network.min': '1m', 'taskmanager.memory.network.max': '2m' }, 'tm', '2.0', 'local'],
      [
        {
          'taskmanager.memory.flink.size': '1g',
          'taskmanager.memory.task.heap.size': '100m',
          'taskmanager.memory.managed.size': '100m',
          'taskmanager.network.numberOfBuffers': '1',
        },
        'tm',
        '1.20',
      ],
      [{ 'jobmanager.heap.size': '100m', 'containerized.heap-cutoff-min': '600' }, 'jm', '1.10', 'active'],
      [{ 'jobmanager.heap.size': '1g', 'containerized.heap-cutoff-ratio': '2' }, 'jm', '1.10', 'active'],
      [{ 'taskmanager.memory.process.size': '2g', 'external-resources': 'gpu' }, 'tm', '2.0'],
    ];
    for (const [config, kind, v, m] of cases) {
      const opts = { version: toFlinkVersion(v)!, mode: m ?? 'standalone' };
      const r = kind === 'tm' ? deriveTaskManager(config, opts) : deriveJobManager(config, opts);
      r.log.forEach(check);
      if (!r.ok) check(r.error);
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});
