// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { model, PATTERN_CATEGORY_IDS } from './src/model/index.ts';
import { patternSidebar } from './src/navigation/pattern-sidebar.ts';
import { fieldGuideLinks } from './src/links/integration.ts';
import { pagefindUiOptions } from './src/search/pagefind-ui-options.ts';
import { redirectsToAstro } from './src/links/redirects.ts';
import { SITE_URL } from './src/links/site-url.ts';
import { fieldGuideDiagrams } from './src/render/integration.ts';
import { fieldGuideCsp } from './src/security/integration.ts';
import { fieldGuideFactAge } from './src/facts/integration.ts';

export default defineConfig({
  // The public base URL (canonical links, sitemap, social cards): set SITE_URL when deploying.
  site: SITE_URL,
  // Moved pages, from the one list in src/links/redirects.ts (the build rewrites the pages to keep #fragments).
  redirects: redirectsToAstro(),
  trailingSlash: 'always',
  integrations: [
    fieldGuideFactAge(),
    fieldGuideDiagrams(),
    starlight({
      title: 'ML Pipeline Field Guide',
      // Long code lines wrap (keeping their indent) instead of scrolling: no keyboard trap for
      // a scrollable block, and nothing cut off on paper.
      expressiveCode: { defaultProps: { wrap: true } },
      description: 'The six-stage ML pipeline, the four pipeline types people conflate, and the tools that fit each.',
      customCss: ['./src/styles/diagrams.css', './src/styles/tables.css', './src/styles/links.css', './src/styles/print.css'],
      components: {
        // Tells search what each page is (kind, pattern category); see README, "Search".
        PageTitle: './src/components/PageTitle.astro',
        // Link previews (social card) and copy-link buttons; a print-only header with the page's URL.
        Head: './src/components/links/Head.astro',
        Banner: './src/components/links/Banner.astro',
        // Every page ends with its sources (src/sources/page-sources.ts).
        MarkdownContent: './src/components/sources/MarkdownContent.astro',
      },
      routeMiddleware: './src/sources/route-middleware.ts',
      // Pages are in content/, not src/content/docs/: Starlight's asides and heading anchors
      // only run on the folders it is told about.
      markdown: { processedDirs: ['./content'] },
      // One group per URL section; pages appear by their folder, ordered by `sidebar.order`.
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'The pipeline', items: [{ autogenerate: { directory: 'pipeline' } }] },
        { label: 'Pipeline types', items: [{ autogenerate: { directory: 'pipeline-types' } }] },
        { label: 'Tools', link: '/tools/' },
        patternSidebar(model, PATTERN_CATEGORY_IDS),
        { label: 'Practices', items: [{ autogenerate: { directory: 'practices' } }] },
        {
          label: 'Interactive',
          items: [
            { label: 'Pipeline explorer', link: '/explore/' },
            { label: 'Which pipeline do I need?', link: '/choose/' },
          ],
        },
        {
          label: 'Reference',
          items: [{ autogenerate: { directory: 'reference' } }, { label: 'Printable sheets', link: '/reference/print/' }],
        },
      ],
    }),
    fieldGuideLinks(),
    // Last, after Starlight and the link pages: hashes the inline scripts and styles Astro's CSP
    // leaves out (see README), so it must see the final HTML.
    fieldGuideCsp(),
  ],
  // Content-Security-Policy as a <meta> in every page; src/security/ completes it after the build.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        // data: for the SVG icons in the search dialog's CSS (Starlight and Pagefind UI).
        "img-src 'self' data:",
        "font-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling
      // Wasm, not JavaScript eval). No 'unsafe-inline', no 'unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Pagefind UI's debounce, which Starlight's `pagefind` option cannot set (see README, "Search").
  vite: { plugins: [pagefindUiOptions()] },
  server: { host: '127.0.0.1', port: 4321 },
});
