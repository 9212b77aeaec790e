import { describe, expect, test } from 'vitest';
import { htmlWithSeparatedTableHeads } from '../../src/search/table-cell-spacing.ts';

describe('htmlWithSeparatedTableHeads', () => {
  test('puts a space after each header cell and the caption, where the next tag follows at once', () => {
    expect(htmlWithSeparatedTableHeads('<table><caption>Tools</caption><thead><tr><th>Tool</th><th>Its job</th></tr></thead></table>')).toBe(
      '<table><caption>Tools</caption> <thead><tr><th>Tool</th> <th>Its job</th> </tr></thead></table>',
    );
  });

  test('leaves data cells, other elements and already spaced cells as they are', () => {
    const html = '<p>a</p><tr><td>x</td><td>y</td></tr><th>z</th> <th>w</th>\n';
    expect(htmlWithSeparatedTableHeads(html)).toBe(html);
  });
});
