import type { ViewId } from '../diagrams/index.ts';
import { pngPath } from './diagram-files.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { withBase } from './base-path.ts';
import { diagramAnchor } from './diagram-pages.ts';

/** What a snippet needs to show one diagram and link back to it. */
export interface SnippetTarget {
  view: ViewId;
  /** The diagram's accessible name: the image's alt text. */
  title: string;
  /**
   * The 1× PNG's width in CSS pixels (the diagram in its frame of title, key and footer). No
   * height: the frame's height depends on how its text wraps, and a width alone keeps the ratio.
   */
  width: number;
  /** The page it links back to, e.g. `/pipeline/` (without BASE_PATH). */
  page: string;
  /**
   * The site's public base URL (SITE_URL), or undefined for root-relative URLs (a build without
   * SITE_URL; src/links/snippet-origin.ts completes them in the browser).
   */
  site: string | undefined;
}

function urls(target: SnippetTarget) {
  const { site } = target;
  const at = (path: string) => (site === undefined ? withBase(path) : new URL(withBase(path), site).href);
  return {
    link: at(`${target.page}#${diagramAnchor(target.view)}`),
    png: at(pngPath(target.view, 'light', 1)),
    png2x: at(pngPath(target.view, 'light', 2)),
    darkPng: at(pngPath(target.view, 'dark', 1)),
    darkPng2x: at(pngPath(target.view, 'dark', 2)),
  };
}

/**
 * A Markdown link to the diagram's anchor around the 2× PNG shown at the diagram's own size.
 * Markdown's `![alt](src)` cannot say a size, so the 2× PNG would show twice too large and the
 * 1× PNG blurs on a high-density screen; the image is therefore an inline HTML `<img>` with its
 * width and height, which CommonMark keeps as it is (GitHub, GitLab, MDX and most wikis render
 * it). Self-closed, so MDX parses it too.
 */
export function diagramToMarkdownSnippet(target: SnippetTarget): string {
  const { link, png2x } = urls(target);
  return `[<img src="${png2x}" width="${target.width}" alt="${escapeHtml(target.title)}" />](${link})`;
}

/**
 * An HTML figure: a `<picture>` whose dark PNG follows the reader's colour scheme, each PNG at
 * 1× and 2×, the diagram's size, alt text, and a caption linking to the diagram's anchor.
 */
export function diagramToHtmlSnippet(target: SnippetTarget): string {
  const { link, png, png2x, darkPng, darkPng2x } = urls(target);
  const title = escapeHtml(target.title);
  return [
    '<figure>',
    '  <picture>',
    `    <source media="(prefers-color-scheme: dark)" srcset="${darkPng}, ${darkPng2x} 2x">`,
    `    <img src="${png}" srcset="${png2x} 2x" width="${target.width}" alt="${title}">`,
    '  </picture>',
    `  <figcaption><a href="${link}">${title}</a></figcaption>`,
    '</figure>',
  ].join('\n');
}
