/**
 * Reading Flink's vectors (JSON lines computed by Flink's own classes) for the conformance tests:
 * one loader and one canonical form, so the three suites compare the same way.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExact } from '~/cli/json';
import type { VectorCase } from '~/cli/conform/types';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A vector with the fields Flink's classes produced. */
export type Case = VectorCase & { expected: Record<string, unknown> };

/** The cases of a JSON-lines file (a path relative to the repository root), numbers kept exact. */
export function loadVectors(file: string): Case[] {
  return readFileSync(`${ROOT}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => parseExact(l) as Case);
}

/**
 * Canonical form: integers (bigint or integral number, but not -0) as tagged digit strings, so
 * 134217730 and 134217730n compare equal; doubles as numbers; object keys sorted; `causes` dropped.
 */
export function canon(v: unknown): unknown {
  if (typeof v === 'bigint') return `int:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? `int:${v}` : v;
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if (k !== 'causes') o[k] = canon((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}
