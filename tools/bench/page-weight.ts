import type { Browser } from 'playwright-core';
import { hasClass, openTags } from '../../src/html/open-tags.ts';
import { ownScriptIn } from '../../src/islands/own-script-signatures.ts';
import { gzipSize, kindOf, transferredBytes, type Kind, type Resource } from './transferred-bytes.ts';

/** What a page costs a reader before they open search. */
export interface PageWeight {
  requests: number;
  /** Bytes after gzip (level 6, what a typical server sends), by kind and in total. */
  gzipBytes: Record<Kind | 'total', number>;
  /** JavaScript the browser loaded and ran before search was opened: external files and inline scripts. */
  js: { scripts: number; bytes: number; gzipBytes: number; ownScripts: string[]; ownGzipBytes: number };
  /** Diagrams in the HTML as served, and in the page once it has loaded. */
  diagramsInHtml: number;
  diagramsInDom: number;
  /** Script URLs or inline texts that mention Mermaid: must be none. */
  mermaidScripts: string[];
}

// Starlight's and Astro's bundles, and Pagefind's UI (ui-core, which Starlight loads when the
// page is idle); any other script is ours. Extend this when a framework bundle gets a new name.
const FRAMEWORK_SCRIPT = /^\/pagefind\/|\/_astro\/(MobileTableOfContents|TableOfContents|Search|page|ThemeSelect|SidebarPersister|MobileMenuToggle|starlight|ec\.|ui-core)[^/]*\.js$/i;

/** Loads `url` once in a fresh context and measures every request until the network is idle. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Resource>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    bodies.push(response.body().then((body) => ({ kind: kindOf(request.resourceType(), response.url()), url: response.url(), body })).catch(() => ({ kind: 'other' as const, url: response.url(), body: Buffer.alloc(0) })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src])').allTextContents();
  const diagramsInDom = await page.locator('svg.field-guide-diagram').count();
  const responses = await Promise.all(bodies);
  await context.close();

  const gzipBytes = transferredBytes(responses);
  const html = responses.find((r) => r.kind === 'html')?.body.toString('utf8') ?? '';
  const scripts = responses.filter((r) => r.kind === 'js');
  const jsTexts = [...scripts.map((s) => s.body.toString('utf8')), ...inline];
  // Ours: a script holding one of our islands' signatures (inline ones included: Astro inlines
  // small scripts), or an external file that is not Starlight's, Astro's or Pagefind's.
  const own = new Map<string, string>();
  for (const s of scripts) {
    const text = s.body.toString('utf8');
    const path = new URL(s.url).pathname;
    const island = ownScriptIn(text);
    if (island || !FRAMEWORK_SCRIPT.test(path)) own.set(island ?? path, text);
  }
  for (const text of inline) {
    const island = ownScriptIn(text);
    if (island) own.set(island, text);
  }
  return {
    requests: responses.length,
    gzipBytes,
    js: {
      scripts: scripts.length + inline.length,
      bytes: jsTexts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
      gzipBytes: gzipBytes.js,
      ownScripts: [...own.keys()],
      ownGzipBytes: own.size > 0 ? gzipSize(Buffer.from([...own.values()].join('\n'))) : 0,
    },
    diagramsInHtml: openTags(html).filter((t) => t.name === 'svg' && hasClass(t, 'field-guide-diagram')).length,
    diagramsInDom,
    mermaidScripts: [...scripts.filter((s) => /mermaid/i.test(s.body.toString('utf8'))).map((s) => s.url), ...inline.filter((t) => /mermaid/i.test(t)).map((t) => `inline: ${t.slice(0, 40)}`)],
  };
}
