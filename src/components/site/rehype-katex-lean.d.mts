/** Types for rehype-katex-lean.mjs (see that file). */
export default function rehypeKatexLean(): (tree: unknown) => void;
