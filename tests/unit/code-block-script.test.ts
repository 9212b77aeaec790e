import { describe, expect, test } from 'vitest';
import { htmlWithCodeBlockScriptOnIntent } from '../../src/build/code-block-script.ts';
import { scriptsOnIntent } from '../../src/islands/load-on-intent.ts';
import { parsePage, eachElement, type PageElement } from '../../src/html/page-document.ts';

// As Expressive Code's Astro integration writes a page's first code block.
const block = (src: string) =>
  `<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.pwx6g.css"><script type="module" src="${src}"></script><figure class="frame"><pre><code>x</code></pre></figure></div>`;
const page = (body: string) => `<!doctype html><html><head><script type="module" src="/_astro/Head.abc.js"></script></head><body>${body}</body></html>`;

/** The page as the loader sees it: the elements it queries, by attribute. */
function loaderFinds(html: string): string[] {
  const elements: PageElement[] = [];
  eachElement(parsePage(html), (element) => void elements.push(element));
  const root = {
    querySelectorAll: (selector: string) => {
      const name = /^\[([\w-]+)\]$/.exec(selector)?.[1] ?? '';
      return elements.filter((e) => e.attributes[name] !== undefined).map((e) => ({ getAttribute: (n: string) => e.attributes[n] ?? null }));
    },
  };
  return scriptsOnIntent(root as unknown as ParentNode);
}

describe('codeBlockScriptOnIntent', () => {
  test('takes Expressive Code’s script out of the page and names it on the block that held it', () => {
    const html = htmlWithCodeBlockScriptOnIntent(page(block('/_astro/ec.3ns6b.js')));
    expect(html).not.toContain('<script type="module" src="/_astro/ec.');
    expect(html).toContain('<div class="expressive-code" data-script-on-intent="/_astro/ec.3ns6b.js"><link rel="stylesheet" href="/_astro/ec.pwx6g.css"><figure');
    expect(loaderFinds(html)).toEqual(['/_astro/ec.3ns6b.js']);
  });

  test('keeps the URL as written, under the base', () => {
    const html = htmlWithCodeBlockScriptOnIntent(page(block('/ml-guide/_astro/ec.3ns6b.js')));
    expect(loaderFinds(html)).toEqual(['/ml-guide/_astro/ec.3ns6b.js']);
  });

  test('leaves other scripts, and a page without code blocks, byte for byte', () => {
    const plain = page('<p>No code here.</p><script type="module" src="/_astro/Search.x.js"></script>');
    expect(htmlWithCodeBlockScriptOnIntent(plain)).toBe(plain);
    expect(loaderFinds(plain)).toEqual([]);
  });

  test('two blocks that each carry the script leave one URL for the loader', () => {
    const html = htmlWithCodeBlockScriptOnIntent(page(block('/_astro/ec.3ns6b.js') + block('/_astro/ec.3ns6b.js')));
    expect(html.match(/<script type="module" src="\/_astro\/ec\./g)).toBeNull();
    expect(loaderFinds(html)).toEqual(['/_astro/ec.3ns6b.js']);
  });
});
