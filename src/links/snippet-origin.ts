/**
 * The "Use in your docs" snippets of a page built without SITE_URL hold root-relative URLs (the
 * build does not know the public address); in the browser, src/islands/snippet-host.ts puts them
 * on the host the page was opened from. Pure text functions, so that they are tested here.
 */

/** The snippets a diagram offers; their URLs sit in different places. */
export const SNIPPET_KINDS = ['markdown', 'html'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

/** Whether a `data-snippet` value names a snippet kind. */
export function isSnippetKind(value: string | undefined): value is SnippetKind {
  return (SNIPPET_KINDS as readonly (string | undefined)[]).includes(value);
}

/** `/diagrams/x.png`, not `//host/x` (protocol-relative) or `https://…`. */
const isRootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * A snippet with every root-relative URL it links or embeds put on `origin` (as in
 * `location.origin`: `https://guide.example.org`, no trailing slash); other text is left as it is.
 * Markdown: link and image destinations. HTML: `href`, `src` and each candidate of `srcset`.
 */
export function snippetOnOrigin(kind: SnippetKind, text: string, origin: string): string {
  switch (kind) {
    case 'markdown':
      // `](` opens a destination unless its `]` is escaped (an odd run of backslashes before it):
      // a diagram title such as "a](/b" is alt text, escaped by diagramToMarkdownSnippet.
      return text.replace(/(?<!\\)((?:\\\\)*)\]\(\/(?!\/)/g, (_, backslashes: string) => `${backslashes}](${origin}/`);
    case 'html':
      // Attribute values cannot hold a `"` (the snippet escapes it), nor can text between tags.
      return text.replace(/(?<=\s)(href|src|srcset)="([^"]*)"/g, (_, name: string, value: string) => {
        const onOrigin =
          name === 'srcset'
            ? value.replace(/(^|,\s*)(\/(?!\/))/g, (_match, before: string, slash: string) => `${before}${origin}${slash}`)
            : isRootRelative(value)
              ? `${origin}${value}`
              : value;
        return `${name}="${onOrigin}"`;
      });
    default: {
      const unknown: never = kind;
      throw new Error(`snippetOnOrigin: unknown snippet kind ${JSON.stringify(unknown)}`);
    }
  }
}
