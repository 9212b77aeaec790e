import type { APIRoute, GetStaticPaths } from 'astro';
import { isViewId, modelToView, VIEW_IDS } from '../../diagrams/index.ts';
import { model } from '../../model/index.ts';

/** `/diagrams/<view-id>.mmd`: the Mermaid source of each diagram, to edit or render elsewhere. */
export const getStaticPaths = (() => VIEW_IDS.map((view) => ({ params: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const view = params.view ?? '';
  if (!isViewId(view)) return new Response(null, { status: 404 });
  return new Response(modelToView(model, view).mermaid, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
