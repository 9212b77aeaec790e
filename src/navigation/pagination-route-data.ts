import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { withoutBase } from '../links/base-path.ts';

let titlesByPath: Promise<Map<string, string>> | undefined;

/** Each page's title by its URL path: `/pipeline/` → "The six-stage ML pipeline". */
function pageTitles(): Promise<Map<string, string>> {
  titlesByPath ??= getCollection('docs').then(
    (pages) => new Map(pages.map((p) => [p.id === 'index' ? '/' : `/${p.id}/`, p.data.title])),
  );
  return titlesByPath;
}

/**
 * Previous/next name the page they lead to by its title. Starlight uses the sidebar label,
 * which only makes sense inside its group: "Next: Overview" from the landing page.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const { pagination } = context.locals.starlightRoute;
  const titles = await pageTitles();
  for (const link of [pagination.prev, pagination.next]) {
    const title = link && titles.get(withoutBase(link.href));
    if (link && title) link.label = title;
  }
});
