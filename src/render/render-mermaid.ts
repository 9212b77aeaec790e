import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { MERMAID_BUNDLE_PATH, MERMAID_CONFIG } from './mermaid-config.ts';
import { renderInPage, type PageRenderRequest, type PageRenderResult } from './render-in-page.ts';
import { mermaidWithTextLabels } from '../diagrams/mermaid-text.ts';
import { leanSvg } from './lean-svg.ts';
import { DEFAULT_CACHE_DIR, readCachedSvg, svgCacheKey, writeCachedSvg } from './svg-cache.ts';

export type DiagramRequest = PageRenderRequest;

export interface RenderedDiagram {
  name: string;
  svg: string;
  /** True when the SVG came from the cache and no browser work was done for it. */
  cached: boolean;
}

/** One or more diagrams failed; each failure names its diagram and Mermaid's reason. */
export class DiagramRenderError extends Error {
  readonly failures: readonly { name: string; error: string }[];
  constructor(failures: readonly { name: string; error: string }[]) {
    super(
      `Mermaid could not render ${failures.length} diagram${failures.length === 1 ? '' : 's'}:\n` +
        failures.map((f) => `  ${f.name}: ${f.error.split('\n').join('\n    ')}`).join('\n'),
    );
    this.name = 'DiagramRenderError';
    this.failures = failures;
  }
}

export interface RenderOptions {
  cacheDir?: string;
  /** Called once per batch with how many diagrams were rendered and how many were cached. */
  onStats?: (stats: { rendered: number; cached: number; ms: number }) => void;
}

/**
 * Renders a batch of Mermaid texts to SVG in one headless Chromium, reusing cached SVGs.
 * Every diagram is attempted, so one bad diagram does not hide the others' errors.
 */
export async function renderDiagrams(
  given: readonly DiagramRequest[],
  options: RenderOptions = {},
): Promise<RenderedDiagram[]> {
  const started = performance.now();
  // The one place where labels become text: every diagram, fence or view, reaches Mermaid here.
  const requests = given.map((r) => ({ ...r, mermaid: mermaidWithTextLabels(r.mermaid) }));
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const prefixes = new Set<string>();
  for (const r of requests) {
    if (prefixes.has(r.prefix)) throw new Error(`Two diagrams share the id prefix "${r.prefix}" (${r.name})`);
    prefixes.add(r.prefix);
  }

  const tooLarge = requests.filter((r) => r.mermaid.length > MERMAID_CONFIG.maxTextSize);
  if (tooLarge.length > 0) {
    throw new DiagramRenderError(
      tooLarge.map((r) => ({
        name: r.name,
        error: `the Mermaid text is ${r.mermaid.length} characters, over Mermaid's maxTextSize of ${MERMAID_CONFIG.maxTextSize}; split the view into smaller ones`,
      })),
    );
  }

  const keys = requests.map((r) => svgCacheKey(r));
  const cached = await Promise.all(keys.map((k) => readCachedSvg(cacheDir, k)));
  const missing = requests.filter((_, i) => cached[i] === undefined);

  const fresh = new Map<string, string>();
  if (missing.length > 0) {
    const results = await renderInChromium(missing);
    const failures = results.filter((r): r is Extract<PageRenderResult, { ok: false }> => !r.ok);
    if (failures.length > 0) throw new DiagramRenderError(failures);
    for (const r of results) if (r.ok) fresh.set(r.name, r.svg);
    await Promise.all(
      missing.map((req) => writeCachedSvg(cacheDir, svgCacheKey(req), fresh.get(req.name) ?? '')),
    );
  }

  options.onStats?.({ rendered: missing.length, cached: requests.length - missing.length, ms: performance.now() - started });
  return requests.map((req, i) => {
    const svg = cached[i] ?? fresh.get(req.name);
    if (svg === undefined) throw new Error(`No SVG for ${req.name}`);
    // After the cache, so making the SVG leaner re-renders nothing.
    return { name: req.name, svg: leanSvg(svg), cached: cached[i] !== undefined };
  });
}

async function renderInChromium(requests: readonly DiagramRequest[]): Promise<PageRenderResult[]> {
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext();
    // The page needs nothing from outside: Mermaid is injected, fonts are the system's.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: await readFile(MERMAID_BUNDLE_PATH, 'utf8') });
    return await page.evaluate(renderInPage, { config: { ...MERMAID_CONFIG }, requests: [...requests] });
  } finally {
    await browser.close();
  }
}
