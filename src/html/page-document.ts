import { Parser } from 'htmlparser2';

/** An element of a parsed page, with its tags as written so that an untouched page serializes to its own text. */
export interface PageElement {
  kind: 'element';
  /** Lower-case element name (SVG's camel-case names as htmlparser2 adjusts them: `foreignObject`). */
  name: string;
  /** Attribute values, entities decoded (as a browser reads them). A step that changes one rewrites `startTag` too. */
  attributes: Record<string, string>;
  /** The start tag as written (`<a href="/x/">`). */
  startTag: string;
  /** The end tag as written, or '' where there is none (void elements, end tags the parser implied). */
  endTag: string;
  children: PageNode[];
}

/** Text as written: entities are not decoded, so it serializes to the same bytes. */
export interface PageText {
  kind: 'text';
  text: string;
}

/** A comment, a doctype or another declaration, as written. */
export interface PageOther {
  kind: 'other';
  source: string;
}

export type PageNode = PageElement | PageText | PageOther;

/** A parsed page: its top-level nodes. */
export interface PageDocument {
  children: PageNode[];
}

/**
 * Parses a page once into a tree whose every node keeps its source: `pageToHtml(parsePage(html))`
 * is `html`, byte for byte. The tree is htmlparser2's (the parser the build and tests share, with
 * its implied end tags); text between tags is kept as written, attribute values are decoded.
 */
export function parsePage(html: string): PageDocument {
  const document: PageDocument = { children: [] };
  const open: PageElement[] = [];
  const into = () => (open.at(-1) ?? document).children;
  // Where the source not yet in the tree starts: text is what lies between the tags.
  let cursor = 0;
  const textUpTo = (end: number) => {
    if (end <= cursor) return;
    const children = into();
    const last = children.at(-1);
    const text = html.slice(cursor, end);
    if (last?.kind === 'text') last.text += text;
    else children.push({ kind: 'text', text });
    cursor = end;
  };
  // The source from the cursor to the end of the current token (empty when a token was implied and has no source).
  const take = (end: number) => {
    const source = end > cursor ? html.slice(cursor, end) : '';
    cursor = Math.max(cursor, end);
    return source;
  };
  // A tag ends at its `>`; htmlparser2 reports the end of an end tag's name (`</style ` in `</style >`).
  const tagEnd = (index: number) => {
    const gt = html.indexOf('>', index);
    return gt < 0 ? html.length : gt + 1;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        textUpTo(parser.startIndex);
        const element: PageElement = { kind: 'element', name, attributes, startTag: take(tagEnd(parser.endIndex)), endTag: '', children: [] };
        into().push(element);
        open.push(element);
      },
      onclosetag(_name, implied) {
        textUpTo(parser.startIndex);
        const element = open.pop();
        if (element && !implied) element.endTag = take(tagEnd(parser.endIndex));
      },
      oncomment() {
        textUpTo(parser.startIndex);
        into().push({ kind: 'other', source: take(parser.endIndex + 1) });
      },
      onprocessinginstruction() {
        textUpTo(parser.startIndex);
        into().push({ kind: 'other', source: take(parser.endIndex + 1) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  textUpTo(html.length);
  return document;
}

/** The page's HTML (or one node's): every node as written, or as the steps rewrote it. */
export function pageToHtml(document: PageDocument | PageNode): string {
  const out: string[] = [];
  const write = (node: PageNode) => {
    if (node.kind === 'text') out.push(node.text);
    else if (node.kind === 'other') out.push(node.source);
    else {
      out.push(node.startTag);
      for (const child of node.children) write(child);
      out.push(node.endTag);
    }
  };
  if ('kind' in document) write(document);
  else for (const child of document.children) write(child);
  return out.join('');
}

/** A step that rewrites a parsed page, run on a page's HTML: parsed, rewritten, serialized (where a caller has text, as the steps' tests do). */
export function htmlAfter(html: string, step: (document: PageDocument) => void): string {
  const document = parsePage(html);
  step(document);
  return pageToHtml(document);
}

/** A new element, written as `startTag`, `children`, `endTag`. */
export function newElement(name: string, attributes: Record<string, string>, startTag: string, endTag: string, children: PageNode[] = []): PageElement {
  return { kind: 'element', name, attributes, startTag, endTag, children };
}

/**
 * Calls `visit` on every element of the page in source order, with the list that holds it (its
 * parent's children, or the page's top level) and its parents, outermost first. `parents` is the
 * walk's own stack, valid during the call: copy it to keep it.
 */
export function eachElement(document: PageDocument, visit: (element: PageElement, siblings: PageNode[], parents: readonly PageElement[]) => void): void {
  const parents: PageElement[] = [];
  const walk = (nodes: PageNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'element') continue;
      visit(node, nodes, parents);
      parents.push(node);
      walk(node.children);
      parents.pop();
    }
  };
  walk(document.children);
}

/** The page's tokens in source order: each element opens, holds its children and closes; text and other nodes stand alone. */
export type PageToken = { kind: 'open' | 'close'; element: PageElement } | { kind: 'text'; node: PageText } | { kind: 'other'; node: PageOther };

export function pageTokens(document: PageDocument): PageToken[] {
  const tokens: PageToken[] = [];
  const visit = (nodes: readonly PageNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'element') {
        tokens.push({ kind: 'open', element: node });
        visit(node.children);
        tokens.push({ kind: 'close', element: node });
      } else if (node.kind === 'text') tokens.push({ kind: 'text', node });
      else tokens.push({ kind: 'other', node });
    }
  };
  visit(document.children);
  return tokens;
}

/** The text an element holds, as written (a script's or style's code). */
export function elementText(element: PageElement): string {
  return element.children.map((child) => pageToHtml(child)).join('');
}

/** The class names an element carries. */
export function classesOf(element: PageElement): string[] {
  return (element.attributes.class ?? '').split(/\s+/).filter(Boolean);
}
