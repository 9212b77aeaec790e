import { PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS, patternHref, pipelineTypeHref, stageHref, toolHref, type Model } from '../model/index.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { classesOf, newElement, pageToHtml, parsePage, type PageDocument, type PageElement, type PageNode, type PageText } from '../html/page-document.ts';

/** A name a reader may meet in prose, and the page it stands for. */
export interface EntityName {
  /** As the model spells it (a variant: see `entityNames`). */
  name: string;
  /** Root-relative page of the entity. */
  href: string;
  kind: 'stage' | 'pipeline type' | 'tool' | 'pattern';
}

/**
 * Every name of a stage, pipeline type, tool and pattern that prose links on its first mention,
 * from the model. Matched case-sensitively, as the model spells them, with two derived variants:
 * stage and pipeline type names, which the model writes in sentence case ("Data validation"), also
 * match with a lower-case first letter mid-sentence ("before data validation"); a tool name with
 * a parenthesis ("TFX (TensorFlow Extended)") also matches without it. Pattern names that are one
 * ordinary word ("Transform", "Cascade", "Checkpoints", "Embeddings") are left out: in prose they
 * are far more often the word than the pattern, and their pages are linked from the catalogue.
 */
export function entityNames(model: Pick<Model, 'stages' | 'pipelineTypes' | 'tools' | 'patterns'>): EntityName[] {
  const sentenceCase = (name: string) => [name, name.charAt(0).toLowerCase() + name.slice(1)];
  return [
    ...STAGE_IDS.flatMap((id) => sentenceCase(model.stages[id].name).map((name) => ({ name, href: stageHref(id), kind: 'stage' as const }))),
    ...PIPELINE_TYPE_IDS.flatMap((id) =>
      sentenceCase(model.pipelineTypes[id].name).map((name) => ({ name, href: pipelineTypeHref(id), kind: 'pipeline type' as const })),
    ),
    ...TOOL_IDS.flatMap((id) => {
      const name = model.tools[id].name;
      const short = name.replace(/\s*\([^)]*\)\s*$/, '');
      return [...new Set([name, short])].map((n) => ({ name: n, href: toolHref(id), kind: 'tool' as const }));
    }),
    ...PATTERN_IDS.filter((id) => /\s/.test(model.patterns[id].name)).map((id) => ({ name: model.patterns[id].name, href: patternHref(id), kind: 'pattern' as const })),
  ];
}

/** The first mention in prose of one entity on a page, and whether it is (or follows) a link to the entity's page. */
export interface FirstMention {
  entity: EntityName;
  /** The text that holds the name, and the name's offsets in it, as written. */
  text: PageText;
  start: number;
  end: number;
  linked: boolean;
}

/** Elements whose text is not prose: headings, code, links, pictures, controls, quotations, navigation. */
const NOT_PROSE = new Set([
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'figure', 'blockquote', 'q', 'cite',
  'button', 'select', 'option', 'label', 'summary', 'th', 'caption', 'nav', 'title', 'textarea', 'template', 'dt',
]);
/** Containers of the page's prose; the sidebar, header and footer are outside them. */
const CONTENT_CLASS = 'sl-markdown-content';
/** The opt-out: an element carrying it (`<span data-no-autolink>`) keeps its text unlinked. */
export const NO_AUTOLINK_ATTRIBUTE = 'data-no-autolink';

function namePattern(names: readonly EntityName[]): RegExp {
  const escaped = [...names]
    .sort((a, b) => b.name.length - a.name.length)
    .map((n) =>
      escapeHtml(n.name)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/&amp;/g, '(?:&amp;|&#38;|&)')
        .replace(/ +/g, '\\s+'),
    );
  return new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?![\\w-])`, 'g');
}

/** Whitespace-normalised, entity-decoded text of a match, to find its entity. */
function plain(text: string): string {
  return text.replace(/&amp;|&#38;/g, '&').replace(/\s+/g, ' ');
}

/**
 * The first prose mention of each entity on a page, in document order. Prose is text inside the
 * page's Markdown content, outside headings, code, links, diagrams, table headers, quotations,
 * controls and `data-no-autolink`. An entity counts as linked when a link to its page comes
 * first (in the content, anywhere: a table cell, a heading) or wraps the mention; the page's own
 * entity is left out.
 */
export function firstMentions(document: PageDocument, pathname: string, names: readonly EntityName[]): FirstMention[] {
  return mentionsWithPlace(document, pathname, names).map((m) => m.mention);
}

/** `firstMentions`, each with the list of nodes that holds its text, for the link to take its place in. */
function mentionsWithPlace(document: PageDocument, pathname: string, names: readonly EntityName[]): { mention: FirstMention; siblings: PageNode[] }[] {
  const candidates = names.filter((n) => n.href !== pathname);
  if (candidates.length === 0) return [];
  const byName = new Map(candidates.map((n) => [n.name, n]));
  const pattern = namePattern(candidates);
  const found = new Map<string, { mention: FirstMention; siblings: PageNode[] }>();
  const linkedHrefs = new Set<string>();
  const isExcluded = (e: PageElement, classes: readonly string[]) =>
    NOT_PROSE.has(e.name) || NO_AUTOLINK_ATTRIBUTE in e.attributes || classes.includes('page-sources') || classes.includes('sl-anchor-link');
  // In document order, knowing whether the text sits in the content and outside what is not prose.
  const visit = (nodes: PageNode[], content: boolean, excluded: boolean) => {
    for (const node of nodes) {
      if (node.kind === 'element') {
        const classes = classesOf(node);
        const inContent = content || classes.includes(CONTENT_CLASS);
        if (inContent && node.name === 'a' && node.attributes.href) linkedHrefs.add(node.attributes.href.replace(/#.*$/, ''));
        visit(node.children, inContent, excluded || isExcluded(node, classes));
      } else if (node.kind === 'text' && content && !excluded) {
        for (const m of node.text.matchAll(pattern)) {
          const entity = byName.get(plain(m[0]));
          if (!entity || found.has(entity.href)) continue;
          found.set(entity.href, { mention: { entity, text: node, start: m.index, end: m.index + m[0].length, linked: linkedHrefs.has(entity.href) }, siblings: nodes });
        }
      }
    }
  };
  visit(document.children, false, false);
  return [...found.values()];
}

/** Wraps the first prose mention of each entity that is not yet linked in a link to its page; says how many it linked. */
export function linkFirstMentions(document: PageDocument, pathname: string, names: readonly EntityName[]): number {
  const unlinked = mentionsWithPlace(document, pathname, names).filter(({ mention }) => !mention.linked);
  // From the end of each text, so earlier offsets stay valid.
  for (const { mention: m, siblings } of [...unlinked].reverse()) {
    const name = m.text.text.slice(m.start, m.end);
    const after: PageText = { kind: 'text', text: m.text.text.slice(m.end) };
    const link = newElement('a', { href: m.entity.href }, `<a href="${escapeHtml(m.entity.href)}">`, '</a>', [{ kind: 'text', text: name }]);
    const rest = after.text === '' ? [] : [after];
    const at = siblings.indexOf(m.text);
    m.text.text = m.text.text.slice(0, m.start);
    // A mention at the start of its text takes the text's place; no empty text is left behind.
    if (m.text.text === '') siblings.splice(at, 1, link, ...rest);
    else siblings.splice(at + 1, 0, link, ...rest);
  }
  return unlinked.length;
}

/** The page's HTML with its first mentions linked (`linkFirstMentions`), and how many it linked. */
export function htmlWithFirstMentionsLinked(html: string, pathname: string, names: readonly EntityName[]): { html: string; linked: number } {
  const document = parsePage(html);
  const linked = linkFirstMentions(document, pathname, names);
  return { html: pageToHtml(document), linked };
}
