// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fieldGuideLinks } from './src/links/integration.ts';
import { redirectsToAstro } from './src/links/redirects.ts';
import { SITE_URL } from './src/links/site-url.ts';
import { fieldGuideDiagrams } from './src/render/integration.ts';

export default defineConfig({
  // The public base URL (canonical links, sitemap, social cards): set SITE_URL when deploying.
  site: SITE_URL,
  // Moved pages, from the one list in src/links/redirects.ts (the build rewrites the pages to keep #fragments).
  redirects: redirectsToAstro(),
  trailingSlash: 'always',
  integrations: [
    fieldGuideDiagrams(),
    starlight({
      title: 'ML Pipeline Field Guide',
      description: 'The six-stage ML pipeline, the four pipeline types people conflate, and the tools that fit each.',
      customCss: ['./src/styles/diagrams.css', './src/styles/links.css', './src/styles/print.css'],
      // Link previews (social card) and copy-link buttons; a print-only header with the page's URL.
      components: { Head: './src/components/links/Head.astro', Banner: './src/components/links/Banner.astro' },
      // Pages are in content/, not src/content/docs/: Starlight's asides and heading anchors
      // only run on the folders it is told about.
      markdown: { processedDirs: ['./content'] },
      // One group per URL section; pages appear by their folder, ordered by `sidebar.order`.
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'The pipeline', items: [{ autogenerate: { directory: 'pipeline' } }] },
      ],
    }),
    fieldGuideLinks(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
});
