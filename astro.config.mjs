// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fieldGuideDiagrams } from './src/render/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    fieldGuideDiagrams(),
    starlight({
      title: 'ML Pipeline Field Guide',
      description: 'The six-stage ML pipeline, the four pipeline types people conflate, and the tools that fit each.',
      customCss: ['./src/styles/diagrams.css'],
      // Pages are in content/, not src/content/docs/: Starlight's asides and heading anchors
      // only run on the folders it is told about.
      markdown: { processedDirs: ['./content'] },
      // One group per URL section; pages appear by their folder, ordered by `sidebar.order`.
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'The pipeline', items: [{ autogenerate: { directory: 'pipeline' } }] },
        { label: 'Pipeline types', items: [{ autogenerate: { directory: 'pipeline-types' } }] },
        { label: 'Tools', link: '/tools/' },
        { label: 'Practices', items: [{ autogenerate: { directory: 'practices' } }] },
        { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
      ],
    }),
  ],
  server: { host: '127.0.0.1', port: 4321 },
});
