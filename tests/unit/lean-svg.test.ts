import { describe, expect, test } from 'vitest';
import { leanSvg, svgForPage, withoutNodeIds } from '../../src/render/lean-svg.ts';

// The shape of Mermaid's flowchart SVG after render-in-page's post-processing, cut down.
const SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" id="d" width="101" viewBox="4 4 100.15625 50" role="img" aria-describedby="d-chart-desc-d" aria-labelledby="d-chart-title-d">',
  '<title id="d-chart-title-d">T &amp; E</title><desc id="d-chart-desc-d">A &lt; B — C</desc>',
  '<g><marker id="d_flowchart-v2-pointEnd" class="marker flowchart-v2" refX="5"><path d="M 0 0 L 10 5 z"/></marker>',
  '<marker id="d_flowchart-v2-circleEnd" class="marker flowchart-v2"><circle r="5"/></marker>',
  '<g class="root"><g class="clusters"><g class="cluster layout-row" id="d-row" data-look="classic"><rect x="12.000001" y="1.25" width="674.15625" height="10"/>',
  '<g class="cluster-label" transform="translate(349.078125, 658)"><foreignObject width="0" height="0"><div xmlns="http://www.w3.org/1999/xhtml" class="fg-label"><span class="nodeLabel"></span></div></foreignObject></g></g></g>',
  '<g class="edgePaths"><path d="M458.47812500000003,114L458.4,134" id="d-L_a_b_0" class="flowchart-link edge-pattern-solid flowchart-link" data-points="W3s=" data-id="L_a_b_0" marker-end="url(#d_flowchart-v2-pointEnd)"/><path d="M1,2L3,4" class="edge-thickness-invisible edge-pattern-solid"/></g>',
  '<g class="nodes"><g class="node default" id="d-flowchart-a-0" data-look="classic" transform="translate(-0.04, 2)"><rect class="basic label-container" width="120.01" height="24"/>',
  '<g class="label"><rect/><foreignObject width="120.01" height="24"><div xmlns="http://www.w3.org/1999/xhtml" class="fg-label"><span class="nodeLabel"><p>Data&amp;more<br/>v1.25</p></span></div></foreignObject></g></g></g></g></g>',
  '<defs><filter id="d-drop-shadow"><feDropShadow dx="4"/></filter></defs>',
  '</svg>',
].join('');

describe('leanSvg', () => {
  const lean = leanSvg(SVG);

  test('keeps the arrowhead an edge points at, under a short id, and drops the others and unused filters', () => {
    expect(lean).toContain('<marker id="d-pointEnd"');
    expect(lean).toContain('marker-end="url(#d-pointEnd)"');
    expect(lean).not.toContain('circleEnd');
    expect(lean).not.toMatch(/<filter|<defs/);
  });

  test('keeps the accessible name and description, their references renamed with them, and the text byte for byte', () => {
    expect(lean).toContain('aria-labelledby="d-title"');
    expect(lean).toContain('aria-describedby="d-desc"');
    expect(lean).toContain('<title id="d-title">T &amp; E</title>');
    expect(lean).toContain('<desc id="d-desc">A &lt; B — C</desc>');
    expect(lean).toContain('<span class="nodeLabel">Data&amp;more<br/>v1.25</span>');
  });

  test('puts a label\'s text in its span, where HTML allows no paragraph; two paragraphs stay two lines', () => {
    expect(lean).not.toContain('<p>');
    const two = leanSvg(SVG.replace('<p>Data&amp;more<br/>v1.25</p>', '<p>One</p><p><b>Two</b></p>'));
    expect(two).toContain('<span class="nodeLabel">One<br/><b>Two</b></span>');
  });

  test('keeps the root, node and subgraph ids, drops ids nothing refers to and Mermaid\'s data-* attributes', () => {
    expect(lean).toMatch(/^<svg[^>]* id="d"/);
    expect(lean).toContain('id="d-flowchart-a-0"');
    // svgWithNodeLinks finds a subgraph by its id to link its title; withoutNodeIds drops it after.
    expect(lean).toContain('<g class="cluster layout-row" id="d-row">');
    expect(lean).not.toContain('d-L_a_b_0');
    expect(lean).not.toMatch(/data-(look|points|id)=/);
  });

  test('rounds positions to a tenth of a pixel, rounds sizes up, and writes each class once', () => {
    expect(lean).toContain('viewBox="4 4 100.2 50"');
    expect(lean).toContain('d="M458.5,114L458.4,134"');
    expect(lean).toContain('x="12" y="1.3" width="674.2"');
    expect(lean).toContain('transform="translate(0, 2)"');
    expect(lean).toContain('<foreignObject width="120.1" height="24">');
    expect(lean).toContain('class="flowchart-link edge-pattern-solid"');
  });

  test('drops labels without text and the size-less rects behind labels', () => {
    expect(lean).not.toContain('cluster-label');
    expect(lean).not.toContain('<rect/>');
    expect(lean).toContain('<g class="label"><foreignObject');
  });

  test('drops the invisible links that only shape the layout, and keeps the drawn edges', () => {
    expect(lean).not.toContain('edge-thickness-invisible');
    expect(lean).toContain('class="flowchart-link edge-pattern-solid"');
  });

  test('withoutNodeIds drops the node and subgraph ids kept for the links, and nothing else', () => {
    const page = withoutNodeIds(lean);
    expect(page).not.toContain('d-flowchart-a-0');
    expect(page).not.toContain('d-row');
    expect(page).toContain('<g class="node default" transform=');
    expect(page).toMatch(/^<svg[^>]* id="d"/);
    expect(page).toContain('<marker id="d-pointEnd"');
  });
});

describe('svgForPage', () => {
  test("drops the node ids and the labels' XHTML namespace, which only an SVG file needs, and nothing else", () => {
    const file = leanSvg(SVG);
    const inline = svgForPage(file);
    expect(file).toContain('<div xmlns="http://www.w3.org/1999/xhtml" class="fg-label">');
    expect(inline).not.toContain('xmlns="http://www.w3.org/1999/xhtml"');
    expect(inline).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(inline).toBe(withoutNodeIds(file).replaceAll(' xmlns="http://www.w3.org/1999/xhtml"', ''));
  });
});
