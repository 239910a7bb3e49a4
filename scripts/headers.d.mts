/** Types for scripts/headers.mjs (the `_headers` reader shared by the server and the deploy snippets). */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  line: number;
}
export class HeadersFileError extends Error {}
export function parseHeaders(text: string): HeaderRule[];
export function matches(pattern: string, path: string): boolean;
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][];
