import { memorySizeToString, parseMemorySize, toHumanReadable } from '~/model/memorysize';
import type { ConformHandler } from './types';

/** `kind: memorysize` → `MemorySize.parse(input)`: bytes, toString, humanReadable. */
export const memorysizeHandler: ConformHandler = (c) => {
  const r = parseMemorySize(String(c['input'] ?? ''));
  if (!r.ok) return { ok: false, error: r.className, message: r.message, causes: [] };
  return { ok: true, bytes: r.value, toString: memorySizeToString(r.value), humanReadable: toHumanReadable(r.value) };
};
