// Characters Mermaid would read as syntax inside a quoted label: the closing quote, markup,
// entities, directives (`%%{…}%%` is honoured anywhere in the text) and markdown strings.
// They are written as numeric entities (`#60;`), which Mermaid turns back into the same
// characters as text; everything else, non-Latin scripts included, passes as it is.
const SYNTAX = /["<>&#%{}`|\\\r\n\t]/g;

/** Text for inside a quoted Mermaid label: `["…"]`. */
export function mermaidLabel(text: string): string {
  return text.replace(SYNTAX, (ch) => `#${ch.codePointAt(0)};`);
}

/**
 * Text for `accTitle:` and `accDescr:` lines, which run to the end of the line and are not
 * entity-decoded by Mermaid: one line, no markup, nothing that could open a directive. The
 * build puts the exact text back into the SVG's <title> and <desc>; this is for the .mmd source.
 */
export function mermaidAccText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[<>]/g, '')
    .replace(/%/g, ' percent')
    .replace(/[{}]/g, (b) => (b === '{' ? '(' : ')'))
    .replace(/;/g, ',')
    .trim();
}

/**
 * The formatting a label may keep as markup, the tags Mermaid documents for labels: a line break
 * (`<br>`, `<br/>`, `<br />`), bold (`<b>`, `<strong>`) and italics (`<i>`, `<em>`), without
 * attributes. Anything else tag-like is shown as the text it is.
 */
const FORMATTING_TAG = /^<(?:br\s*\/?|\/?(?:b|strong|i|em))>/i;

/**
 * Where a browser would start a tag, comment or doctype: `<` before a letter, `/`, `!` or `?`.
 * Not after another `<`: `<<interface>>` and `<<fork>>` are Mermaid syntax, not markup.
 */
const TAG_START = /(?<!<)<(?=[A-Za-z/!?])/g;

/** Lines whose text Mermaid never renders as HTML (it strips markup from them itself). */
const ACCESSIBILITY_LINE = /^\s*acc(?:Title|Descr)\s*:/;

/**
 * Mermaid text in which labels are text: every tag-like `<` becomes Mermaid's entity `#60;`
 * (shown as `<`), except the formatting tags Mermaid documents. Every diagram passes through this
 * on its way to Mermaid (renderDiagrams), hand-written fences and model views alike, so a label
 * can never change the page's structure (a `<script>`, an `<img>` that fetches, an event handler,
 * a `javascript:` link). Arrows (`-->`, `<-->`, `->>`) have no letter after `<` and stay syntax.
 */
export function mermaidWithTextLabels(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      ACCESSIBILITY_LINE.test(line)
        ? line
        : line.replace(TAG_START, (lt, at: number) => (FORMATTING_TAG.test(line.slice(at)) ? lt : '#60;')),
    )
    .join('\n');
}

/** A Mermaid node id from a model id: kebab-case ids are valid as they are; the rest is refused. */
export function mermaidId(...parts: readonly string[]): string {
  const id = parts.join('__');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) throw new Error(`Not a safe Mermaid node id: ${JSON.stringify(id)}`);
  return id;
}

/** The accessibility header every view starts with. */
export function mermaidAccessibility(title: string, description: string): string[] {
  return [`  accTitle: ${mermaidAccText(title)}`, `  accDescr: ${mermaidAccText(description)}`];
}

/** Spacing settings a layout may set for its own diagram (Mermaid's `flowchart` config keys). */
export interface FlowchartSpacing {
  /** Width in px past which a label wraps onto another line. */
  wrappingWidth?: number;
  /** Room between a label and its box's border. */
  padding?: number;
  /** Room between boxes side by side. */
  nodeSpacing?: number;
  /** Room between one row (rank) of boxes and the next. */
  rankSpacing?: number;
  /** Narrowest a label may be (Mermaid's default, 120 px, widens short labels). */
  minNodeWidth?: number;
}

/** A Mermaid front-matter block setting a diagram's own flowchart spacing (empty when none is set). */
export function mermaidSpacing(spacing: FlowchartSpacing): string[] {
  const entries = Object.entries(spacing).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return [];
  return ['---', 'config:', '  flowchart:', ...entries.map(([key, value]) => `    ${key}: ${value}`), '---'];
}

/**
 * A quoted-label text broken into lines of about `width` characters at spaces (a word longer than
 * that keeps its own line). For edge labels, which Mermaid does not wrap by itself.
 */
export function mermaidWrappedLabel(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map(mermaidLabel).join('<br>');
}
