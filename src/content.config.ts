import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The guideline's chapters, in the adopted document's order; the text itself is in the MDX body. */
const riktlinjer = defineCollection({
  // Files are numbered for order on disk; the URL slug is the name without the number.
  loader: glob({
    pattern: '*.mdx',
    base: './src/content/riktlinjer',
    generateId: ({ entry }) => entry.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
  }),
  schema: z.object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    summary: z.string().min(20).max(200),
    /** The table of contents: anchors in the chapter and a short label for each. */
    sections: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) }))
      .default([]),
  }),
});

export const collections = { riktlinjer };
