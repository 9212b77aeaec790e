import type { ViewId } from '../diagrams/index.ts';

// Where each diagram's files are published: pure paths, shared by the pages that link them
// (captions, /diagrams/, snippets in links/) and the build steps that write them (render/).

/** The downloadable variants: `<view>.svg` is light, `<view>.dark.svg` dark. */
export const DOWNLOAD_THEMES = ['light', 'dark'] as const;
export type DownloadTheme = (typeof DOWNLOAD_THEMES)[number];

/** PNGs at the diagram's own size and at twice it, for high-density screens and slides. */
export const PNG_SCALES = [1, 2] as const;
export type PngScale = (typeof PNG_SCALES)[number];

interface FileLink {
  path: string;
  /** The link's text. */
  label: string;
  /** Offered under every diagram too, not only on /diagrams/ (the 1× PNGs are not: two PNGs are enough there). */
  inCaption: boolean;
}

/** One file at /diagrams/, as a caption or the /diagrams/ list offers it. */
export type DownloadFile =
  | (FileLink & { kind: 'svg'; theme: DownloadTheme })
  | (FileLink & { kind: 'png'; theme: DownloadTheme; scale: PngScale })
  | (FileLink & { kind: 'pdf' })
  | (FileLink & { kind: 'mmd' });

const themeSuffix = (theme: DownloadTheme) => (theme === 'dark' ? '.dark' : '');

/** `/diagrams/<view>.svg`, `<view>.dark.svg`. */
export function svgPath(view: ViewId, theme: DownloadTheme): string {
  return `/diagrams/${view}${themeSuffix(theme)}.svg`;
}

/** `/diagrams/<view>.png`, `<view>@2x.png`, `<view>.dark.png`, `<view>.dark@2x.png`. */
export function pngPath(view: ViewId, theme: DownloadTheme, scale: PngScale): string {
  return `/diagrams/${view}${themeSuffix(theme)}${scale === 2 ? '@2x' : ''}.png`;
}

/** `/diagrams/<view>.pdf`: the diagram alone, light, on a page of its own size. */
export function pdfPath(view: ViewId): string {
  return `/diagrams/${view}.pdf`;
}

/** `/diagrams/<view>.mmd`: the Mermaid source. */
export function mmdPath(view: ViewId): string {
  return `/diagrams/${view}.mmd`;
}

/** Every file built for a view, in the order they are offered. */
export function viewToDownloadFiles(view: ViewId): DownloadFile[] {
  return [
    { kind: 'svg', theme: 'light', path: svgPath(view, 'light'), label: 'Download SVG', inCaption: true },
    { kind: 'svg', theme: 'dark', path: svgPath(view, 'dark'), label: 'Dark SVG', inCaption: true },
    { kind: 'png', theme: 'light', scale: 2, path: pngPath(view, 'light', 2), label: 'PNG', inCaption: true },
    { kind: 'png', theme: 'dark', scale: 2, path: pngPath(view, 'dark', 2), label: 'Dark PNG', inCaption: true },
    { kind: 'png', theme: 'light', scale: 1, path: pngPath(view, 'light', 1), label: 'PNG at 1×', inCaption: false },
    { kind: 'png', theme: 'dark', scale: 1, path: pngPath(view, 'dark', 1), label: 'Dark PNG at 1×', inCaption: false },
    { kind: 'pdf', path: pdfPath(view), label: 'PDF', inCaption: true },
    { kind: 'mmd', path: mmdPath(view), label: 'Mermaid source', inCaption: true },
  ];
}
