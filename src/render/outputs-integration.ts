import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderPrintOutputs } from './print-outputs.ts';

/**
 * After the pages are built: each page's social card (src/previews/) and each print sheet's
 * PDFs (src/print/), rendered in one browser. Here because it starts Chromium, which only
 * src/render/ does.
 */
export function fieldGuideOutputs(): AstroIntegration {
  return {
    name: 'field-guide-outputs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await renderPrintOutputs(fileURLToPath(dir), { log: (m) => logger.info(m) });
      },
    },
  };
}
