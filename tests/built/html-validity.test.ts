import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFilesUnder } from '../../src/html/html-files.ts';
import { describeNuMessage, failures, IGNORED, isIgnored, nuCheck, type NuMessage } from '../support/nu-checker.ts';
import { builtSite } from './site.ts';

describe('the W3C Nu HTML Checker', () => {
  test('finds no error in any built page, outside named third-party patterns', async () => {
    await builtSite();
    const files = (await htmlFilesUnder('dist')).sort();
    expect(files.length).toBeGreaterThan(100);
    const messages = await nuCheck(files);
    // A file the checker could not read is a non-document-error, which fails like an error.
    const problems = failures(messages).map((m) => describeNuMessage(m, resolve('dist')));
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('the checker\'s exceptions', () => {
  const message = (text: string, extract: string): NuMessage => ({ type: 'error', message: text, extract });

  test('each names an owner outside this project and a reason', () => {
    for (const rule of IGNORED) {
      expect(rule.owner).not.toMatch(/field guide|our/i);
      expect(rule.reason.length).toBeGreaterThan(30);
    }
  });

  test('cover only their pattern: the same message around our own markup fails', () => {
    const ec = 'Element “div” not allowed as child of element “code” in this context. (Suppressing further errors from this subtree.)';
    expect(isIgnored(message(ec, 'v5"><code><div class="ec-line"><div c'))).toBe(true);
    expect(isIgnored(message(ec, '<code><div class="diagram"></div>'))).toBe(false);
    expect(isIgnored(message('CSS: “--”: Parse Error.', ';}.k0{--0:#C792EA;--1:#'))).toBe(true);
    expect(isIgnored(message('CSS: “color”: Parse Error.', '.x{color:red;;}'))).toBe(false);
    const details = 'Element “details” not allowed as child of element “figure” in this context.';
    expect(failures([message(details, '</figcaption><details class="diagram-snippets">')])).toHaveLength(1);
  });

  test('a failure names the page, the line and the message', () => {
    const failure: NuMessage = { type: 'error', url: `file:${resolve('dist/pipeline/index.html')}`, lastLine: 12, message: 'Element “p” not allowed as child of element “span” in this context.', extract: '<span><p>x' };
    expect(describeNuMessage(failure, resolve('dist'))).toBe('pipeline/index.html:12: Element “p” not allowed as child of element “span” in this context. (…<span><p>x…)');
  });
});
