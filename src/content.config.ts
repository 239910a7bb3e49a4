/**
 * The chapters collection: `content/en/*.mdx` and `content/zh/*.mdx`, one chapter per slug in
 * each language (entry ids look like `en/overview`). The twin check lives in
 * `src/components/site/chapters.ts` (run by the chapter route's getStaticPaths).
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { SECTIONS } from '~/components/site/nav';

const chapters = defineCollection({
  loader: glob({ pattern: ['en/**/*.mdx', 'zh/**/*.mdx'], base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    section: z.enum(SECTIONS),
    /**
     * Position in the sidebar and for prev/next (overview 1 … resources 15). Decimals let a chapter
     * slot in between two others (e.g. 6.3 after 6) without renumbering every existing chapter.
     */
    order: z.number().positive(),
    /** A shorter name for the sidebar and the previous/next links (default: the title). */
    sidebarLabel: z.string().min(1).optional(),
    /** true → the page links the KaTeX stylesheet (formulas are rendered at build time). */
    math: z.boolean().default(false),
  }),
});

export const collections = { chapters };
