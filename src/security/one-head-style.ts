import { eachElement, elementText, htmlAfter, newElement, type PageDocument, type PageElement, type PageNode } from '../html/page-document.ts';

/**
 * Joins every plain `<style>` in the page's `<head>` into one, where the last of them stood. Astro
 * writes one per component (six on /patterns/), and the policy hashes each: 45 bytes that do not
 * compress. Joined in order, with no stylesheet between them, the cascade is unchanged; when a
 * stylesheet link or a `<style media=…>` does sit between them, the page is left as it is.
 */
export function joinHeadStyles(document: PageDocument): void {
  const inHead: { node: PageElement; siblings: PageNode[] }[] = [];
  eachElement(document, (node, siblings, parents) => {
    if (parents.some((p) => p.name === 'head') && !parents.some((p) => p.name === 'template')) inHead.push({ node, siblings });
  });
  const styles = inHead.filter(({ node }) => node.name === 'style');
  if (styles.length < 2 || styles.some(({ node }) => Object.keys(node.attributes).length > 0)) return;
  const first = inHead.indexOf(styles[0]);
  const last = inHead.indexOf(styles.at(-1)!);
  const between = inHead.slice(first + 1, last);
  if (between.some(({ node }) => node.name === 'link' && (node.attributes.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))) return;

  const css = styles.map(({ node }) => elementText(node)).join('');
  for (const [i, { node, siblings }] of styles.entries()) {
    const at = siblings.indexOf(node);
    if (i < styles.length - 1) siblings.splice(at, 1);
    else siblings.splice(at, 1, newElement('style', {}, '<style>', '</style>', [{ kind: 'text', text: css }]));
  }
}

/** `joinHeadStyles` on a page's HTML. */
export function htmlWithOneHeadStyle(html: string): string {
  return htmlAfter(html, joinHeadStyles);
}
