/**
 * `conform` dispatch by vector kind. Other areas add their kinds with one import line and one
 * entry each.
 */
import type { ConformHandler, VectorCase } from './types';
import { tmHandler } from './tm';
import { jmHandler } from './jm';
import { memorysizeHandler } from './memorysize';
import { networkHandler } from './network';
import { gateHandler } from './gate';
import { partitionHandler } from './partition';
import { announceHandler } from './announce';
import { managedHandler } from './managed';
import { rocksdbHandler } from './rocksdb';

export const HANDLERS: Record<string, ConformHandler> = {
  tm: tmHandler,
  jm: jmHandler,
  memorysize: memorysizeHandler,
  network: networkHandler,
  gate: gateHandler,
  partition: partitionHandler,
  announce: announceHandler,
  managed: managedHandler,
  rocksdb: rocksdbHandler,
};

/** The `actual` object for one case; unknown kinds and handler failures become `{error}`. */
export function conformCase(c: VectorCase): Record<string, unknown> {
  const h = Object.prototype.hasOwnProperty.call(HANDLERS, c.kind) ? HANDLERS[c.kind] : undefined;
  if (!h) return { error: `unknown kind '${String(c.kind)}'` };
  try {
    return h(c);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
