import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { UrlManifest } from '../links/url-manifest.ts';
import { renderPrintOutputs } from './print-outputs.ts';

/** The committed list of published pages and anchors: the diagrams' snippets link to their anchors. */
const MANIFEST_FILE = join(process.cwd(), 'src', 'links', 'url-manifest.json');

/**
 * After the pages are built: each page's social card (src/previews/), each print sheet's PDFs
 * (src/print/) and each diagram's PNG and PDF exports, rendered in one browser. Here because
 * it starts Chromium, which only src/render/ does.
 */
export function fieldGuideOutputs(): AstroIntegration {
  return {
    name: 'field-guide-outputs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const manifest: UrlManifest = JSON.parse(await readFile(MANIFEST_FILE, 'utf8'));
        await renderPrintOutputs(fileURLToPath(dir), { log: (m) => logger.info(m), manifest });
      },
    },
  };
}
