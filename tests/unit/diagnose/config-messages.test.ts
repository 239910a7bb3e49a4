import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configurationMessageId } from '~/model/diagnose/config-messages';
import { diagnose } from '~/model/diagnose';
import { deriveJobManager } from '~/model/jobmanager';
import { deriveTaskManager } from '~/model/taskmanager';
import type { FlinkVersion } from '~/model/types';

interface Vector {
  id: string;
  kind: string;
  mode?: string;
  config: Record<string, string>;
  expected: { ok: boolean; error?: string; message?: string };
}
const refusals = (dir: string, kind: string): Vector[] =>
  readFileSync(new URL(`../../fixtures/flink/flink-${dir}/${kind}-public.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Vector)
    .filter((c) => !c.expected.ok && c.expected.error === 'IllegalConfigurationException');

describe('a pasted IllegalConfigurationException maps to the same message id the model gives', () => {
  for (const [dir, version] of [
    ['1.20', '1.20'],
    ['2.0', '2.0'],
  ] as const) {
    for (const kind of ['tm', 'jm'] as const) {
      for (const c of refusals(dir, kind)) {
        it(`${kind} ${version} ${c.id}`, () => {
          const opts = { version: version as FlinkVersion, mode: (c.mode ?? 'standalone') as 'standalone' };
          const r = kind === 'tm' ? deriveTaskManager(c.config, opts) : deriveJobManager(c.config, opts);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(configurationMessageId(c.expected.message!)).toBe(r.error.id);
          const pasted = `org.apache.flink.configuration.IllegalConfigurationException: ${c.expected.message}`;
          const [f] = diagnose(pasted).findings;
          expect(f?.id).toBe('illegal-configuration');
          expect(f?.params['messageId']).toBe(r.error.id);
        });
      }
    }
  }
  it('leaves unknown texts unmapped', () => {
    expect(configurationMessageId('Something else entirely')).toBeUndefined();
  });
});
