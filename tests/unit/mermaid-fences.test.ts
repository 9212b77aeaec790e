import { describe, expect, test } from 'vitest';
import { elementsWhere } from '../../src/html/open-tags.ts';
import { fenceProblem, fenceRequest, fenceToFigureHtml, mermaidFencesIn } from '../../src/render/mermaid-fences.ts';

const page = [
  '# A page',
  '```mermaid',
  'flowchart LR',
  '  accTitle: One',
  '  accDescr: The first.',
  '  a --> b',
  '```',
  '',
  '````md',
  'An example, not a diagram:',
  '```mermaid',
  'flowchart LR',
  '```',
  '````',
  '',
  '  ~~~mermaid',
  '  flowchart TB',
  '    c --> d',
  '  ~~~',
  '```js',
  'const x = 1;',
  '```',
].join('\n');

describe('mermaidFencesIn', () => {
  test('finds mermaid fences in order, numbered per file, skipping fences shown inside other fences', () => {
    const fences = mermaidFencesIn(page, 'content/guide/page.mdx');
    expect(fences.map((f) => f.name)).toEqual(['content/guide/page.mdx › mermaid fence 1', 'content/guide/page.mdx › mermaid fence 2']);
    expect(fences[0].mermaid).toBe('flowchart LR\n  accTitle: One\n  accDescr: The first.\n  a --> b\n');
    // Indented fences lose the fence's own indent, as Markdown does.
    expect(fences[1].mermaid).toBe('flowchart TB\n  c --> d\n');
  });

  test('gives each fence an id prefix of its own, unlike any view’s', () => {
    const [a] = mermaidFencesIn(page, 'content/guide/page.mdx');
    expect(a.prefix).toBe('fence-guide-page-1');
    expect(fenceRequest('content/index.mdx', 3, 'x').prefix).toBe('fence-index-3');
  });

  test('writes the same text for the page scan and for the Markdown plugin', () => {
    const [fromScan] = mermaidFencesIn(page, 'content/p.mdx');
    const fromPlugin = fenceRequest('content/p.mdx', 1, 'flowchart LR\n  accTitle: One\n  accDescr: The first.\n  a --> b');
    expect(fromPlugin).toEqual(fromScan);
  });
});

describe('fenceProblem', () => {
  test('asks for an accessible title and description', () => {
    const [named, unnamed] = mermaidFencesIn(page, 'content/p.mdx');
    expect(fenceProblem(named)).toBeUndefined();
    expect(fenceProblem(unnamed)).toMatch(/add `accTitle: …` and `accDescr: …`/);
  });
});

describe('fenceToFigureHtml', () => {
  test('frames the SVG like <Diagram>, captioned with its title and an anchor link', () => {
    const svg = '<svg id="fence-p-1"><title id="t">A &amp; B</title><desc id="d">Why &lt;it&gt; matters</desc></svg>';
    const html = fenceToFigureHtml(fenceRequest('content/p.mdx', 1, 'x'), svg);
    expect(html).toContain('<figure class="diagram diagram--fence not-content" id="diagram-fence-p-1" aria-labelledby="diagram-fence-p-1-title">');
    expect(html).toContain('<span class="diagram-title" id="diagram-fence-p-1-title">A &amp; B</span>');
    expect(html).toContain('<a class="sl-anchor-link" href="#diagram-fence-p-1">');
    expect(html).toContain('<span class="sr-only" data-pagefind-ignore>Diagram titled “A &amp; B”</span>');
  });

  test('shows the description in words only on request, closed at the end of the caption', () => {
    const svg = '<svg id="fence-p-1"><title id="t">A</title><desc id="d">Why &lt;it&gt; matters</desc></svg>';
    const html = fenceToFigureHtml(fenceRequest('content/p.mdx', 1, 'x'), svg);
    const [titleRow] = elementsWhere(html, (t) => t.attributes.class?.includes('diagram-title-row') ?? false);
    expect(titleRow).toBeDefined();
    expect(titleRow).not.toContain('Why');
    // The caption is the figure's last child (HTML allows it first or last only).
    expect(html).toMatch(
      /<details class="diagram-text"><summary>A in words<\/summary><p class="diagram-description">Why &lt;it&gt; matters<\/p><\/details><\/figcaption><\/figure>$/,
    );
  });
});
