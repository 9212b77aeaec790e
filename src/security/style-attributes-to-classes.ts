import { classesOf, eachElement, htmlAfter, newElement, type PageDocument, type PageElement } from '../html/page-document.ts';

/** Prefixes of the classes this step writes; a page that already uses one is left as it is. */
const CLASS_PREFIX = 'v';
/** Code tokens' classes: a class of its own, because a token's colour rule selects it by prefix. */
const TOKEN_PREFIX = 'k';
const OURS = new RegExp(`(?:^|\\s)[${CLASS_PREFIX}${TOKEN_PREFIX}]\\d+(?:\\s|$)`);

/**
 * Expressive Code colours a token with `span[style^='--']:not([class])`, reading `--0…` (dark)
 * and `--1…` (light) from the span's own style. These are the same rules for a token whose
 * custom properties moved into a class: same layer, selectors and declarations, the attribute
 * test swapped for the class prefix (tests/built checks them against Expressive Code's stylesheet).
 */
export const TOKEN_SELECTOR = `:where(span[class^='${TOKEN_PREFIX}'])`;
const themeColours = (n: 0 | 1) =>
  `{color:var(--${n}, inherit);background-color:var(--${n}bg, transparent);font-style:var(--${n}fs, inherit);font-weight:var(--${n}fw, inherit);text-decoration:var(--${n}td, inherit)}`;
const IN_LAYER = (rule: string) => `@layer starlight.components{${rule}}`;
export const TOKEN_RULES: readonly string[] = [
  IN_LAYER(`.expressive-code .ec-line ${TOKEN_SELECTOR},:root:not([data-theme='dark']) .expressive-code[data-theme='dark'] .ec-line ${TOKEN_SELECTOR}${themeColours(0)}`),
  IN_LAYER(`@media (prefers-color-scheme: light){:root:not([data-theme='dark']) .expressive-code .ec-line ${TOKEN_SELECTOR}${themeColours(1)}}`),
  IN_LAYER(`:root[data-theme='light'] .expressive-code:not([data-theme='dark']) .ec-line ${TOKEN_SELECTOR},.expressive-code[data-theme='light'] .ec-line ${TOKEN_SELECTOR}${themeColours(1)}`),
];

// `--name: value` declarations only, nothing that could end the rule or the <style> element.
const CUSTOM_PROPERTIES = /^\s*(?:--[\w-]+\s*:[^;{}<>\\]*;\s*)*--[\w-]+\s*:[^;{}<>\\]*;?\s*$/;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*')/gi;
const CLASS_ATTRIBUTE = /(\sclass\s*=\s*")([^"]*)(")/gi;

/** The tag with its style attribute replaced by `className`, or undefined when it is not written plainly. */
function tagWithClass(tag: string, className: string): string | undefined {
  const styles = [...tag.matchAll(STYLE_ATTRIBUTE)];
  const classes = [...tag.matchAll(CLASS_ATTRIBUTE)];
  if (styles.length !== 1 || classes.length > 1) return undefined;
  const withoutStyle = tag.replace(STYLE_ATTRIBUTE, '');
  if (classes.length === 0) return withoutStyle.replace(/^<[^\s/>]+/, (name) => `${name} class="${className}"`);
  return withoutStyle.replace(CLASS_ATTRIBUTE, (_, open: string, list: string, close: string) => `${open}${list} ${className}${close}`);
}

/**
 * Moves the page's `style="…"` attributes that only set custom properties (Expressive Code's
 * wrap indents, Starlight's `--depth` and `--sl-icon-size`, code tokens' colours) into
 * one `<style>` at the end of `<head>`, a short class per distinct value. The policy then hashes
 * one style element instead of every distinct attribute value (a 50-byte hash each). No stylesheet sets these properties, so an unlayered class rule gives each
 * element the value its attribute gave it. Other style attributes stay, hashed as before.
 */
export function styleAttributesToClasses(document: PageDocument): void {
  const classOf = new Map<string, string>();
  const tokenClassOf = new Map<string, string>();
  const edits: { element: PageElement; startTag: string; className: string }[] = [];
  let head: PageElement | undefined;
  let ours = false;
  eachElement(document, (element, _siblings, parents) => {
    if (OURS.test(element.attributes.class ?? '')) ours = true;
    if (!head && element.name === 'head' && element.endTag !== '') head = element;
    const style = element.attributes.style;
    if (style === undefined || !CUSTOM_PROPERTIES.test(style)) return;
    const isToken = element.name === 'span' && element.attributes.class === undefined && parents.some((p) => classesOf(p).includes('ec-line'));
    const classes = isToken ? tokenClassOf : classOf;
    const className = classes.get(style) ?? `${isToken ? TOKEN_PREFIX : CLASS_PREFIX}${classes.size}`;
    const startTag = tagWithClass(element.startTag, className);
    if (startTag === undefined) return;
    classes.set(style, className);
    edits.push({ element, startTag, className });
  });
  if (ours || !head) return;
  if (edits.length === 0) return;
  for (const { element, startTag, className } of edits) {
    element.startTag = startTag;
    const rest = Object.fromEntries(Object.entries(element.attributes).filter(([name]) => name !== 'style'));
    element.attributes = { ...rest, class: rest.class === undefined ? className : `${rest.class} ${className}` };
  }
  const rules =
    [...classOf, ...tokenClassOf].map(([style, className]) => `.${className}{${style.trim()}}`).join('') +
    (tokenClassOf.size > 0 ? TOKEN_RULES.join('') : '');
  // Starlight's theme icons sit in a <template> inside <head>: the <style> comes after it, last in <head>.
  head.children.push(newElement('style', {}, '<style>', '</style>', [{ kind: 'text', text: rules }]));
}

/** `styleAttributesToClasses` on a page's HTML. */
export function htmlWithStyleClasses(html: string): string {
  return htmlAfter(html, styleAttributesToClasses);
}
