import type { APIRoute, GetStaticPaths } from 'astro';
import { VIEW_IDS, type ViewId } from '../../diagrams/index.ts';
import { DOWNLOAD_THEMES, svgPath, type DownloadTheme } from '../../links/diagram-files.ts';
import { getRenderedView } from '../../render/rendered-views.ts';
import { svgToStandalone } from '../../render/standalone-svg.ts';

interface Props {
  view: ViewId;
  theme: DownloadTheme;
}

/** `/diagrams/<view-id>.svg` (light) and `<view-id>.dark.svg`: each diagram as a file that renders in any SVG tool. */
export const getStaticPaths = (() =>
  VIEW_IDS.flatMap((view) =>
    DOWNLOAD_THEMES.map((theme) => ({
      params: { file: svgPath(view, theme).replace(/^\/diagrams\//, '').replace(/\.svg$/, '') },
      props: { view, theme },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const rendered = await getRenderedView(props.view);
  return new Response(svgToStandalone(rendered.download.svg, props.theme), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
