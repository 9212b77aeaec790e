import { describe, expect, test } from 'vitest';
import { svgWithStageLinks } from '../../src/components/explorer/svg-stage-links.ts';

const node = (id: string, n: number, label: string) =>
  `<g class="node default" id="p-flowchart-${id}-${n}"><rect/><g class="label"><rect/><foreignObject><div><p>${label}</p></div></foreignObject></g></g>`;
const svg = `<svg id="p" role="img" aria-roledescription="flowchart-v2"><title>T</title><g class="nodes">${node('a', 0, 'A')}${node('b', 1, 'B &amp; C')}</g><g class="edgePaths"/></svg>`;

describe('svgWithStageLinks', () => {
  const out = svgWithStageLinks(svg, 'p', [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B & "C"' },
  ]);

  test('wraps each whole stage node, nested groups included, in a link to its anchor', () => {
    expect(out).toContain(`<a href="#stage-a" class="explorer-stage-link" data-stage="a" aria-label="A">${node('a', 0, 'A')}</a>`);
    expect(out).toContain(`aria-label="B &amp; &quot;C&quot;">${node('b', 1, 'B &amp; C')}</a></g><g class="edgePaths"/>`);
  });

  test('exposes the links by making the root a group instead of an image', () => {
    expect(out.startsWith('<svg id="p" role="group"><title>')).toBe(true);
  });

  test('names a stage whose node is missing', () => {
    expect(() => svgWithStageLinks(svg, 'p', [{ id: 'c', name: 'C' }])).toThrow('no node for stage "c"');
  });
});
