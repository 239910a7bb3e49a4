/** Types for rehype-heading-ids.mjs (see that file). */
export interface HeadingId {
  depth: number;
  id: string;
  text: string;
}
export function englishHeadingIds(path: string): HeadingId[];
export function headingIdsOfSource(source: string): HeadingId[];
/** The rehype plugin: `[rehypeHeadingIds, { contentDir }]`. */
export default function rehypeHeadingIds(options: { contentDir: string }): (tree: unknown, file: { path?: string }) => void;
