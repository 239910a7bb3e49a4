/** The compare view's inputs in the URL query (`?a=…&b=…&from=1.17&to=2.0&mode=standalone`); never throws. */
export interface CompareForm {
  a: string;
  b: string;
  from: string;
  to: string;
  mode: string;
}

export const DEFAULT_COMPARE: CompareForm = {
  a: 'taskmanager.memory.process.size: 16g\ntaskmanager.numberOfTaskSlots: 4\ntaskmanager.network.memory.buffers-per-channel: 4\njobmanager.memory.process.size: 1600m\n',
  b: '',
  from: '1.16',
  to: '2.0',
  mode: 'standalone',
};

const MAX = 20_000;

/** Query ↔ form (`?a=…&b=…&from=1.17&to=2.0&mode=standalone`); never throws. */
export function encodeCompare(f: CompareForm): string {
  const p = new URLSearchParams();
  if (f.a !== DEFAULT_COMPARE.a) p.set('a', f.a.slice(0, MAX));
  if (f.b !== '') p.set('b', f.b.slice(0, MAX));
  if (f.from !== DEFAULT_COMPARE.from) p.set('from', f.from);
  if (f.to !== DEFAULT_COMPARE.to) p.set('to', f.to);
  if (f.mode !== DEFAULT_COMPARE.mode) p.set('mode', f.mode);
  const s = p.toString();
  return s ? `?${s}` : '';
}
export function decodeCompare(search: string): CompareForm {
  const f = { ...DEFAULT_COMPARE };
  try {
    const p = new URLSearchParams(search.length > 3 * MAX ? '' : search);
    f.a = (p.get('a') ?? f.a).slice(0, MAX);
    f.b = (p.get('b') ?? f.b).slice(0, MAX);
    f.from = (p.get('from') ?? f.from).slice(0, 16);
    f.to = (p.get('to') ?? f.to).slice(0, 16);
    f.mode = (p.get('mode') ?? f.mode).slice(0, 16);
  } catch {
    /* keep defaults */
  }
  return f;
}
