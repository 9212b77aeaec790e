import { eachElement, htmlAfter, newElement, type PageDocument, type PageElement, type PageNode } from '../html/page-document.ts';
import { cspHash, pageInlineSources } from './inline-sources.ts';

const httpEquiv = (element: PageElement, value: string) => element.name === 'meta' && (element.attributes['http-equiv'] ?? '').toLowerCase() === value;
// script-src 'self': the redirect pages keep the #fragment with one external script, /_links/redirect.js.
const REDIRECT_POLICY = "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'";

/** A policy as an ordered list of directives, each a name and its sources. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    // The first occurrence of a directive wins in browsers; later ones are ignored, so drop them too.
    if (!policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function policyToString(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function addSources(policy: Policy, name: string, sources: readonly string[]): void {
  // An empty directive (`style-src;`) is invalid: with nothing to add, the default applies.
  if (sources.length === 0 && !policy.has(name)) return;
  const merged = new Set(policy.get(name) ?? []);
  for (const source of sources) merged.add(source);
  policy.set(name, [...merged]);
}

function dropHashes(policy: Policy, name: string): void {
  const sources = policy.get(name);
  if (sources) policy.set(name, sources.filter((source) => !/^'sha(256|384|512)-/.test(source)));
}

export class MissingCspMetaError extends Error {
  constructor(file: string) {
    super(`${file}: no <meta http-equiv="content-security-policy"> to complete. Is security.csp on in astro.config.mjs?`);
    this.name = 'MissingCspMetaError';
  }
}

/**
 * Completes the page's CSP <meta>: a hash for every inline script and <style> on the page and for
 * nothing else (Astro hashes only its own, but those of every page), and `style-src-attr` listing the
 * exact `style="…"` values the page ships ('unsafe-hashes' allows those values and nothing else).
 * The <meta> moves to the top of <head>: a policy only governs what comes after it. The hashes are
 * of the page's inline code as it now stands, so this step comes last.
 */
export function completePolicy(document: PageDocument, file: string): void {
  // What the policy step looks for, each with the list that holds it.
  let meta: { node: PageElement; siblings: PageNode[] } | undefined;
  let charset: { node: PageElement; siblings: PageNode[] } | undefined;
  let head: PageElement | undefined;
  let isRedirect = false;
  eachElement(document, (node, siblings) => {
    if (!meta && httpEquiv(node, 'content-security-policy')) meta = { node, siblings };
    if (!charset && node.name === 'meta' && node.attributes.charset !== undefined) charset = { node, siblings };
    if (!head && node.name === 'head') head = node;
    // Astro writes redirect pages (`redirects` in astro.config.mjs) without a policy; they only
    // need to navigate, so they get the strictest one, plus hashes for any script they carry.
    if (httpEquiv(node, 'refresh')) isRedirect = true;
  });
  if (!meta && !isRedirect) throw new MissingCspMetaError(file);
  const policy = parsePolicy(meta ? (meta.node.attributes.content ?? '') : REDIRECT_POLICY);
  const inline = pageInlineSources(document);
  // Astro's policy hashes every inline script and style of the whole site on every page; a hash
  // allows only inline text with exactly that digest (no script here carries `integrity`), so a
  // page keeps the hashes of its own inline code. Each hash is 50 bytes gzip cannot shrink.
  dropHashes(policy, 'script-src');
  dropHashes(policy, 'style-src');
  addSources(policy, 'script-src', inline.scripts.map(cspHash));
  addSources(policy, 'style-src', inline.styles.map(cspHash));
  const attributeHashes = [...new Set(inline.styleAttributes.map(cspHash))];
  policy.set('style-src-attr', attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : ["'none'"]);
  const content = policyToString(policy);
  const tag = newElement('meta', { 'http-equiv': 'content-security-policy', content }, `<meta http-equiv="content-security-policy" content="${content}">`, '');
  // Right after <meta charset> (which must stay first), else at the top of <head>; redirect pages
  // have no <head> tag, so there the policy goes first, right after the doctype.
  if (meta) meta.siblings.splice(meta.siblings.indexOf(meta.node), 1);
  if (charset) charset.siblings.splice(charset.siblings.indexOf(charset.node) + 1, 0, tag);
  else if (head) head.children.unshift(tag);
  else {
    const doctype = document.children.findIndex((n) => n.kind === 'other' && /^<!doctype/i.test(n.source));
    document.children.splice(doctype + 1, 0, tag);
  }
}

/** `completePolicy` on a page's HTML. */
export function htmlWithCompletePolicy(html: string, file: string): string {
  return htmlAfter(html, (document) => completePolicy(document, file));
}
