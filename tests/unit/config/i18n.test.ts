import { describe, expect, it } from 'vitest';
import { CONFIG_MESSAGE_IDS, KEY_STATUSES } from '~/model/config';
import { URL_PROBLEM_IDS } from '~/model/urlstate';
import { en, zh, fillConfigText } from '~/i18n/config';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('config texts', () => {
  it('every message id has an English and a Chinese text', () => {
    for (const id of [...CONFIG_MESSAGE_IDS, ...URL_PROBLEM_IDS, ...KEY_STATUSES.map((s) => `report.${s}` as const)]) {
      expect(en[id], id).toBeTruthy();
      expect(zh[id], id).toBeTruthy();
    }
  });

  it('both languages use the same placeholders', () => {
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(zh[k]), k).toEqual(placeholders(en[k]));
  });

  it('Chinese texts are Chinese', () => {
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) {
      if (k.startsWith('format.') || k === 'ref.key') continue;
      expect(/[\u4e00-\u9fff]/.test(zh[k]), k).toBe(true);
    }
  });

  it('fillConfigText leaves unknown placeholders visible instead of "undefined"', () => {
    expect(fillConfigText('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(fillConfigText('{toString}', {})).toBe('{toString}');
  });
});
