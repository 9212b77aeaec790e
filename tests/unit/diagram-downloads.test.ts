import { HtmlRenderer, Parser } from 'commonmark';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { viewToHomePage, viewToPages } from '../../src/links/diagram-pages.ts';
import { diagramToHtmlSnippet, diagramToMarkdownSnippet } from '../../src/links/diagram-snippets.ts';
import { pngTextEntries, pngWithText } from '../../src/render/png-text.ts';

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 1 });
  png.data.fill(255);
  return PNG.sync.write(png);
}

describe('pngWithText', () => {
  test('adds Title and Description chunks that a PNG decoder accepts and a reader gets back', () => {
    const out = pngWithText(tinyPng(), { Title: 'Four pipeline types × six stages', Description: 'Stages → types' });
    // pngjs checks every chunk's CRC while decoding.
    expect(PNG.sync.read(Buffer.from(out)).width).toBe(2);
    expect(pngTextEntries(out)).toEqual({ Title: 'Four pipeline types × six stages', Description: 'Stages → types' });
  });

  test('writes Latin-1 text as tEXt and anything else as iTXt', () => {
    const ascii = Buffer.from(pngWithText(tinyPng(), { Title: 'The six-stage ML pipeline' })).toString('latin1');
    expect(ascii).toContain('tEXtTitle\0The six-stage ML pipeline');
    const arrows = Buffer.from(pngWithText(tinyPng(), { Title: 'a → b' })).toString('latin1');
    expect(arrows).toContain('iTXtTitle');
  });

  test('refuses what is not a PNG', () => {
    expect(() => pngWithText(new Uint8Array(40), { Title: 'x' })).toThrow(/Not a PNG/);
  });
});

describe('viewToPages and viewToHomePage', () => {
  const manifest = {
    '/': ['diagram-pipeline-flow'],
    '/diagrams/': ['diagram-pipeline-flow', 'diagram-tools-by-stage'],
    '/patterns/workflow-pipeline/': ['diagram-pipeline-flow'],
    '/pipeline/': ['diagram-pipeline-flow', 'what-each-stage-is-for'],
  };

  test('lists the pages that show a view, leaving out the list of downloads', () => {
    expect(viewToPages('pipeline-flow', manifest)).toEqual(['/', '/patterns/workflow-pipeline/', '/pipeline/']);
  });

  test('links back to the most general page other than the start page, else to the list of downloads', () => {
    expect(viewToHomePage('pipeline-flow', manifest)).toBe('/pipeline/');
    expect(viewToHomePage('pipeline-flow', { '/': ['diagram-pipeline-flow'] })).toBe('/');
    expect(viewToHomePage('tools-by-stage', manifest)).toBe('/diagrams/');
  });
});

describe('diagram snippets', () => {
  const target = { view: 'pipeline-flow' as const, title: 'A [tricky] <title> & "more"', width: 642, page: '/pipeline/', site: 'https://guide.example.org/' };
  /** What a CommonMark renderer (the reference implementation) makes of a snippet. */
  const commonMarkToHtml = (markdown: string) => new HtmlRenderer().render(new Parser().parse(markdown));

  test("Markdown: the 2× PNG at the diagram's own size, linked to its anchor, with markup in the title escaped", () => {
    expect(diagramToMarkdownSnippet(target)).toBe(
      '[<img src="https://guide.example.org/diagrams/pipeline-flow@2x.png" width="642" alt="A [tricky] &lt;title&gt; &amp; &quot;more&quot;" />](https://guide.example.org/pipeline/#diagram-pipeline-flow)',
    );
  });

  test('Markdown: renders under CommonMark as one paragraph holding a link around the sized image', () => {
    const html = commonMarkToHtml(diagramToMarkdownSnippet(target));
    expect(html.trim()).toBe(
      '<p><a href="https://guide.example.org/pipeline/#diagram-pipeline-flow"><img src="https://guide.example.org/diagrams/pipeline-flow@2x.png" width="642" alt="A [tricky] &lt;title&gt; &amp; &quot;more&quot;" /></a></p>',
    );
  });

  test('Markdown: brackets, stars and underscores in a title stay in the alt text and do not break the link', () => {
    const html = commonMarkToHtml(diagramToMarkdownSnippet({ ...target, title: 'a ] b [*c*] _d_ `e`' }));
    expect(html).toContain('alt="a ] b [*c*] _d_ `e`"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toMatch(/<(em|code)>/);
  });

  test('HTML: a figure with a picture whose dark source follows the colour scheme, both PNGs at 1× and 2×, escaped alt text and a caption link', () => {
    const html = diagramToHtmlSnippet(target);
    expect(html).toContain('<source media="(prefers-color-scheme: dark)" srcset="https://guide.example.org/diagrams/pipeline-flow.dark.png, https://guide.example.org/diagrams/pipeline-flow.dark@2x.png 2x">');
    expect(html).toContain('src="https://guide.example.org/diagrams/pipeline-flow.png" srcset="https://guide.example.org/diagrams/pipeline-flow@2x.png 2x"');
    expect(html).toContain('width="642" alt="A [tricky] &lt;title&gt; &amp; &quot;more&quot;"');
    expect(html).toContain('<figcaption><a href="https://guide.example.org/pipeline/#diagram-pipeline-flow">');
    expect(html.indexOf('<source')).toBeLessThan(html.indexOf('<img'));
  });

  test('HTML: pasted into Markdown, CommonMark passes the figure through whole', () => {
    const html = diagramToHtmlSnippet(target);
    expect(commonMarkToHtml(html).trim()).toBe(html);
  });

  test('without a public address, both use root-relative URLs (never a localhost URL)', () => {
    const relative = { ...target, site: undefined };
    expect(diagramToMarkdownSnippet(relative)).toMatch(/^\[<img src="\/diagrams\/pipeline-flow@2x\.png" .*\]\(\/pipeline\/#diagram-pipeline-flow\)$/);
    expect(diagramToHtmlSnippet(relative)).toContain('src="/diagrams/pipeline-flow.png" srcset="/diagrams/pipeline-flow@2x.png 2x"');
    expect(diagramToHtmlSnippet(relative)).toContain('<a href="/pipeline/#diagram-pipeline-flow">');
  });
});
