import { describe, expect, test } from 'vitest';
import { htmlToInlineSources } from '../../src/security/inline-sources.ts';
import { htmlWithOneHeadStyle } from '../../src/security/one-head-style.ts';

const head = (inner: string) => `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css">${inner}</head><body><style>.body{}</style><p>x</p></body></html>`;

describe('htmlWithOneHeadStyle', () => {
  test('joins the head’s style elements, in order, where the last one stood', () => {
    const html = htmlWithOneHeadStyle(head('<style>.a{color:red}</style><script>x()</script><template><svg></svg></template><style>.b{}</style><STYLE>.c{}</STYLE >'));
    expect(htmlToInlineSources(html).styles).toEqual(['.a{color:red}.b{}.c{}', '.body{}']);
    expect(html).toContain('<script>x()</script><template><svg></svg></template><style>.a{color:red}.b{}.c{}</style></head>');
  });

  test('leaves the page as it is when a stylesheet sits between two of them, or one has a media attribute', () => {
    for (const page of [
      head('<style>.a{}</style><link rel="preload stylesheet" href="/b.css"><style>.b{}</style>'),
      head('<style>.a{}</style><style media="print">.b{}</style>'),
    ]) {
      expect(htmlWithOneHeadStyle(page)).toBe(page);
    }
  });

  test('leaves a page with one style element or none as it is', () => {
    for (const page of [head(''), head('<style>.a{}</style>')]) expect(htmlWithOneHeadStyle(page)).toBe(page);
  });
});
