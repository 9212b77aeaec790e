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

describe('svgWithNodeLinks for subgraphs and words of a label', () => {
  const cluster = `<g class="cluster" id="p-lane"><rect/><g class="cluster-label"><foreignObject><div><p>Lane</p></div></foreignObject></g></g>`;
  const tools = node('kind__x', 2, 'Engines:<br />Vertex AI Pipelines,<br />Vertex AI,<br />Weights &amp; Biases, TFX (TensorFlow<br />Extended)');
  const svg2 = `<svg id="p" role="img"><g class="clusters">${cluster}</g><g class="nodes">${tools}</g></svg>`;

  test("links a subgraph by its title, not the nodes inside it", () => {
    const out = svgWithNodeLinks(svg2, 'p', [{ node: 'lane', href: '/pipeline-types/lane/', name: 'Lane' }]);
    expect(out).toContain('<g class="cluster" id="p-lane"><rect/><a href="/pipeline-types/lane/" class="diagram-node-link" aria-label="Lane"><g class="cluster-label">');
    expect(out).toContain('</foreignObject></g></a></g>');
  });

  test('links each name in a box by its words, across line breaks, and not a longer name that starts with it', () => {
    const out = svgWithNodeLinks(svg2, 'p', [
      { node: 'kind__x', href: '/tools/vertex-ai/', name: 'Vertex AI', text: 'Vertex AI' },
      { node: 'kind__x', href: '/tools/wandb/', name: 'Weights & Biases', text: 'Weights & Biases' },
      { node: 'kind__x', href: '/tools/tfx/', name: 'TFX (TensorFlow Extended)', text: 'TFX (TensorFlow Extended)' },
    ]);
    expect(out).toContain('Vertex AI Pipelines,<br /><a href="/tools/vertex-ai/">Vertex AI</a>,');
    expect(out).toContain('<a href="/tools/wandb/">Weights &amp; Biases</a>, <a href="/tools/tfx/">TFX (TensorFlow<br />Extended)</a>');
  });

  test('names a word that the label does not show', () => {
    expect(() => svgWithNodeLinks(svg2, 'p', [{ node: 'kind__x', href: '/tools/feast/', name: 'Feast', text: 'Feast' }])).toThrow('no "Feast" in the label of node "kind__x"');
  });
});
