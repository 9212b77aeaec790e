import { describe, expect, test } from 'vitest';
import { svgSize, svgToStandalone } from '../../src/render/standalone-svg.ts';

const svg = '<svg id="d" width="640" height="120" class="field-guide-diagram"><title>T</title><g/></svg>';

describe('svgToStandalone', () => {
  test('embeds the diagram stylesheet, on white, in a file with the SVG namespace', () => {
    const file = svgToStandalone(svg, '.field-guide-diagram text { fill: var(--d-fg); }');
    expect(file).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="d"/);
    expect(file).toContain('<style><![CDATA[\n.field-guide-diagram text { fill: var(--d-fg); }');
    expect(file).toContain('background: #fff;');
    expect(file.endsWith('<title>T</title><g/></svg>\n')).toBe(true);
  });

  test('uses the real stylesheet, whose colours fall back to the light theme outside the site', () => {
    const file = svgToStandalone(svg);
    expect(file).toContain('--d-fg: var(--sl-color-white, #17181c);');
    expect(file).toContain('--d-bg: var(--sl-color-black, #fff);');
  });

  test('keeps a CDATA terminator in the CSS from closing the style early', () => {
    expect(svgToStandalone(svg, '/* ]]> */')).toContain('/* ]]]]><![CDATA[> */');
  });

  test('refuses text that is not an SVG', () => {
    expect(() => svgToStandalone('<html></html>', '')).toThrow(/Not an SVG/);
  });
});

describe('svgSize', () => {
  test('reads the width and height Mermaid laid the diagram out at', () => {
    expect(svgSize(svg)).toEqual({ width: 640, height: 120 });
  });
});
