import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { compactSidebar } from './compact-sidebar.ts';

/**
 * The sidebar shows the reader's section in full and every other section as one link (see
 * compact-sidebar.ts). Starlight has already derived previous/next from the whole sidebar, so
 * they still walk every page.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = compactSidebar(route.sidebar);
});
