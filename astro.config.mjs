// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { model, PATTERN_CATEGORY_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_CATEGORY_IDS, toolCategories } from './src/model/index.ts';
import { readSectionPages } from './src/navigation/content-pages.ts';
import { patternSidebar } from './src/navigation/pattern-sidebar.ts';
import { toolSidebar } from './src/navigation/tool-sidebar.ts';
import { COMPARISON_IDS, comparisonHref, comparisons } from './src/model/data/comparisons.ts';
import { printSheetsSidebar } from './src/navigation/print-sidebar.ts';
import { modelSectionSidebar, sectionItems, sectionSidebar } from './src/navigation/section-sidebar.ts';
import { pagefindUiOptions } from './src/search/pagefind-ui-options.ts';
import { relaxingPagefindChunk } from './src/search/relaxing-pagefind-chunk.ts';
import { redirectsToAstro } from './src/links/redirects.ts';
import { SITE_URL } from './src/links/site-url.ts';
import { BASE_PATH } from './src/links/base-path.ts';
import { GUIDE_NAME } from './src/model/data/guide-name.ts';
import { fieldGuideIntegrations } from './src/build/index.ts';
import { withoutEmptyPreloads } from './src/build/empty-preloads.ts';
import { team } from './src/team/index.ts';

/** @param {string} section a folder of content/ */
const sectionPages = (section) => readSectionPages(new URL('./content/', import.meta.url), section);

export default defineConfig({
  // The public base URL (canonical links, sitemap, social cards): set SITE_URL when deploying.
  site: SITE_URL,
  // The path the guide is served under, `/` unless BASE_PATH is set (docs/deploying.md).
  base: BASE_PATH,
  // Moved pages, from the one list in src/links/redirects.ts (the build rewrites the pages to keep #fragments).
  redirects: redirectsToAstro(),
  trailingSlash: 'always',
  // The browser's speculation rules prefetch pages instead (src/links/speculation-rules.ts).
  prefetch: false,
  // The guide's own integrations around Starlight's, in the order written in src/build/index.ts
  // (a bad team file has already stopped the build, when this file was loaded).
  integrations: fieldGuideIntegrations(
    starlight({
      title: GUIDE_NAME,
      // Code blocks' options (wrapping, the copy button's text): ec.config.mjs.
      // src/pages/404.astro is the not-found page (see there why Starlight's route is off).
      disable404Route: true,
      description: 'The six-stage ML pipeline, the four pipeline types people conflate, and the tools that fit each.',
      customCss: [
        './src/styles/diagrams.css',
        './src/styles/tables.css',
        './src/styles/links.css',
        './src/styles/code.css',
        './src/styles/print.css',
        './src/styles/sidebar.css',
        // A team's build only (TEAM_FILE or team.yaml, docs/team-edition.md): without one, the guide's CSS stays byte for byte.
        ...(team === undefined ? [] : ['./src/styles/team.css']),
      ],
      components: {
        // Tells search what each page is (kind, pattern category); see README, "Search".
        PageTitle: './src/components/PageTitle.astro',
        // Link previews (social card) and copy-link buttons; a print-only header with the page's URL.
        Head: './src/components/links/Head.astro',
        Banner: './src/components/links/Banner.astro',
        // Every page ends with its sources (src/sources/page-sources.ts).
        MarkdownContent: './src/components/sources/MarkdownContent.astro',
        // Starlight's search, with Pagefind UI loaded when a reader first opens it; see README, "Search".
        Search: './src/components/search/Search.astro',
        // Starlight's sidebar markup without a scoped class on each of its ~150 links (styles in src/styles/sidebar.css).
        Sidebar: './src/components/sidebar/Sidebar.astro',
        // One language, so no picker: Starlight's would still add its script to every page.
        LanguageSelect: './src/components/links/LanguageSelect.astro',
      },
      // Pages are in content/, not src/content/docs/: Starlight's asides and heading anchors
      // only run on the folders it is told about.
      markdown: { processedDirs: ['./content'] },
      // Headings that components render join "On this page" (Astro only lists Markdown headings),
      // then the page's closing "Sources" heading; previous/next name pages by their titles, not
      // by sidebar labels such as "Overview"; the sidebar shows only the reader's section in full.
      // Order matters: the first rebuilds the contents list.
      routeMiddleware: [
        './src/navigation/contents-route-data.ts',
        './src/sources/route-middleware.ts',
        './src/navigation/pagination-route-data.ts',
        './src/navigation/compact-sidebar-route-data.ts',
      ],
      // Every page, in reading order; previous/next follow it. Stages and pipeline types come from
      // the model, in its order; the other sections list their folder of content/, so a new page
      // appears without an edit here (src/navigation/, README "How to add a page").
      sidebar: [
        { label: 'Start here', link: '/' },
        // Before the pipeline: what a team writes down before its first notebook.
        sectionSidebar('Frame the project', 'framing', sectionPages('framing')),
        modelSectionSidebar('The pipeline', 'pipeline', sectionPages('pipeline'), STAGE_IDS.map((id) => model.stages[id]), 'stage'),
        modelSectionSidebar(
          'Pipeline types',
          'pipeline-types',
          sectionPages('pipeline-types'),
          PIPELINE_TYPE_IDS.map((id) => model.pipelineTypes[id]),
          'pipeline type',
        ),
        // The matrix, then a page per tool (src/pages/tools/[tool].astro) grouped by category.
        toolSidebar(
          model,
          toolCategories,
          TOOL_CATEGORY_IDS,
          sectionItems('tools', sectionPages('tools')),
          COMPARISON_IDS.map((id) => ({ label: comparisons[id].title, link: comparisonHref(id) })),
        ),
        patternSidebar(model, PATTERN_CATEGORY_IDS),
        sectionSidebar('Practices', 'practices', sectionPages('practices')),
        sectionSidebar('In production', 'production', sectionPages('production')),
        { label: 'Interactive', items: [...sectionItems('explore', sectionPages('explore')), ...sectionItems('choose', sectionPages('choose'))] },
        {
          label: 'Reference',
          items: [...sectionItems('reference', sectionPages('reference')), ...sectionItems('diagrams', sectionPages('diagrams')), printSheetsSidebar()],
        },
      ],
    }),
  ),
  // Content-Security-Policy as a <meta> in every page; the pass over the built pages (src/build/) completes it.
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
  // Pagefind UI's debounce, which Starlight's `pagefind` option cannot set, and the Pagefind it
  // searches through, which widens a query that finds nothing (see README, "Search"). Then no
  // preload helper: Vite wraps every dynamic import in it, with nothing to preload, and each page
  // fetched its chunk (0.9 KB gzip) only for that (vitejs/vite#13952; src/build/empty-preloads.ts).
  vite: {
    plugins: [pagefindUiOptions(), relaxingPagefindChunk(), withoutEmptyPreloads()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX page's propagated-assets module with "use astro:head-inject";
        // the bundler warns once per page that it may drop the directive, which Astro itself
        // handles. 53 identical warnings hid the build's real messages.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Code blocks are highlighted by Starlight's Expressive Code, which needs no inline styles;
  // Astro's own Shiki highlighter would only add a CSP warning to every build.
  markdown: { syntaxHighlight: false },
  server: { host: '127.0.0.1', port: 4321 },
});
