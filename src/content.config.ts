import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PATTERN_IDS } from './model/data/ids.ts';
import { PAGE_KINDS } from './search/page-kinds.ts';

/** Frontmatter fields the guide adds to Starlight's; an invalid value fails the build naming the file and field. */
const fieldGuideFrontmatter = z.object({
  /** The pattern a page describes; its name, placement and relations are then drawn from the model. */
  pattern: z
    .enum(PATTERN_IDS, { error: (issue) => `unknown pattern id ${JSON.stringify(issue.input)}; use one of the ids in src/model/data/ids.ts (PATTERN_IDS): ${PATTERN_IDS.join(', ')}` })
    .optional(),
  /** What the page is about, for search filters; pattern pages get `pattern` without saying so. */
  kind: z
    .enum(PAGE_KINDS, { error: (issue) => `unknown page kind ${JSON.stringify(issue.input)}; use one of ${PAGE_KINDS.join(', ')}` })
    .optional(),
  /** Sources this page cites beyond the ones the guide adds for its kind (src/sources/page-sources.ts). */
  sources: z.array(z.object({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }) })).optional(),
});

export const collections = {
  // Pages live in the top-level content/ folder, not Starlight's default src/content/docs/.
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: fieldGuideFrontmatter }),
  }),
  // Starlight reads its UI strings' overrides from this collection on every page; declared with one
  // (empty) file, src/content/i18n/en.json, so the build does not warn that it is missing. Starlight's
  // English strings are used as they are.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
