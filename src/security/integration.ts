import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachAtMost, htmlFilesUnder, PAGES_AT_ONCE } from '../html/html-files.ts';
import { htmlWithCompletePolicy } from './page-policy.ts';
import { htmlWithOneHeadStyle } from './one-head-style.ts';
import { htmlWithStyleClasses } from './style-attributes-to-classes.ts';

/**
 * After the build, the one place that knows every inline script and style of every page:
 * Astro's `security.csp` hashes its own, this hashes the rest into each page's CSP <meta>.
 * Must come after Starlight in `integrations`, so that it sees the final HTML.
 */
export function fieldGuideCsp(): AstroIntegration {
  return {
    name: 'field-guide-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFilesUnder(root);
        await forEachAtMost(files, PAGES_AT_ONCE, async (file) => {
          const html = await readFile(file, 'utf8');
          await writeFile(file, htmlWithCompletePolicy(htmlWithOneHeadStyle(htmlWithStyleClasses(html)), relative(root, file)));
        });
        logger.info(`csp: completed the policy of ${files.length} pages`);
      },
    },
  };
}
