/** Concrete fixes: the suggested total is accepted, and one MiB less is not. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveTaskManager } from '~/model/taskmanager';
import { deriveJobManager } from '~/model/jobmanager';
import { configSizeText } from '~/model/suggest';
import { explain } from '~/i18n/explanations';
import { parseMemorySize } from '~/model/memorysize';

function minusOneMiB(v: string): string {
  const r = parseMemorySize(v);
  if (!r.ok) throw new Error(v);
  return `${(r.value >> 20n) - 1n}m`;
}

describe('suggested totals', () => {
  it.each([
    [{ 'taskmanager.memory.process.size': '600m' }, 'taskmanager.memory.process.size', '982m'],
    [{ 'taskmanager.memory.process.size': '400m' }, 'taskmanager.memory.process.size', '982m'],
    [{ 'taskmanager.memory.flink.size': '300m' }, 'taskmanager.memory.flink.size', '534m'],
  ])('TM %j → %s: %s', (config, key, value) => {
    const r = deriveTaskManager(config);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.error.params?.['suggestedKey'], r.error.params?.['suggestedValue']]).toEqual([key, value]);
    expect(deriveTaskManager({ ...config, [key]: value }).ok).toBe(true);
    expect(deriveTaskManager({ ...config, [key]: minusOneMiB(value) }).ok).toBe(false);
    expect(explain(r.error.id, 'en', r.error.params)!.fix).toContain(`${key}: ${value}`);
    expect(explain(r.error.id, 'zh', r.error.params)!.fix).toContain(`${key}: ${value}`);
  });

  it('JM suggestions also clear the small-heap warning (heap >= 128m)', () => {
    const r = deriveJobManager({ 'jobmanager.memory.process.size': '500m' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.params?.['suggestedValue']).toBe('704m');
    const fixed = deriveJobManager({ 'jobmanager.memory.process.size': '704m' });
    expect(fixed.ok && fixed.jvmHeap).toBe(128n << 20n);
  });

  it('any suggested process size is accepted, and one MiB less is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 1200 }), fc.integer({ min: 0, max: 900 }), (mib, managedPermille) => {
        const config = {
          'taskmanager.memory.process.size': `${mib}m`,
          'taskmanager.memory.managed.fraction': `0.${String(managedPermille).padStart(3, '0')}`,
        };
        const r = deriveTaskManager(config);
        if (r.ok || r.error.params?.['suggestedValue'] === undefined) return true;
        const v = r.error.params['suggestedValue'];
        return (
          deriveTaskManager({ ...config, 'taskmanager.memory.process.size': v }).ok &&
          !deriveTaskManager({ ...config, 'taskmanager.memory.process.size': minusOneMiB(v) }).ok
        );
      }),
      { numRuns: 150 },
    );
  });

  it('formats sizes for a config file', () => {
    expect(configSizeText(982n << 20n)).toBe('982m');
    expect(configSizeText(4n << 30n)).toBe('4g');
  });
});
