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
    /** Chapter number: overview 1 … resources 15; orders the sidebar and prev/next. */
    order: z.number().int().positive(),
    /** A shorter name for the sidebar and the previous/next links (default: the title). */
    sidebarLabel: z.string().min(1).optional(),
    /** true → the page links the KaTeX stylesheet (formulas are rendered at build time). */
    math: z.boolean().default(false),
  }),
});

export const collections = { chapters };
