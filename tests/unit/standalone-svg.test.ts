import { describe, expect, test } from 'vitest';
import { cssWithLiteralColours, PALETTES, svgSize, svgToStandalone } from '../../src/render/standalone-svg.ts';

const svg = '<svg id="d" width="640" height="120" viewBox="4 4 640 120" class="field-guide-diagram"><title>T</title><desc>D</desc><g/></svg>';

describe('svgToStandalone', () => {
  test('embeds the diagram stylesheet with literal colours, in a file with the SVG namespace', () => {
    const file = svgToStandalone(svg, 'light', '.field-guide-diagram text { fill: var(--d-fg); }');
    expect(file).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="d"/);
    expect(file).toContain(`.field-guide-diagram text { fill: ${PALETTES.light.fg}; }`);
    expect(file).not.toContain('var(');
  });

  test('draws the theme background as a rect over the viewBox, after the title and description', () => {
    const dark = svgToStandalone(svg, 'dark', '');
    expect(dark).toContain(`<title>T</title><desc>D</desc><rect class="download-background" x="4" y="4" width="640" height="120" fill="${PALETTES.dark.bg}"/><g/>`);
  });

  test('uses the real stylesheet with no variable left, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const file = svgToStandalone(svg, theme);
      expect(file).not.toMatch(/var\(--/);
      expect(file).toContain(`fill: ${PALETTES[theme].node};`);
      // The page's figure and layout rules stay on the site.
      expect(file).not.toContain('.diagram-canvas');
    }
  });

  test('keeps a CDATA terminator in the CSS from closing the style early', () => {
    expect(svgToStandalone(svg, 'light', '.field-guide-diagram { content: "]]>"; }')).toContain(']]]]><![CDATA[>');
  });

  test('refuses text that is not an SVG', () => {
    expect(() => svgToStandalone('<html></html>', 'light', '')).toThrow(/Not an SVG/);
  });
});

describe('cssWithLiteralColours', () => {
  test('names a diagram variable the palette has no colour for', () => {
    expect(() => cssWithLiteralColours('.field-guide-diagram { fill: var(--d-glow); }', PALETTES.light)).toThrow(/var\(--d-glow\)/);
  });

  test('takes the fallback of a theme variable, and refuses one without', () => {
    expect(cssWithLiteralColours('.field-guide-diagram { color: var(--sl-x, #123456); }', PALETTES.light)).toContain('color: #123456;');
    expect(() => cssWithLiteralColours('.field-guide-diagram { color: var(--sl-x); }', PALETTES.light)).toThrow(/var\(--sl-x\)/);
  });
});

describe('svgSize', () => {
  test('reads the width and height Mermaid laid the diagram out at', () => {
    expect(svgSize(svg)).toEqual({ width: 640, height: 120 });
  });
});
