/** How a build-time figure is printed (TmFigure / JmFigure components). */
import { toHumanReadable } from './memorysize';

export type FigureFormat = 'bytes' | 'human' | 'mib' | 'text';

/**
 * bytes: `536870920`; human: Flink's `512.000mb (536870920 bytes)`; mib: `512 MiB` (floor, with
 * the remainder in bytes when not whole, e.g. `512 MiB + 8 B`); text: the value as is.
 */
export function formatFigure(v: bigint | number | string, f: FigureFormat): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return f === 'text' || f === 'bytes' ? String(v) : String(v);
  switch (f) {
    case 'bytes':
    case 'text':
      return v.toString();
    case 'human':
      return toHumanReadable(v);
    case 'mib': {
      const mib = v >> 20n;
      const rest = v - (mib << 20n);
      return rest === 0n ? `${mib} MiB` : `${mib} MiB + ${rest} B`;
    }
  }
}
