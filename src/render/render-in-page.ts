/**
 * Runs inside the build's Chromium page, where Mermaid's bundle has set `window.mermaid`.
 * Self-contained on purpose: Playwright serialises this function's source into the page.
 */
export interface PageRenderRequest {
  /** Stable name used in error messages: a view id or `file.mdx#fence-2`. */
  name: string;
  /** Unique per page; every id inside the SVG gets it as prefix. */
  prefix: string;
  mermaid: string;
  /**
   * Exact accessible name and description. Mermaid sanitises accTitle/accDescr (it drops
   * markup-like text and double-escapes `&`), so the model's own text is put back afterwards.
   */
  title?: string;
  description?: string;
  /**
   * `svg`: labels as SVG `<text>` instead of HTML in `<foreignObject>`, for files that must
   * render outside a browser (librsvg, converters). Default `html`, what the pages show.
   */
  labels?: 'html' | 'svg';
}

export type PageRenderResult =
  | { name: string; ok: true; svg: string; title: string; description: string }
  | { name: string; ok: false; error: string };

export async function renderInPage(input: {
  config: Record<string, unknown>;
  requests: PageRenderRequest[];
}): Promise<PageRenderResult[]> {
  type MermaidApi = {
    initialize(config: Record<string, unknown>): void;
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
  };
  const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
  const results: PageRenderResult[] = [];
  const segmenter = Intl.Segmenter;
  // One at a time: Mermaid keeps global state while it lays out a diagram.
  for (const req of input.requests) {
    try {
      // SVG labels: Mermaid splits a word wider than the wrapping width into characters
      // ("(Reproducibilit" / "y)"), where HTML labels let it overflow. Its word splitter is the
      // bundle's one user of Intl.Segmenter; a segmenter that returns the word whole keeps every
      // break at a space, as on the page. Remove when Mermaid's SVG labels stop splitting words.
      Reflect.set(Intl, 'Segmenter', req.labels === 'svg' ? wholeWords(segmenter) : segmenter);
      mermaid.initialize(req.labels === 'svg' ? withSvgLabels(input.config) : input.config);
      await mermaid.parse(req.mermaid);
      const { svg } = await mermaid.render(req.prefix, req.mermaid);
      results.push({ name: req.name, ok: true, ...postprocess(svg, req) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: req.name, ok: false, error: message });
    } finally {
      Reflect.set(Intl, 'Segmenter', segmenter);
      // Mermaid leaves its scratch element in the document when rendering fails.
      document.getElementById(req.prefix)?.remove();
      document.getElementById(`d${req.prefix}`)?.remove();
    }
  }
  return results;

  function wholeWords(base: typeof Intl.Segmenter): typeof Intl.Segmenter {
    return class extends base {
      segment(text: string): Intl.Segments {
        // A segmenter by sentence never splits a word, and an unbroken label is one sentence.
        return new base(undefined, { granularity: 'sentence' }).segment(text);
      }
    };
  }

  function withSvgLabels(config: Record<string, unknown>): Record<string, unknown> {
    const flowchart = typeof config.flowchart === 'object' && config.flowchart !== null ? config.flowchart : {};
    return { ...config, htmlLabels: false, flowchart: { ...flowchart, htmlLabels: false } };
  }

  function postprocess(svgText: string, req: PageRenderRequest) {
    const prefix = req.prefix;
    const IDREF_ATTRIBUTES = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']);
    // Mermaid writes a label's line breaks as HTML (`<br>`), which an XML parser refuses.
    const doc = new DOMParser().parseFromString(svgText.replace(/<br\s*>/g, '<br/>'), 'image/svg+xml');
    const svg = doc.documentElement;
    // Colours come from one shared stylesheet (light, dark, print), not from each SVG.
    // Inline style attributes go too: a strict Content-Security-Policy would block them.
    for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
    for (const el of [svg, ...Array.from(svg.querySelectorAll('[style]'))]) {
      // Label boxes need their layout kept: as classes the shared stylesheet defines.
      const style = el.getAttribute('style') ?? '';
      if (el.tagName.toLowerCase() === 'div') {
        el.setAttribute('class', style.includes('break-spaces') ? 'fg-label fg-label--wrap' : 'fg-label');
      }
      // SVG text labels are centred by a style; as an attribute it is layout, not colour.
      const anchor = /text-anchor:\s*([a-z]+)/.exec(style)?.[1];
      if (anchor && !el.hasAttribute('text-anchor')) el.setAttribute('text-anchor', anchor);
      el.removeAttribute('style');
    }
    if (req.labels === 'svg') {
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        // Mermaid writes escaped characters (`#38;` in the text) as entities, which HTML labels
        // decode but SVG text shows as they are.
        for (const tspan of [text, ...Array.from(text.querySelectorAll('tspan'))]) {
          for (const node of Array.from(tspan.childNodes)) {
            if (node.nodeType === Node.TEXT_NODE) {
              node.textContent = (node.textContent ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
            }
          }
        }
        // Words are separate tspans, each after the first starting with a space: renderers
        // other than browsers drop such a space unless it is preserved.
        text.setAttribute('xml:space', 'preserve');
        // Mermaid centres node labels from its own stylesheet, which is removed above.
        if (text.closest('.label') && !text.hasAttribute('text-anchor')) text.setAttribute('text-anchor', 'middle');
      }
    }

    // Every id gets the diagram's prefix, and so does every reference to it: two diagrams
    // on one page must never share a marker id, or their arrowheads vanish.
    const renames = new Map<string, string>();
    for (const el of Array.from(svg.querySelectorAll('[id]'))) {
      const id = el.getAttribute('id') ?? '';
      if (el === svg || id.startsWith(`${prefix}-`) || id.startsWith(`${prefix}_`)) continue;
      renames.set(id, `${prefix}-${id}`);
    }
    if (renames.size > 0) {
      for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
        for (const attr of Array.from(el.attributes)) {
          if (attr.name === 'id') {
            const to = renames.get(attr.value);
            if (to) el.setAttribute('id', to);
          } else if (IDREF_ATTRIBUTES.has(attr.name)) {
            el.setAttribute(attr.name, attr.value.split(/\s+/).map((ref) => renames.get(ref) ?? ref).join(' '));
          } else if (attr.value.includes('#')) {
            el.setAttribute(
              attr.name,
              attr.value.replace(/#([A-Za-z0-9_.:-]+)/g, (m, ref: string) => (renames.has(ref) ? `#${renames.get(ref)}` : m)),
            );
          }
        }
      }
    }

    // Size from the viewBox, so the SVG scales to its container and to the printed page.
    const viewBox = svg.getAttribute('viewBox');
    if (viewBox) {
      const [, , w, h] = viewBox.split(/\s+/).map(Number);
      svg.setAttribute('width', String(Math.ceil(w)));
      svg.setAttribute('height', String(Math.ceil(h)));
    }
    svg.setAttribute('class', 'field-guide-diagram');
    svg.setAttribute('role', 'img');
    const titleEl = svg.querySelector(':scope > title');
    const descEl = svg.querySelector(':scope > desc');
    if (titleEl && req.title !== undefined) titleEl.textContent = req.title;
    if (descEl && req.description !== undefined) descEl.textContent = req.description;
    const title = titleEl?.textContent ?? '';
    const description = descEl?.textContent ?? '';
    return { svg: new XMLSerializer().serializeToString(svg), title, description };
  }
}
