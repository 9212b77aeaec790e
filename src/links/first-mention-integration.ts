import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachAtMost, htmlFilesUnder, PAGES_AT_ONCE } from '../html/html-files.ts';
import { model } from '../model/index.ts';
import { fileToPath } from './dist-site.ts';
import { entityNames, htmlWithFirstMentionsLinked } from './first-mentions.ts';

/**
 * After the build: the first prose mention on each page of a stage, pipeline type, tool or
 * pattern by name becomes a link to its page (src/links/first-mentions.ts says what counts).
 * A post-build step, not a rehype plugin, because "first on the page" spans the author's prose
 * and the model's sentences that components render (a decision's "Fits when", a tool's role):
 * they only meet in the finished page.
 */
export function fieldGuideFirstMentionLinks(): AstroIntegration {
  return {
    name: 'field-guide-first-mentions',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const names = entityNames(model);
        const files = await htmlFilesUnder(root);
        let links = 0;
        let pages = 0;
        await forEachAtMost(files, PAGES_AT_ONCE, async (file) => {
          const html = await readFile(file, 'utf8');
          const result = htmlWithFirstMentionsLinked(html, fileToPath(relative(root, file)), names);
          if (result.linked === 0) return;
          pages += 1;
          links += result.linked;
          await writeFile(file, result.html);
        });
        logger.info(`first mentions: ${links} linked on ${pages} of ${files.length} pages`);
      },
    },
  };
}
