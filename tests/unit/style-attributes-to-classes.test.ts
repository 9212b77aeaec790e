import { describe, expect, test } from 'vitest';
import { openTags } from '../../src/html/open-tags.ts';
import { htmlToInlineSources } from '../../src/security/inline-sources.ts';
import { htmlWithStyleClasses, TOKEN_RULES, TOKEN_SELECTOR } from '../../src/security/style-attributes-to-classes.ts';

const PAGE = [
  '<!doctype html><html><head><meta charset="utf-8">',
  '<template><svg class="light" style="--sl-icon-size: 1em;"></svg></template>',
  '</head><body>',
  '<span style="--0:#D9F5DD;--1:#111111">a</span><span style="--0:#D9F5DD;--1:#111111">b</span>',
  '<div class="ec-line"><div class="code" style="--ecIndent:4ch"><span style="--0:#D9F5DD;--1:#111111">c</span></div></div>',
  '<p style="display: none;">d</p><i style="--x: </style><b>">e</i>',
  '</body></html>',
].join('');

describe('htmlWithStyleClasses', () => {
  const html = htmlWithStyleClasses(PAGE);
  const tags = openTags(html);

  test('gives each distinct custom-property value one class and one rule in a <style> at the end of <head>', () => {
    expect(htmlToInlineSources(html).styles).toEqual([
      `.v0{--sl-icon-size: 1em;}.v1{--0:#D9F5DD;--1:#111111}.v2{--ecIndent:4ch}.k0{--0:#D9F5DD;--1:#111111}${TOKEN_RULES.join('')}`,
    ]);
    expect(tags.filter((t) => t.name === 'span').map((t) => t.attributes.class)).toEqual(['v1', 'v1', 'k0']);
    expect(tags.find((t) => t.name === 'svg')?.attributes.class).toBe('light v0');
    expect(tags.find((t) => t.attributes.class?.startsWith('code'))?.attributes.class).toBe('code v2');
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
  });

  test('gives code tokens classes of their own, with the rules that colour them by class', () => {
    expect(TOKEN_RULES.join('')).toContain(`.expressive-code .ec-line ${TOKEN_SELECTOR}`);
    expect(TOKEN_SELECTOR).toBe(":where(span[class^='k'])");
  });

  test('leaves other style attributes, and values that could end the rule, where they are', () => {
    expect(htmlToInlineSources(html).styleAttributes).toEqual(['display: none;', '--x: </style><b>']);
  });

  test('adds no token rules to a page without code tokens', () => {
    const page = htmlWithStyleClasses(PAGE.replace('<div class="ec-line">', '<div>'));
    expect(htmlToInlineSources(page).styles[0]).not.toContain('@layer');
  });

  test('leaves a page that already uses its class names as it is', () => {
    for (const used of ['v3', 'k3']) {
      const page = PAGE.replace('<body>', `<body class="${used}">`);
      expect(htmlWithStyleClasses(page)).toBe(page);
    }
  });
});
