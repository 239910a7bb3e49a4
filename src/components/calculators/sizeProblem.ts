import { parseMemorySize } from '~/model/memorysize';

/** Flink's own parse message for a size (`MemorySize.parse`), or null when it parses. */
export function sizeProblem(s: string): string | null {
  const r = parseMemorySize(s);
  return r.ok ? null : r.message;
}
