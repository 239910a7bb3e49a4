import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONFIG_FORMATS, CONFIG_MESSAGE_IDS, parseConfigText, reportKeys } from '~/model/config';

const ids = new Set<string>(CONFIG_MESSAGE_IDS);
const yamlish = fc.string({
  unit: fc.constantFrom(...'ab.:- \n\t#"\'[]{},&*!|>%@`?=\\0123456789kmgDΩ中'.split('')),
  maxLength: 200,
});
const anyText = fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 200 }));

describe('parseConfigText on random text', () => {
  it('never throws, and speaks only in known message ids', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom(...CONFIG_FORMATS), { nil: undefined }), (text, format) => {
        const r = parseConfigText(text, format);
        for (const n of r.notes) expect(ids.has(n.id)).toBe(true);
        if (!r.ok) {
          expect(ids.has(r.error.id)).toBe(true);
          return;
        }
        expect(Object.getPrototypeOf(r.config)).toBeNull();
        for (const v of Object.values(r.config)) expect(typeof v).toBe('string');
        reportKeys(r.config, '2.0');
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
