import type { APIRoute, GetStaticPaths } from 'astro';
import { isViewId, VIEW_IDS } from '../../diagrams/index.ts';
import { getRenderedView } from '../../render/rendered-views.ts';
import { svgToStandalone } from '../../render/standalone-svg.ts';

/** `/diagrams/<view-id>.svg`: each diagram, light, as a file that renders in any SVG tool. */
export const getStaticPaths = (() => VIEW_IDS.map((view) => ({ params: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const view = params.view ?? '';
  if (!isViewId(view)) return new Response(null, { status: 404 });
  const rendered = await getRenderedView(view);
  return new Response(svgToStandalone(rendered.download.svg, 'light'), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
