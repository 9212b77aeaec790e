import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Installed Mermaid version: part of the cache key, so upgrading Mermaid re-renders everything. */
export const MERMAID_VERSION: string = require('mermaid/package.json').version;

/** Path of Mermaid's browser bundle, injected into the build's Chromium page. */
export const MERMAID_BUNDLE_PATH: string = require.resolve('mermaid/dist/mermaid.min.js');

/**
 * One config for every diagram. The pages' diagrams keep Mermaid's HTML labels (text in
 * `<foreignObject>`), which wrap long names inside their box and take the page's font and
 * theme; the downloads are rendered again with SVG `<text>` labels (`labels: 'svg'` in
 * render-in-page.ts) so they open outside a browser.
 * Colours are not set here: src/styles/diagrams.css themes every diagram from one place.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  // Mermaid's own default, stated because over it Mermaid draws an error picture instead of
  // failing: renderDiagrams refuses such a text up front, naming the diagram.
  maxTextSize: 50_000,
  securityLevel: 'strict',
  theme: 'neutral',
  look: 'classic',
  htmlLabels: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  flowchart: { htmlLabels: true, curve: 'basis', useMaxWidth: false },
  block: { useMaxWidth: false },
} as const;
