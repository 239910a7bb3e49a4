/**
 * Calculator state ↔ query string, through `~/model/urlstate` (which checks hostile links). The
 * islands load this on demand — a link with state, a change, "copy link" — because showing a
 * calculator needs none of it (JavaScript before interaction).
 */
import { decodeState, encodeState } from '~/model/urlstate';
import type { CalcState } from './types';
import { cleanConfig } from './viewmodel';

export { decodeState };

/** The query string for a state (always names the version so a link pins it). */
export function queryFor(s: CalcState): string {
  return encodeState({ version: s.v, mode: s.mode, config: cleanConfig(s.config), extras: s.extras });
}
