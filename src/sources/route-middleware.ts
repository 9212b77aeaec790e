import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageSources, SOURCES_HEADING_ID } from './page-sources.ts';

/** Lists the "Sources" heading that src/components/sources/PageSources.astro adds in "On this page". */
export const onRequest = defineRouteMiddleware((context) => {
  const { entry, toc } = context.locals.starlightRoute;
  if (!toc || pageSources(entry.id, entry.data.sources ?? []).length === 0) return;
  toc.items.push({ depth: 2, slug: SOURCES_HEADING_ID, text: 'Sources', children: [] });
});
