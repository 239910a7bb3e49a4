import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TM_SIZES } from '~/model/types';
import { JM_FIGURES as JM_SIZES } from '~/model/compare';
import { diagnose, jobManagerConfigFromBlock, taskManagerConfigFromBlock } from '~/model/diagnose';
import { deriveJobManager } from '~/model/jobmanager';
import { jobManagerLogBlock, taskManagerLogBlock } from '~/model/logblock';
import { deriveTaskManager } from '~/model/taskmanager';
import type { FlinkVersion } from '~/model/types';

interface Vector {
  id: string;
  flinkVersion: string;
  kind: string;
  mode?: string;
  config: Record<string, string>;
  expected: { ok: boolean };
}
const load = (v: string, kind: string): Vector[] =>
  readFileSync(new URL(`../../fixtures/flink/flink-${v}/${kind}-public.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Vector)
    .filter((c) => c.expected.ok && (c.mode ?? 'standalone') === 'standalone');

const TM_FIGURES = TM_SIZES;
const JM_FIGURES = JM_SIZES;
// Timestamps and logger names in front of each line, as a real log has them.
const prefix = (lines: string[]) =>
  lines.map((l) => `2024-05-01 10:00:00,000 INFO  org.apache.flink.runtime.util.bash.BashJavaUtils [] - ${l}`).join('\n');

describe('a logged "Final … Memory configuration" block yields the calculator figures of the config that produced it', () => {
  for (const [dir, version] of [
    ['1.20', '1.20'],
    ['2.0', '2.0'],
  ] as const) {
    for (const c of load(dir, 'tm')) {
      it(`tm ${version} ${c.id}`, () => {
        const r = deriveTaskManager(c.config, { version: version as FlinkVersion });
        if (!r.ok) throw new Error(r.error.message);
        const d = diagnose(prefix(taskManagerLogBlock(r)));
        const block = d.extracted.blocks[0]!;
        for (const f of TM_FIGURES.slice(0, 10)) expect(block.figures[f], f).toBe(r[f]);
        const again = deriveTaskManager(taskManagerConfigFromBlock(block.figures)!, { version: version as FlinkVersion });
        if (!again.ok) throw new Error(again.error.message);
        for (const f of TM_FIGURES) expect(again[f], f).toBe(r[f]);
        expect(again.jvmParams).toBe(r.jvmParams);
      });
    }
    for (const c of load(dir, 'jm')) {
      it(`jm ${version} ${c.id}`, () => {
        const r = deriveJobManager(c.config, { version: version as FlinkVersion });
        if (!r.ok) throw new Error(r.error.message);
        const d = diagnose(prefix(jobManagerLogBlock(r)));
        const again = deriveJobManager(jobManagerConfigFromBlock(d.extracted.blocks[0]!.figures)!, {
          version: version as FlinkVersion,
        });
        if (!again.ok) throw new Error(again.error.message);
        for (const f of JM_FIGURES) expect(again[f], f).toBe(r[f]);
      });
    }
  }
});
