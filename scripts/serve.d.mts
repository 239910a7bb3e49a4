/** Types for scripts/serve.mjs (the static server of `npm start`, the browser tests and the bench). */
export interface StaticServer {
  /** Base URL with trailing slash, e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/sub/ */
  url: string;
  port: number;
  /** How many gzip compressions the server has started (each file version once). */
  gzipRuns(): number;
  close(): Promise<void>;
}
/** Largest request head accepted, in bytes (above the link codec's own limit). */
export const MAX_HEADER_BYTES: number;
/** Methods answered; others get 405 with an Allow header. */
export const ALLOWED_METHODS: string[];
/** The decoded request path, or the status it is refused with. */
export function decodePath(rawPath: string): { path: string } | { status: 400 | 404 };
export function startServer(opts: { root: string; base?: string; port?: number; host?: string }): Promise<StaticServer>;
