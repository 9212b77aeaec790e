import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachAtMost, htmlFilesUnder, PAGES_AT_ONCE } from '../html/html-files.ts';
import { BASE_PATH } from './base-path.ts';
import { htmlWithBase } from './base-path-html.ts';

/**
 * After the build, for a guide served under a path (BASE_PATH): Astro and Starlight already put
 * their own links and assets under `base`; this moves the guide's own root-relative links (the
 * model's hrefs, links written in content/, diagrams' node links, first mentions) there too, in
 * one place rather than in every helper. Listed after the first-mention links, which compare
 * hrefs with the model's, and before Starlight's search index, the print outputs and the CSP.
 * Without BASE_PATH it writes nothing.
 */
export function fieldGuideBasePath(base: string = BASE_PATH): AstroIntegration {
  return {
    name: 'field-guide-base-path',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (base === '/') return;
        const root = fileURLToPath(dir);
        // Under /pipeline/, a link to /pipeline/data-validation/ could not be told from one already under the base.
        const first = base.split('/')[1] ?? '';
        const clash = await stat(join(root, first)).then(() => true, () => false);
        if (clash) throw new Error(`BASE_PATH: "${base}" starts with /${first}/, a path of the guide itself; serve it under another path, e.g. BASE_PATH=/ml-guide/`);
        const files = await htmlFilesUnder(root);
        await forEachAtMost(files, PAGES_AT_ONCE, async (file) => {
          const html = await readFile(file, 'utf8');
          const next = htmlWithBase(html, base);
          if (next !== html) await writeFile(file, next);
        });
        logger.info(`base path: links of ${files.length} pages under ${base}`);
      },
    },
  };
}
