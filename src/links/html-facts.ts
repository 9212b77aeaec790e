import { Parser } from 'htmlparser2';

/** One reference from a page to a URL: where it was found, for error messages. */
export interface PageLink {
  /** The attribute's value, as written. */
  url: string;
  /** e.g. `a[href]`, `meta[og:image]`. */
  where: string;
}

/** What the link checker and the URL manifest need to know about one built page. */
export interface PageFacts {
  /** Every id on the page: the targets a #fragment may name. */
  ids: Set<string>;
  /** The ids worth keeping forever: headings in the content, diagrams, stage/type/pattern/tool anchors. */
  anchors: string[];
  links: PageLink[];
  /** A page written for a moved URL (robots noindex and a redirect target). */
  redirectTo: string | undefined;
}

const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  use: ['href', 'xlink:href'],
};

/** Meta tags whose content is a URL a link preview will fetch. */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image']);

/** Ids under these prefixes are model anchors (src/model/queries/urls.ts and the diagrams): always part of the manifest. */
const ENTITY_ANCHOR = /^(stage|type|pattern|tool|diagram)-/;
/** Ids inside an inline SVG are the drawing's internals (markers, edges), not places to link to. */
const SVG_ROOT = 'svg';
const HEADING = /^h[2-6]$/;

/** Reads one built HTML page: its ids, its permanent anchors and every URL it references. */
export function htmlToPageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), anchors: [], links: [], redirectTo: undefined };
  const stack: { content: boolean; svg: boolean }[] = [];
  let inContent = 0;
  let inSvg = 0;
  let noindex = false;
  let refreshOrScriptTarget: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const isContent = (attribs.class ?? '').split(/\s+/).includes('sl-markdown-content');
        const isSvg = name === SVG_ROOT;
        stack.push({ content: isContent, svg: isSvg });
        if (isContent) inContent += 1;
        const id = attribs.id;
        if (id) {
          facts.ids.add(id);
          const permanent = ENTITY_ANCHOR.test(id) || (inContent > 0 && HEADING.test(name));
          if (permanent && inSvg === 0 && !isSvg) facts.anchors.push(id);
        }
        if (isSvg) inSvg += 1;
        if (name === 'a' && attribs.name) facts.ids.add(attribs.name);
        for (const attr of URL_ATTRIBUTES[name] ?? []) {
          const value = attribs[attr];
          if (value !== undefined) facts.links.push({ url: value, where: `${name}[${attr}]` });
        }
        if (name === 'meta') {
          const key = attribs.property ?? attribs.name ?? '';
          if (URL_METAS.has(key) && attribs.content) facts.links.push({ url: attribs.content, where: `meta[${key}]` });
          if (key === 'robots' && /noindex/.test(attribs.content ?? '')) noindex = true;
          const refresh = /^\s*\d+\s*;\s*url=(.+)$/i.exec(attribs.content ?? '');
          if ((attribs['http-equiv'] ?? '').toLowerCase() === 'refresh' && refresh) refreshOrScriptTarget = refresh[1];
        }
        if (name === 'script' && attribs['data-redirect-to']) refreshOrScriptTarget = attribs['data-redirect-to'];
      },
      onclosetag() {
        const closed = stack.pop();
        if (closed?.content) inContent -= 1;
        if (closed?.svg) inSvg -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  facts.redirectTo = noindex ? refreshOrScriptTarget : undefined;
  facts.anchors = [...new Set(facts.anchors)];
  return facts;
}
