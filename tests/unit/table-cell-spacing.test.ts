import { describe, expect, test } from 'vitest';
import { htmlWithSeparatedTableHeads } from '../../src/search/table-cell-spacing.ts';

describe('htmlWithSeparatedTableHeads', () => {
  test('ends each header cell and the caption with a space, inside the element', () => {
    expect(htmlWithSeparatedTableHeads('<table><caption>Tools</caption><thead><tr><th>Tool</th><th><a href="/x/">Its job</a></th></tr></thead></table>')).toBe(
      '<table><caption>Tools </caption><thead><tr><th>Tool </th><th><a href="/x/">Its job</a> </th></tr></thead></table>',
    );
  });

  test('leaves data cells, empty cells, other elements and cells that end in a space as they are', () => {
    const html = '<p>a</p><tr><th></th><th class="corner"></th><td>x</td><td>y</td></tr><th>z </th>\n';
    expect(htmlWithSeparatedTableHeads(html)).toBe(html);
  });
});
