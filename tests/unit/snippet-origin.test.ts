import { describe, expect, test } from 'vitest';
import { diagramToHtmlSnippet, diagramToMarkdownSnippet, type SnippetTarget } from '../../src/links/diagram-snippets.ts';
import { isSnippetKind, snippetOnOrigin } from '../../src/links/snippet-origin.ts';

const ORIGIN = 'https://guide.example.org';
const target = (title: string, site: string | undefined): SnippetTarget => ({ view: 'pipeline-flow', title, width: 594, page: '/pipeline/', site });
const titles = ['The six-stage ML pipeline', 'A [tricky] <title> & "more"', 'a](/b) and src="/c" srcset="/d 2x"', 'ends in a backslash \\'];

describe('snippetOnOrigin', () => {
  test.each(titles)('turns the relative snippets of "%s" into exactly the snippets a build with SITE_URL writes', (title) => {
    expect(snippetOnOrigin('markdown', diagramToMarkdownSnippet(target(title, undefined)), ORIGIN)).toBe(diagramToMarkdownSnippet(target(title, `${ORIGIN}/`)));
    expect(snippetOnOrigin('html', diagramToHtmlSnippet(target(title, undefined)), ORIGIN)).toBe(diagramToHtmlSnippet(target(title, `${ORIGIN}/`)));
  });

  test('puts every candidate of a srcset on the origin, and leaves absolute and protocol-relative URLs alone', () => {
    const html = '<picture><source srcset="/a-dark.png, /a-dark@2x.png 2x" media="(prefers-color-scheme: dark)"><img src="//cdn.example.org/a.png" alt=""></picture> <a href="https://other.example.org/x">x</a>';
    expect(snippetOnOrigin('html', html, ORIGIN)).toBe(
      `<picture><source srcset="${ORIGIN}/a-dark.png, ${ORIGIN}/a-dark@2x.png 2x" media="(prefers-color-scheme: dark)"><img src="//cdn.example.org/a.png" alt=""></picture> <a href="https://other.example.org/x">x</a>`,
    );
    expect(snippetOnOrigin('markdown', '[![x](https://other.example.org/a.png)](//cdn.example.org/b)', ORIGIN)).toBe('[![x](https://other.example.org/a.png)](//cdn.example.org/b)');
  });

  test('rewrites a destination, not the same characters in alt text or caption', () => {
    expect(snippetOnOrigin('markdown', '[<img src="/c.png" width="9" alt="a](/b) src=&quot;/e&quot;" />](/d/)', ORIGIN)).toBe(
      `[<img src="${ORIGIN}/c.png" width="9" alt="a](/b) src=&quot;/e&quot;" />](${ORIGIN}/d/)`,
    );
    expect(snippetOnOrigin('html', '<figure><figcaption>src="/x"</figcaption><a data-href="/y" href="/z">z</a></figure>', ORIGIN)).toBe(
      `<figure><figcaption>src="/x"</figcaption><a data-href="/y" href="${ORIGIN}/z">z</a></figure>`,
    );
  });
});

describe('isSnippetKind', () => {
  test('knows the kinds a page marks with data-snippet, and nothing else', () => {
    expect(['markdown', 'html', 'svg', undefined].map(isSnippetKind)).toEqual([true, true, false, false]);
  });
});
