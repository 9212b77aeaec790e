import { describe, expect, test } from 'vitest';
import { htmlWithSeparatedTableHeads } from '../../src/search/table-cell-spacing.ts';

describe('htmlWithSeparatedTableHeads', () => {
  test('ends each header cell and the caption with a space, inside the element', () => {
    expect(htmlWithSeparatedTableHeads('<table><caption>Tools</caption><thead><tr><th>Tool</th><th><a href="/x/">Its job</a></th></tr></thead></table>')).toBe(
      '<table><caption>Tools </caption><thead><tr><th>Tool </th><th><a href="/x/">Its job</a> </th></tr></thead></table>',
    );
  });

  test('leaves data cells, empty cells, other elements and cells that end in a space as they are', () => {
    const html = '<p>a</p><tr><th></th><th class="corner"></th><td>x</td><td>y</td></tr><th>z </th><li></li>\n';
    expect(htmlWithSeparatedTableHeads(html)).toBe(html);
  });

  test('ends terms, definitions, list items, figure captions and summaries with a space too', () => {
    expect(htmlWithSeparatedTableHeads('<dl><dt>Solution</dt><dd>Keep <a>it</a></dd></dl><ul><li>a</li></ul><figcaption>f</figcaption><summary>s</summary>')).toBe(
      '<dl><dt>Solution </dt><dd>Keep <a>it</a> </dd></dl><ul><li>a </li></ul><figcaption>f </figcaption><summary>s </summary>',
    );
  });
});
