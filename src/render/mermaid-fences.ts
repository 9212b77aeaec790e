import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorLinkHtml, diagramAnchorLabel, htmlToText } from '../links/anchor-link-html.ts';
import { svgForPage } from './lean-svg.ts';
import { renderDiagrams, type DiagramRequest } from './render-mermaid.ts';
import { escapeHtml } from '../html/escape-html.ts';

type MdastPlugin = SatteriResolvedOptions['mdastPlugins'][number];

/** A ```mermaid fence written by hand in a page, ready to render. */
export type FenceRequest = DiagramRequest;

/** `content/pipeline/index.mdx › mermaid fence 2`: what errors and the cache call a fence. */
export function fenceRequest(file: string, index: number, text: string): FenceRequest {
  const slug = file.replace(/^content\//, '').replace(/\.mdx?$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  // Same normalisation on both sides: the page scan and the Markdown plugin must agree on the text.
  return { name: `${file} › mermaid fence ${index}`, prefix: `fence-${slug}-${index}`, mermaid: `${text.replace(/\s+$/, '')}\n` };
}

/**
 * The ```mermaid (or ~~~mermaid) fences of a Markdown or MDX source, in document order. Fences
 * inside other fences (a Markdown example showing a mermaid fence) are not diagrams.
 */
export function mermaidFencesIn(source: string, file: string): FenceRequest[] {
  const fences: FenceRequest[] = [];
  let open: { marker: string; indent: number; mermaid: boolean; lines: string[] } | undefined;
  for (const line of source.split(/\r?\n/)) {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === open.marker[0] && close[1].length >= open.marker.length) {
        if (open.mermaid) fences.push(fenceRequest(file, fences.length + 1, open.lines.join('\n')));
        open = undefined;
      } else {
        open.lines.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
      }
      continue;
    }
    const start = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (start) open = { marker: start[2], indent: start[1].length, mermaid: start[3] === 'mermaid', lines: [] };
  }
  return fences;
}

/** A hand-written diagram must name and describe itself, like every generated one. */
export function fenceProblem(request: FenceRequest): string | undefined {
  const missing = ['accTitle', 'accDescr'].filter((key) => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(request.mermaid));
  if (missing.length === 0) return undefined;
  return `add ${missing.map((k) => `\`${k}: …\``).join(' and ')} so screen readers get the diagram's name and description`;
}

/** Every mermaid fence in the Markdown and MDX files under `dir`, named relative to `root`. */
export async function mermaidFencesUnder(root: string, dir: string): Promise<FenceRequest[]> {
  const files = (await readdir(join(root, dir), { recursive: true }))
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  const fences = await Promise.all(
    files.map(async (f) => mermaidFencesIn(await readFile(join(root, dir, f), 'utf8'), join(dir, f).split('\\').join('/'))),
  );
  return fences.flat();
}


/**
 * The figure a fence becomes: the same frame as `<Diagram>`, captioned with the fence's accTitle
 * and an anchor link; its accDescr stays the SVG's accessible description and is shown in words
 * on request (a closed <details> at the caption's end), never as a run-on paragraph under the picture.
 */
export function fenceToFigureHtml(request: FenceRequest, svg: string): string {
  // Already XML-escaped inside the SVG, so they go into HTML as they are.
  const title = /<title[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? '';
  const description = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '';
  const id = `diagram-${request.prefix}`;
  const anchor = escapeHtml(id);
  return [
    `<figure class="diagram diagram--fence not-content" id="${anchor}" aria-labelledby="${anchor}-title">`,
    `<div class="diagram-canvas">${svgForPage(svg)}</div>`,
    `<figcaption><div class="sl-heading-wrapper diagram-title-row"><span class="diagram-title" id="${anchor}-title">${title}</span>`,
    `${anchorLinkHtml(id, diagramAnchorLabel(htmlToText(title)))}</div>`,
    // Inside the caption, which HTML wants as the figure's first or last child.
    `<details class="diagram-text"><summary>${title} in words</summary><p class="diagram-description">${description}</p></details>`,
    '</figcaption></figure>',
  ].join('');
}

/**
 * Renders ```mermaid fences in place, as inline SVG. In a build every fence was already rendered
 * with the views, in the same browser, at `astro:build:start`, so this only reads the cache; in
 * dev a changed fence is rendered here. Errors name the file and the fence's number.
 */
export function mermaidFencePlugin(root: string): MdastPlugin {
  return {
    name: 'field-guide-mermaid-fences',
    async code(node, ctx) {
      if (node.lang !== 'mermaid') return undefined;
      const index = Number(ctx.data.fieldGuideMermaidFences ?? 0) + 1;
      ctx.data.fieldGuideMermaidFences = index;
      const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)).split('\\').join('/') : 'a Markdown file';
      const request = fenceRequest(file, index, node.value);
      const problem = fenceProblem(request);
      if (problem) throw new Error(`${request.name}: ${problem}`);
      const [rendered] = await renderDiagrams([request]);
      return { raw: fenceToFigureHtml(request, rendered.svg), mdxExpressions: false };
    },
  };
}
