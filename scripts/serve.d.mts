/** Types for scripts/serve.mjs (the static server the browser tests use). */
export interface StaticServer {
  /** Base URL with trailing slash, e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/sub/ */
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startServer(opts: { root: string; base?: string; port?: number; host?: string }): Promise<StaticServer>;
