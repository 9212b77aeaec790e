import { modelToViews, VIEW_FILES, VIEW_IDS, type DiagramView, type ViewId } from '../diagrams/index.ts';
import { assertValidModel, model, type Model } from '../model/index.ts';
import { renderDiagrams, type DiagramRequest, type RenderOptions } from './render-mermaid.ts';
import { svgSize } from './standalone-svg.ts';
import { svgWithNodeLinks } from './svg-node-links.ts';

/** A view with its SVG: everything `<Diagram>` needs. */
export interface RenderedView extends DiagramView<ViewId> {
  svg: string;
  /** Natural size of the SVG, so the page can let wide diagrams scroll instead of shrinking. */
  width: number;
  height: number;
}

/** Unique across the site, so that two diagrams never share an SVG id on one page. */
export function viewIdPrefix(id: ViewId): string {
  return `diagram-svg-${id}`;
}

/**
 * Validates the model, then renders every view (from the cache when nothing changed), together
 * with any `extra` diagrams (the pages' mermaid fences), so a build starts one browser at most.
 * Throws InvalidModelError or DiagramRenderError, each naming what to fix.
 */
export async function renderAllViews(
  source: Model = model,
  options: RenderOptions = {},
  extra: readonly DiagramRequest[] = [],
): Promise<Map<ViewId, RenderedView>> {
  const list = modelToViews(assertValidModel(source));
  const rendered = await renderDiagrams(
    [
      ...list.map((v) => ({
        name: `${VIEW_FILES.get(v.id) ?? 'src/diagrams'} › view "${v.id}"`,
        prefix: viewIdPrefix(v.id),
        mermaid: v.mermaid,
        title: v.title,
        description: v.description,
      })),
      ...extra,
    ],
    options,
  );
  return new Map(
    list.map((v, i) => {
      // After the cache: links are page data, so changing one re-renders nothing.
      const svg = svgWithNodeLinks(rendered[i].svg, viewIdPrefix(v.id), v.links ?? []);
      return [v.id, { ...v, svg, ...svgSize(svg) }];
    }),
  );
}

let memo: Promise<Map<ViewId, RenderedView>> | undefined;

/** One rendered view, for components. Memoised per module instance (dev reloads it on change). */
export async function getRenderedView(id: ViewId): Promise<RenderedView> {
  memo ??= renderAllViews();
  const view = (await memo).get(id);
  if (!view) throw new Error(`Unknown diagram view "${id}"; known views: ${VIEW_IDS.join(', ')}`);
  return view;
}
