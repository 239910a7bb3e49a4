/** Types for scripts/deploy.mjs (nginx / Apache / Caddy renderings of `_headers`). */
import type { HeaderRule } from './headers.mjs';
export const DEPLOY_FILES: { readonly nginx: 'nginx.conf'; readonly apache: 'apache.conf'; readonly caddy: 'Caddyfile' };
export function renderNginx(rules: readonly HeaderRule[]): string;
export function renderApache(rules: readonly HeaderRule[]): string;
export function renderCaddy(rules: readonly HeaderRule[]): string;
export function writeDeploy(outDir: string, deployDir: string): string[];
export function deployDirFor(outDir: string, root: string): string;
