import type { APIRoute, GetStaticPaths } from 'astro';
import { isViewId, VIEW_IDS } from '../../diagrams/index.ts';
import { getRenderedView } from '../../render/rendered-views.ts';
import { svgToStandalone } from '../../render/standalone-svg.ts';

/** `/diagrams/<view-id>.svg`: each diagram as a file that looks right outside the site. */
export const getStaticPaths = (() => VIEW_IDS.map((view) => ({ params: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const view = params.view ?? '';
  if (!isViewId(view)) return new Response(null, { status: 404 });
  const rendered = await getRenderedView(view);
  return new Response(svgToStandalone(rendered.svg), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
