/**
 * Bounds that keep hostile pastes harmless (issue 7): a real Flink configuration is a few KB with
 * at most a few hundred keys, so these limits are generous for people and tight for attackers.
 */

/** Longest text any parser looks at (characters). */
export const MAX_TEXT_CHARS = 1_000_000;
/** Most keys a parsed configuration may hold. */
export const MAX_KEYS = 5_000;
/** Deepest YAML nesting accepted (mappings and sequences). */
export const MAX_DEPTH = 64;
/** YAML alias expansions accepted (the `yaml` package's `maxAliasCount`). */
export const MAX_ALIASES = 100;
/** Longest key kept (characters); Flink keys are well below 200. */
export const MAX_KEY_CHARS = 256;
/** Longest value kept (characters). */
export const MAX_VALUE_CHARS = 4_096;

/** Keys that would mean something to a JavaScript object; our maps are prototype-free anyway. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
