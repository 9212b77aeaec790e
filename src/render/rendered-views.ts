import { ALTERNATE_LAYOUTS, modelToViews, VIEW_FILES, VIEW_IDS, type AlternateLayout, type DiagramView, type ViewId } from '../diagrams/index.ts';
import { model, type Model } from '../model/index.ts';
import { renderDiagrams, type DiagramRequest, type RenderOptions } from './render-mermaid.ts';
import { svgSize } from './standalone-svg.ts';
import { svgWithNodeLinks } from './svg-node-links.ts';

/** One layout of a view as SVG, and the size Mermaid laid it out at, in CSS pixels. */
export interface RenderedLayout {
  svg: string;
  width: number;
  height: number;
}

/** A view with its SVGs: everything `<Diagram>` needs. `svg` is the column layout, the one downloaded. */
export interface RenderedView extends DiagramView<ViewId>, RenderedLayout {
  /** The view's other layouts (see DiagramView.alternates), each with SVG ids of its own. */
  renderedAlternates: Partial<Record<AlternateLayout, RenderedLayout>>;
  /**
   * The column layout again, with SVG `<text>` labels and no node links, for the files at
   * /diagrams/: they must render outside a browser, where root-relative links lead nowhere.
   */
  download: RenderedLayout;
}

/**
 * Unique across the site, so that two diagrams never share an SVG id on one page; a view's other
 * layouts get a suffix, since a page carries them beside the column layout.
 */
export function viewIdPrefix(id: ViewId, layout?: AlternateLayout | 'download'): string {
  return layout ? `diagram-svg-${id}--${layout}` : `diagram-svg-${id}`;
}

/**
 * Renders every view of a model the build has already checked (src/build/model-integration.ts,
 * when the build starts) from the cache when nothing changed, together with any `extra` diagrams
 * (the pages' mermaid fences), so a build starts one browser at most. Throws DiagramRenderError,
 * naming what to fix.
 */
export async function renderAllViews(
  source: Model = model,
  options: RenderOptions = {},
  extra: readonly DiagramRequest[] = [],
): Promise<Map<ViewId, RenderedView>> {
  const list = modelToViews(source);
  const alternatesOf = (v: DiagramView<ViewId>) =>
    ALTERNATE_LAYOUTS.flatMap((layout) => {
      const mermaid = v.alternates?.[layout];
      return mermaid ? [{ layout, mermaid }] : [];
    });
  const requests = list.flatMap((v) => {
    const name = `${VIEW_FILES.get(v.id) ?? 'src/diagrams'} › view "${v.id}"`;
    const common = { title: v.title, description: v.description };
    return [
      { view: v.id, layout: undefined, request: { name, prefix: viewIdPrefix(v.id), mermaid: v.mermaid, ...common } },
      ...alternatesOf(v).map(({ layout, mermaid }) => ({
        view: v.id,
        layout,
        request: { name: `${name}, ${layout} layout`, prefix: viewIdPrefix(v.id, layout), mermaid, ...common },
      })),
      {
        view: v.id,
        layout: 'download' as const,
        request: { name: `${name}, download`, prefix: viewIdPrefix(v.id, 'download'), mermaid: v.mermaid, labels: 'svg' as const, ...common },
      },
    ];
  });
  const rendered = await renderDiagrams([...requests.map((r) => r.request), ...extra], options);
  const links = new Map(list.map((v) => [v.id, v.links ?? []]));
  const svgs = new Map(
    requests.map((r, i) => {
      // After the cache: links are page data, so changing one re-renders nothing.
      const svg = r.layout === 'download' ? rendered[i].svg : svgWithNodeLinks(rendered[i].svg, r.request.prefix, links.get(r.view) ?? []);
      return [`${r.view} ${r.layout ?? 'column'}`, { svg, ...svgSize(svg) }];
    }),
  );
  return new Map(
    list.map((v) => {
      const column = svgs.get(`${v.id} column`);
      const download = svgs.get(`${v.id} download`);
      if (!column || !download) throw new Error(`No SVG for view "${v.id}"`);
      const renderedAlternates: Partial<Record<AlternateLayout, RenderedLayout>> = {};
      for (const { layout } of alternatesOf(v)) renderedAlternates[layout] = svgs.get(`${v.id} ${layout}`);
      return [v.id, { ...v, ...column, renderedAlternates, download }];
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
