import type { ViewId } from '../diagrams/index.ts';
import { pngPath } from '../paths/diagram-files.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { withBase } from './base-path.ts';
import { diagramAnchor } from './diagram-pages.ts';

/** What a snippet needs to show one diagram and link back to it. */
export interface SnippetTarget {
  view: ViewId;
  /** The diagram's accessible name: the image's alt text. */
  title: string;
  /** Its size in CSS pixels, the 1× PNG's size. */
  width: number;
  height: number;
  /** The page it links back to, e.g. `/pipeline/` (without BASE_PATH). */
  page: string;
  /**
   * The site's public base URL (SITE_URL), or undefined for root-relative URLs (a build without
   * SITE_URL; src/links/snippet-origin.ts completes them in the browser).
   */
  site: string | undefined;
}

/** Backslash before the characters that would end a Markdown link text or start markup. */
const escapeMarkdown = (text: string) => text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);

function urls(target: SnippetTarget) {
  const { site } = target;
  const at = (path: string) => (site === undefined ? withBase(path) : new URL(withBase(path), site).href);
  return {
    link: at(`${target.page}#${diagramAnchor(target.view)}`),
    png: at(pngPath(target.view, 'light', 1)),
    png2x: at(pngPath(target.view, 'light', 2)),
  };
}

/** A Markdown image (the 1× PNG, so it shows at the diagram's size) that links to the diagram's anchor. */
export function diagramToMarkdownSnippet(target: SnippetTarget): string {
  const { link, png } = urls(target);
  return `[![${escapeMarkdown(target.title)}](${png})](${link})`;
}

/** An HTML figure: the PNG at 1× and 2×, its size, alt text, and a caption linking to the diagram's anchor. */
export function diagramToHtmlSnippet(target: SnippetTarget): string {
  const { link, png, png2x } = urls(target);
  const title = escapeHtml(target.title);
  return [
    '<figure>',
    `  <img src="${png}" srcset="${png2x} 2x" width="${target.width}" height="${target.height}" alt="${title}">`,
    `  <figcaption><a href="${link}">${title}</a></figcaption>`,
    '</figure>',
  ].join('\n');
}
