import { describe, expect, test } from 'vitest';
import { svgWithNodeLinks } from '../../src/render/svg-node-links.ts';

const node = (id: string, n: number, label: string) =>
  `<g class="node default" id="p-flowchart-${id}-${n}"><rect/><g class="label"><rect/><foreignObject><div><p>${label}</p></div></foreignObject></g></g>`;
const svg = `<svg id="p" role="img" aria-roledescription="flowchart-v2"><title>T</title><g class="nodes">${node('a', 0, 'A')}${node('a__b', 1, 'B &amp; C')}</g><g class="edgePaths"/></svg>`;

describe('svgWithNodeLinks', () => {
  const out = svgWithNodeLinks(svg, 'p', [
    { node: 'a', href: '/patterns/a/', name: 'A' },
    { node: 'a__b', href: '#diagram-b', name: 'B & "C"' },
  ]);

  test('wraps each whole node, nested groups included, in a link with the given name', () => {
    expect(out).toContain(`<a href="/patterns/a/" class="diagram-node-link" aria-label="A">${node('a', 0, 'A')}</a>`);
    expect(out).toContain(`<a href="#diagram-b" class="diagram-node-link" aria-label="B &amp; &quot;C&quot;">${node('a__b', 1, 'B &amp; C')}</a></g><g class="edgePaths"/>`);
  });

  test('links a node only by its whole id, not a node whose id starts with it', () => {
    expect(out.match(/<a /g)).toHaveLength(2);
    expect(out.indexOf('aria-label="A"')).toBeLessThan(out.indexOf('id="p-flowchart-a-0"'));
  });

  test('exposes the links by making the root a group instead of an image', () => {
    expect(out.startsWith('<svg id="p" role="group"><title>')).toBe(true);
  });

  test('leaves an SVG without links as it is, still an image', () => {
    expect(svgWithNodeLinks(svg, 'p', [])).toBe(svg);
  });

  test('names a node that is missing and where it should link', () => {
    expect(() => svgWithNodeLinks(svg, 'p', [{ node: 'c', href: '/patterns/c/', name: 'C' }])).toThrow('no node "c" in the SVG "p" to link to /patterns/c/');
  });
});

describe('svgWithNodeLinks for the explorer', () => {
  test("gives each link the look's class and the node's id as a data attribute", () => {
    const out = svgWithNodeLinks(svg, 'p', [{ node: 'a', href: '#stage-a', name: 'A' }], { className: 'explorer-stage-link', dataAttribute: 'stage' });
    expect(out).toContain(`<a href="#stage-a" class="explorer-stage-link" data-stage="a" aria-label="A">${node('a', 0, 'A')}</a>`);
  });
});
