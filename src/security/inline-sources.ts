import { createHash } from 'node:crypto';

/** What a page's Content-Security-Policy must allow by hash: its inline code and styles. */
export interface InlineSources {
  /** Text of every inline script the browser would run. */
  scripts: string[];
  /** Text of every `<style>` element. */
  styles: string[];
  /** Value of every `style="…"` attribute, entities decoded (what the browser hashes). */
  styleAttributes: string[];
}

/** `'sha256-…'` as a CSP source expression for exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Raw-text elements end at the first matching end tag; nothing inside them is markup.
const RAW_TEXT = /<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>/gi;
const START_TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const HAS_SRC = /\ssrc\s*=/i;
// Types a browser executes; JSON-LD, import maps' data and templates are not scripts to hash.
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Every inline script, style element and style attribute in a built HTML page. */
export function htmlToInlineSources(html: string): InlineSources {
  const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, tag, attributes, text] of withoutComments.matchAll(RAW_TEXT)) {
    if (tag.toLowerCase() === 'style') {
      sources.styles.push(text);
    } else if (!HAS_SRC.test(attributes) && RUNNABLE_TYPES.has(firstGroup(attributes.match(TYPE_ATTRIBUTE)).trim().toLowerCase())) {
      sources.scripts.push(text);
    }
  }
  // Attributes are read with the raw-text elements blanked out: a script mentioning style="…" is not markup.
  const markup = withoutComments.replace(RAW_TEXT, (_m, tag: string, attributes: string) => `<${tag}${attributes}></${tag}>`);
  for (const [, attributes] of markup.matchAll(START_TAG)) {
    const style = attributes.match(STYLE_ATTRIBUTE);
    if (style) sources.styleAttributes.push(decodeEntities(firstGroup(style)));
  }
  return sources;
}

function firstGroup(match: RegExpMatchArray | null): string {
  if (!match) return '';
  return match[1] ?? match[2] ?? match[3] ?? '';
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
