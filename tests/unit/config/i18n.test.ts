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

import { parseConfigText } from '~/model/config';
import { decodeState } from '~/model/urlstate';
import { reportKeys } from '~/model/config';

describe('every message the parsers return can be filled completely', () => {
  const inputs: [string, Parameters<typeof parseConfigText>[1]][] = [
    ['a: 1\nb: 2\na: 3\n', undefined],
    ['a:\n  b: 1\n c: 2\n', undefined],
    ['a: [1, 2\n', undefined],
    ['- a\n', 'config-yaml'],
    ['a:\nb: 1\nc: [x]\nd.e: 1\nd:\n  e: 2\n', undefined],
    ['taskmanager.memory.process.size: 4096\n', undefined],
    [`a: ${'['.repeat(100)}`, undefined],
    ['x: &a [1]\n' + 'y: [' + '*a,'.repeat(200) + ']\n', undefined],
    ['\u0000\u0001binary', undefined],
    ['a:b\n: v\nc: "q"\nd: x#y\ne: 1\ne: 2\n', 'flink-conf'],
    ['-Dfoo run -D', 'dynamic'],
    ['-Da=1 -Db="x', 'dynamic'],
    ['-D =x -Da=1 -Da=2 job.jar', 'dynamic'],
    [
      'kind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    taskmanager.memory.process.size: 1g\n    n:\n      x: 1\n  taskManager:\n    resource:\n      memory: 1.5G\n  jobManager:\n    resource:\n      memory: lots\n',
      undefined,
    ],
    ['kind: ConfigMap\n---\nkind: Secret\n', 'flink-deployment'],
    ['', undefined],
    ['hello', undefined],
    ['taskmanager.memory.managed.consumer-weights:\n  OPERATOR: 1\n', undefined],
  ];
  const unfilled = /\{\w+\}/;
  it.each(inputs)('%j', (text, hint) => {
    const r = parseConfigText(text, hint);
    const msgs = [...r.notes.map((n) => [n.id, n.params] as const), ...(r.ok ? [] : [[r.error.id, r.error.params] as const])];
    expect(msgs.length).toBeGreaterThan(0);
    for (const [id, params] of msgs) {
      for (const table of [en, zh]) expect(fillConfigText(table[id], params), id).not.toMatch(unfilled);
    }
  });

  it('URL problems and key report entries too', () => {
    const s = decodeState(`v=9&mode=x&foo=1&a=%E0&__proto__=1&b=${'x'.repeat(300)}&c=%00&${'k=1&'.repeat(300)}`, {
      allowedKeys: ['a', 'b', 'c', 'k'],
    });
    for (const p of s.problems)
      for (const table of [en, zh]) expect(fillConfigText(table[p.id], p.params), p.id).not.toMatch(unfilled);
    const rep = reportKeys(
      {
        'taskmanager.heap.size': '1',
        'taskmanager.network.memory.min': '1',
        'taskmanager.memory.proces.size': '1',
        'rest.port': '1',
        zzz: '1',
        'taskmanager.memory.process.size': '1',
      },
      '2.0',
    );
    for (const e of rep) for (const table of [en, zh]) expect(fillConfigText(table[e.id], e.params), e.id).not.toMatch(unfilled);
  });
});

import { configMessage } from '~/i18n/config';

describe('configMessage', () => {
  it('fills in the chosen language and falls back to the id', () => {
    expect(configMessage('en', 'url.duplicate', { key: 'v' })).toBe(
      '"v" appears more than once in the link; the first value is used.',
    );
    expect(configMessage('zh', 'url.duplicate', { key: 'v' })).toBe('"v" 在链接中出现多次，使用第一个值。');
    expect(configMessage('en', 'no.such.id')).toBe('no.such.id');
    expect(configMessage('en', '__proto__')).toBe('__proto__');
  });
});
