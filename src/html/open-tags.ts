import { Parser } from 'htmlparser2';

/** One start tag of a page, as written, with where it sits in the source and inside what. */
export interface OpenTag {
  /** Lower-case element name. */
  name: string;
  /** Attribute values, entities decoded (as a browser reads them). */
  attributes: Readonly<Record<string, string>>;
  /** Offsets of the tag in the source: `html.slice(start, end)` is `<name …>`. */
  start: number;
  end: number;
  /** The open elements around it, outermost first. */
  parents: readonly { name: string; classes: readonly string[] }[];
}

/** Every start tag of a page, in source order, with offsets: what the tests read of built pages (the pass over the pages reads them through page-document.ts). */
export function openTags(html: string): OpenTag[] {
  const tags: OpenTag[] = [];
  const open: { name: string; classes: readonly string[] }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes, start: parser.startIndex, end: parser.endIndex + 1, parents: [...open] });
        open.push({ name, classes: (attributes.class ?? '').split(/\s+/).filter(Boolean) });
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return tags;
}

/** The offset just after the page's `<!doctype …>`, or 0 when it has none. */
export function afterDoctype(html: string): number {
  let end = 0;
  const parser = new Parser({
    onprocessinginstruction(name) {
      if (name.toLowerCase() === '!doctype' && end === 0) end = parser.endIndex + 1;
    },
  });
  parser.end(html);
  return end;
}

/** Whether an element sits inside one with this class. */
export function isInside(tag: OpenTag, className: string): boolean {
  return tag.parents.some((p) => p.classes.includes(className));
}

/** The source of each element whose start tag passes `test`, from `<name …>` to its end tag (outermost matches only). */
export function elementsWhere(html: string, test: (tag: OpenTag) => boolean): string[] {
  const found: string[] = [];
  const open: { name: string; classes: readonly string[] }[] = [];
  let match: { start: number; depth: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag: OpenTag = { name, attributes, start: parser.startIndex, end: parser.endIndex + 1, parents: [...open] };
        if (!match && test(tag)) match = { start: tag.start, depth: open.length };
        open.push({ name, classes: (attributes.class ?? '').split(/\s+/).filter(Boolean) });
      },
      onclosetag() {
        open.pop();
        if (match && open.length === match.depth) {
          found.push(html.slice(match.start, parser.endIndex + 1));
          match = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** Whether an element carries this class. */
export function hasClass(tag: OpenTag, className: string): boolean {
  return (tag.attributes.class ?? '').split(/\s+/).includes(className);
}
