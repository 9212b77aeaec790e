import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderPrintOutputs } from '../render/print-outputs.ts';
import { LOCAL_SITE_URL, missingSiteUrlWarning, PUBLIC_SITE_URL } from './site-url.ts';
import { REDIRECT_SCRIPT, REDIRECT_SCRIPT_PATH, redirectToHtml, robotsTxt } from './redirect-page.ts';
import { REDIRECTS, redirectsToHostFile } from './redirects.ts';
import type { UrlManifest } from './url-manifest.ts';

/** The committed list of published pages and anchors (see url-manifest.ts). */
const MANIFEST_FILE = join(process.cwd(), 'src', 'links', 'url-manifest.json');

async function write(dir: string, path: string, text: string | Uint8Array): Promise<void> {
  const file = join(dir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/**
 * After the pages are built: redirect pages that keep the #fragment (replacing Astro's), the
 * host-level `_redirects`, robots.txt, then social cards and print PDFs in one browser.
 */
export function fieldGuideLinks(): AstroIntegration {
  let site = LOCAL_SITE_URL;
  return {
    name: 'field-guide-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      // Once per build, before the pages: a build for a host without its address is easy to miss.
      'astro:build:start': ({ logger }) => {
        const warning = missingSiteUrlWarning(PUBLIC_SITE_URL);
        if (warning) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await write(out, REDIRECT_SCRIPT_PATH, REDIRECT_SCRIPT);
        for (const redirect of REDIRECTS) await write(out, join(redirect.from, 'index.html'), redirectToHtml(redirect, site));
        await write(out, '_redirects', redirectsToHostFile());
        await write(out, 'robots.txt', robotsTxt(site));
        logger.info(`links: ${REDIRECTS.length} redirect page(s), _redirects, robots.txt`);
        const manifest: UrlManifest = JSON.parse(await readFile(MANIFEST_FILE, 'utf8'));
        await renderPrintOutputs(out, { log: (m) => logger.info(m), manifest });
      },
    },
  };
}
