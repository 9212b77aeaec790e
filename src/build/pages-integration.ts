import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BASE_PATH, withoutBase } from '../links/base-path.ts';
import { entityNames } from '../links/first-mentions.ts';
import { REDIRECT_SCRIPT, REDIRECT_SCRIPT_PATH, redirectToHtml, robotsTxt } from '../links/redirect-page.ts';
import { REDIRECTS, redirectsToHostFile } from '../links/redirects.ts';
import { LOCAL_SITE_URL, missingSiteUrlWarning, PUBLIC_SITE_URL } from '../links/site-url.ts';
import { model } from '../model/index.ts';
import { pageToCardContent, type CardContent } from '../render/social-card.ts';
import { runPagePass } from './page-pass.ts';
import { foldPrintSheets, printSheetFold, type PrintSheetFold } from './print-sheet.ts';
import { linkedStylesheets, purgeLinkedStylesheets } from './unused-css.ts';

async function write(dir: string, path: string, text: string): Promise<void> {
  const file = join(dir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** The pages' integration, and what it read of each page for the steps after it. */
export interface PagesIntegration {
  integration: AstroIntegration;
  /** Each page's social card content, from its final HTML; empty until the pass has run. */
  cardContents: () => readonly CardContent[];
}

/**
 * After Astro has written the pages, before Starlight's Pagefind indexes them: the host files
 * (the redirect script, `_redirects`, robots.txt) and the one pass over the pages
 * (src/build/page-pass.ts), which also writes the redirect pages that keep the #fragment in
 * place of Astro's. Says once per build, at its start, when SITE_URL is missing.
 */
export function fieldGuidePages(): PagesIntegration {
  let site = LOCAL_SITE_URL;
  const cards: CardContent[] = [];
  const integration: AstroIntegration = {
    name: 'field-guide-pages',
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
        const root = fileURLToPath(dir);
        await write(root, REDIRECT_SCRIPT_PATH, REDIRECT_SCRIPT);
        await write(root, '_redirects', redirectsToHostFile());
        await write(root, 'robots.txt', robotsTxt(site));
        const started = performance.now();
        const finals: string[] = [];
        const sheets = new Set<string>();
        const folds: PrintSheetFold[] = [];
        const report = await runPagePass(root, {
          base: BASE_PATH,
          names: entityNames(model),
          written: REDIRECTS.map((r) => ({ file: join(r.from, 'index.html'), html: redirectToHtml(r, site) })),
          sources: [
            (document) => {
              const fold = printSheetFold(document);
              if (fold) folds.push({ print: withoutBase(fold.print), into: withoutBase(fold.into) });
            },
          ],
          readers: [
            (document) => cards.push(pageToCardContent(document)),
            (document, _page, html) => {
              finals.push(html);
              for (const href of linkedStylesheets(document)) sheets.add(withoutBase(href));
            },
          ],
        });
        logger.info(
          `pages: ${report.pages} read, parsed and written once, ${report.written} redirect page(s) parsed and written once (${report.reads} reads, ${report.parses} parses, ${report.writes} writes) in ${Math.round(performance.now() - started)} ms; _redirects, robots.txt`,
        );
        // After the pass: the print sheet joins the main one, then unused rules go (known only from every final page).
        const folded = await foldPrintSheets(root, folds, sheets);
        const purged = await purgeLinkedStylesheets(root, sheets, finals);
        logger.info(`print sheets folded into the main one: ${folded.map((f) => `${f.print} → ${f.into}`).join(', ') || 'none'}`);
        logger.info(`stylesheets without unused rules: ${purged.map((p) => `${p.href} ${p.before} → ${p.after} bytes`).join(', ')}`);
      },
    },
  };
  return { integration, cardContents: () => cards };
}
