import { describe, expect, test } from 'vitest';
import { htmlWithSeparatedTableHeads, htmlWithSpacedInlineBlocks } from '../../src/search/table-cell-spacing.ts';

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

  test('ends definitions, list items, figure captions and summaries with a space too', () => {
    expect(htmlWithSeparatedTableHeads('<dl><dd>Keep <a>it</a></dd></dl><ul><li>a</li></ul><figcaption>f</figcaption><summary>s</summary>')).toBe(
      '<dl><dd>Keep <a>it</a> </dd></dl><ul><li>a </li></ul><figcaption>f </figcaption><summary>s </summary>',
    );
  });

  test('starts the definition (or the next term) after a term with the space, never ends the term with it', () => {
    expect(htmlWithSeparatedTableHeads('<dl><dt>Solution</dt><dd>Keep it</dd><dt>A</dt><dt><b>B</b></dt><dd><span class="screen-only">Why: </span><a href="/p/">P</a></dd></dl>')).toBe(
      '<dl><dt>Solution</dt><dd> Keep it </dd><dt>A</dt><dt> <b>B</b></dt><dd> <span class="screen-only">Why: </span><a href="/p/">P</a> </dd></dl>',
    );
    // A term with nothing after it in its list keeps its own space.
    expect(htmlWithSeparatedTableHeads('<dl><dd>x</dd><dt>Last</dt></dl>')).toBe('<dl><dd>x </dd><dt>Last </dt></dl>');
  });

});

describe('htmlWithSpacedInlineBlocks', () => {
  test('ends a word with a space where the next begins across inline elements', () => {
    expect(htmlWithSpacedInlineBlocks('<th><a href="/d/">Data drift</a><small>Each input</small><small>also: shift</small></th>')).toBe(
      '<th><a href="/d/">Data drift </a><small>Each input </small><small>also: shift</small></th>',
    );
    expect(htmlWithSpacedInlineBlocks('<a href="/f/"><span class="n">Frame</span><span class="c">13 questions</span></a><span class="b">The business</span>')).toBe(
      '<a href="/f/"><span class="n">Frame </span><span class="c">13 questions </span></a><span class="b">The business</span>',
    );
    expect(htmlWithSpacedInlineBlocks('<th>Level 0: No MLOps<small>Builds</small></th>')).toBe('<th>Level 0: No MLOps <small>Builds</small></th>');
    expect(htmlWithSpacedInlineBlocks('<a href="/d/"><span class="number">1</span>Data collection</a>')).toBe('<a href="/d/"><span class="number">1 </span>Data collection</a>');
  });

  test('leaves spaced words, punctuation, block elements, code, diagrams and scripts as they are', () => {
    const html =
      '<p>a <a>b</a> c</p><p>d</p><li>e</li><a>f</a>.<pre><span>%Y</span><span>m</span></pre><svg><tspan>a</tspan><tspan>b</tspan></svg><script>x="a</span><span>b"</script>';
    expect(htmlWithSpacedInlineBlocks(html)).toBe(html);
  });
});
