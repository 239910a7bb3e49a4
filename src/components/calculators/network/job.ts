/**
 * The network calculator's job as the link carries it (`job=source*4,sink*4;source>sink:…`), and
 * small count fields. Pure: the island, its compute function and the server share it.
 */

/** A job as the network calculator edits it (mirrors the model's `JobDescription`). */
export interface JobDraft {
  vertices: { name: string; parallelism: number }[];
  edges: { from: string; to: string; pattern: string; partitionType: string }[];
}

/** Most vertices / edges a link may describe (a link is untrusted input). */
export const JOB_MAX_VERTICES = 20;
export const JOB_MAX_EDGES = 40;

/** Vertex names may not contain the delimiters of the link format. */
export function cleanVertexName(s: string): string {
  return s.replace(/[,;*>:\s]/g, '').slice(0, 32);
}

/**
 * `source*4,sink*4;source>sink:all-to-all:PIPELINED_BOUNDED` ↔ JobDraft. Decoding never throws:
 * malformed parts are skipped (the model then validates names, parallelism and types).
 */
export function encodeJob(job: JobDraft): string {
  const v = job.vertices.map((x) => `${cleanVertexName(x.name)}*${x.parallelism}`).join(',');
  const e = job.edges.map((x) => `${cleanVertexName(x.from)}>${cleanVertexName(x.to)}:${x.pattern}:${x.partitionType}`).join(',');
  return e ? `${v};${e}` : v;
}

export function decodeJob(text: string | undefined): JobDraft | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 4000) return null;
  const [vs = '', es = ''] = text.split(';');
  const vertices: JobDraft['vertices'] = [];
  for (const part of vs.split(',').slice(0, JOB_MAX_VERTICES)) {
    const m = /^([^,;*>:\s]{1,32})\*(\d{1,9})$/.exec(part);
    if (m) vertices.push({ name: m[1]!, parallelism: Number(m[2]) });
  }
  if (vertices.length === 0) return null;
  const edges: JobDraft['edges'] = [];
  for (const part of es.split(',').slice(0, JOB_MAX_EDGES)) {
    const m = /^([^,;*>:\s]{1,32})>([^,;*>:\s]{1,32}):([a-z-]{1,20}):([A-Z_]{1,30})$/.exec(part);
    if (m) edges.push({ from: m[1]!, to: m[2]!, pattern: m[3]!, partitionType: m[4]! });
  }
  return { vertices, edges };
}

/** Parses a whole number typed into a small count field; null when it is not one. */
export function parseCount(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** Flink's distribution patterns and partition types (the model's lists; a unit test keeps them equal). */
export const PATTERN_NAMES = ['all-to-all', 'forward', 'rescale', 'broadcast'] as const;
export const PARTITION_TYPE_NAMES = [
  'BLOCKING',
  'BLOCKING_PERSISTENT',
  'PIPELINED',
  'PIPELINED_BOUNDED',
  'PIPELINED_APPROXIMATE',
  'HYBRID_FULL',
  'HYBRID_SELECTIVE',
] as const;

/** The network calculator's starting job: one all-to-all shuffle at parallelism 4. */
export const DEFAULT_JOB: JobDraft = {
  vertices: [
    { name: 'source', parallelism: 4 },
    { name: 'sink', parallelism: 4 },
  ],
  edges: [{ from: 'source', to: 'sink', pattern: 'all-to-all', partitionType: 'PIPELINED_BOUNDED' }],
};
