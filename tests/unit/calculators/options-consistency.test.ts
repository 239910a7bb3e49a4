/**
 * One source for every option: the calculators' forms, the configuration reference and the key
 * report (what the CLI and the import panel say about a key) all show what the model's option
 * registry says — key, type, default and "since" per version, removal, en/zh description.
 */
import { describe, expect, it } from 'vitest';
import { OPTIONS, optionFor } from '~/model/options';
import { buildReference, reportKeys } from '~/model/config';
import { FLINK_VERSIONS, NEWEST_VERSION } from '~/model/types';
import { CALCULATORS } from '~/components/calculators/registry';
import { fieldsFor } from '~/components/calculators/kit/fields';
import { defaultAt, readsKey } from '~/components/calculators/kit/viewmodel';

const reference = new Map(buildReference(OPTIONS).flatMap((s) => s.entries.map((e) => [e.key, e] as const)));

describe.each(CALCULATORS.map((c) => [c.name, c] as const))('%s form', (name, def) => {
  const jobKeys = new Set((def.jobOptions ?? []).map((o) => o.key));

  it.each(['en', 'zh'] as const)('takes every option fact from the registry (%s)', (lang) => {
    const fields = fieldsFor(name, lang);
    // Every key the definition lists is a registry option (or a declared job option).
    for (const [k] of def.fields) expect(optionFor(k) !== undefined || jobKeys.has(k), k).toBe(true);
    expect(fields.map((f) => f.key)).toEqual(
      def.fields
        .map(([k]) => k)
        .filter((k) => {
          const o = optionFor(k);
          return o === undefined || o.removedIn !== o.since;
        }),
    );
    for (const f of fields) {
      const o = optionFor(f.key);
      if (o === undefined) {
        expect(jobKeys.has(f.key), `${f.key} is neither in the registry nor a job option`).toBe(true);
        continue;
      }
      // The same objects, not copies: a form cannot drift from the registry.
      expect(f.defaults, f.key).toBe(o.defaults);
      expect(
        { type: f.type, since: f.since, removedIn: f.removedIn, values: f.values, description: f.description },
        f.key,
      ).toEqual({
        type: o.type,
        since: o.since,
        removedIn: o.removedIn,
        values: o.values,
        description: o.description[lang],
      });
    }
  });

  it('agrees with the configuration reference and the key report in every version', () => {
    for (const f of fieldsFor(name, 'en')) {
      if (jobKeys.has(f.key)) {
        // Job options are Flink keys outside the memory model: the key report says so (or, for
        // a minor before the key existed, e.g. state.backend.type before 1.17, that it is not read yet).
        for (const v of FLINK_VERSIONS)
          expect(['not-memory', 'notYet'], `${f.key}@${v}`).toContain(reportKeys({ [f.key]: 'x' }, v)[0]?.status);
        expect(reportKeys({ [f.key]: 'x' }, NEWEST_VERSION)[0]?.status, f.key).toBe('not-memory');
        expect(reference.has(f.key)).toBe(false);
        continue;
      }
      const ref = reference.get(f.key);
      expect(ref, f.key).toBeDefined();
      expect({ since: ref!.since, removedIn: ref!.removedIn, description: ref!.description.en }).toEqual({
        since: f.since,
        removedIn: f.removedIn,
        description: f.description,
      });
      for (const v of FLINK_VERSIONS) {
        const span = ref!.defaults.find(
          (s) =>
            FLINK_VERSIONS.indexOf(s.from) <= FLINK_VERSIONS.indexOf(v) &&
            FLINK_VERSIONS.indexOf(v) <= FLINK_VERSIONS.indexOf(s.to),
        );
        const status = reportKeys({ [f.key]: '1' }, v)[0]?.status;
        if (readsKey(f, v)) {
          expect(span?.value, `${f.key}@${v} reference default`).toBe(defaultAt(f.defaults, v));
          expect(status, `${f.key}@${v}`).toBe('memory');
        } else {
          expect(status, `${f.key}@${v}`).not.toBe('memory');
        }
      }
    }
  });
});

describe('registry facts checked against Flink', () => {
  it('partitioned index/filters since 1.13 (FLINK-20496); writebuffer.size without a default at first', () => {
    expect(optionFor('state.backend.rocksdb.memory.partitioned-index-filters')?.since).toBe('1.13');
    expect(defaultAt(optionFor('state.backend.rocksdb.writebuffer.size')!.defaults, '1.10')).toBeNull();
  });
});
