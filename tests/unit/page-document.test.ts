import { describe, expect, test } from 'vitest';
import { eachElement, elementText, newElement, pageToHtml, parsePage, type PageDocument, type PageElement } from '../../src/html/page-document.ts';

/** Every element with its parents' names, in source order. */
function placedElements(document: PageDocument): { node: PageElement; parents: PageElement[] }[] {
  const found: { node: PageElement; parents: PageElement[] }[] = [];
  eachElement(document, (node, _siblings, parents) => found.push({ node, parents: [...parents] }));
  return found;
}

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset=utf-8><!-- note --><STYLE>.a{}</STYLE ><script>if (a < b && c) x("</p>")</script></head>' +
  "<body class='x'><p>one &amp; two<p>implied<ul><li>a<li>b</ul><svg><path d='M0'/><foreignObject><div>l</div></foreignObject></svg><br/></p></body></html>\n";

describe('parsePage', () => {
  test('serializes an untouched page to its own text, byte for byte: quotes, case, comments, implied end tags and all', () => {
    expect(pageToHtml(parsePage(PAGE))).toBe(PAGE);
    for (const html of ['', 'text only', '<p>open at the end', '</p>', '<a href="x">a</b>c</a>', '<div a="1" a="2"></div  >']) expect(pageToHtml(parsePage(html))).toBe(html);
  });

  test('gives each element its tags as written, decoded attributes and the parser\'s tree', () => {
    const elements = placedElements(parsePage(PAGE));
    const style = elements.find((e) => e.node.name === 'style');
    expect(style?.node.startTag).toBe('<STYLE>');
    expect(style?.node.endTag).toBe('</STYLE >');
    expect(style?.parents.map((p) => p.name)).toEqual(['html', 'head']);
    const script = elements.find((e) => e.node.name === 'script');
    expect(script && elementText(script.node)).toBe('if (a < b && c) x("</p>")');
    const items = elements.filter((e) => e.node.name === 'li');
    expect(items.map((e) => [e.node.endTag, pageToHtml(e.node)])).toEqual([
      ['', '<li>a'],
      ['', '<li>b'],
    ]);
    expect(elements.find((e) => e.node.name === 'body')?.node.attributes).toEqual({ class: 'x' });
    expect(elements.find((e) => e.node.name === 'path')?.parents.map((p) => p.name)).toContain('svg');
  });

  test('writes what a step changed, and only that', () => {
    const document = parsePage('<p title="a &amp; b">x</p><i>y</i>');
    const [p] = placedElements(document).map((e) => e.node);
    expect(p.attributes.title).toBe('a & b');
    p.startTag = '<p>';
    p.children.push(newElement('b', {}, '<b>', '</b>', [{ kind: 'text', text: 'new' }]));
    expect(pageToHtml(document)).toBe('<p>x<b>new</b></p><i>y</i>');
  });
});
