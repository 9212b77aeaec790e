import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldGuideFactAge } from './fact-age-integration.ts';
import type { UrlManifest } from '../links/url-manifest.ts';
import { fieldGuideDiagrams } from '../render/integration.ts';
import { renderPrintOutputs } from '../render/print-outputs.ts';
import { team } from '../team/index.ts';
import { fieldGuideTeam } from '../team/integration.ts';
import { fieldGuideModelCheck } from './model-integration.ts';
import { fieldGuidePages } from './pages-integration.ts';

/** The committed list of published pages and anchors: the diagrams' snippets link to their anchors. */
const MANIFEST_FILE = join(process.cwd(), 'src', 'links', 'url-manifest.json');

/**
 * Every integration of the guide, in the order Astro runs their hooks (each hook runs in list
 * order), with Starlight in its place:
 *  0. the model check: the model, the guide's records and the vocabulary, once, before anything
 *     renders (components read them unchecked);
 *  1. the team file (a build for a team says which file it read);
 *  2. fact age (warns about tool facts due for a check);
 *  3. diagrams: renders every diagram before any page is built (the model checked at 0);
 *  4. the pages: after Astro, one pass over the built pages (src/build/page-pass.ts), its policy
 *     step last; before Starlight, so that Pagefind indexes the final pages;
 *  5. Starlight (and the integrations it adds after itself): at the end of the build, the search index;
 *  6. the outputs: social cards (from what the pass read of each page), diagrams' PNG and PDF
 *     exports, print sheets' PDFs and previews, in one browser.
 */
export function fieldGuideIntegrations(starlight: AstroIntegration): AstroIntegration[] {
  const pages = fieldGuidePages();
  const outputs: AstroIntegration = {
    name: 'field-guide-outputs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const manifest: UrlManifest = JSON.parse(await readFile(MANIFEST_FILE, 'utf8'));
        await renderPrintOutputs(fileURLToPath(dir), { log: (m) => logger.info(m), manifest, cardContents: pages.cardContents() });
      },
    },
  };
  return [fieldGuideModelCheck(), ...(team === undefined ? [] : [fieldGuideTeam(team)]), fieldGuideFactAge(), fieldGuideDiagrams(), pages.integration, starlight, outputs];
}
