// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fieldGuideDiagrams } from './src/render/integration.ts';
import { fieldGuideCsp } from './src/security/integration.ts';

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
      ],
    }),
    // After Starlight: hashes the inline scripts and styles Astro's CSP leaves out (see README).
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
  server: { host: '127.0.0.1', port: 4321 },
});
