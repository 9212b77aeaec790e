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

/** HTML: `href`, `src` and each candidate of `srcset` put on `origin`. Attribute values cannot hold a `"` (the snippets escape it), nor can text between tags. */
function htmlOnOrigin(text: string, origin: string): string {
  return text.replace(/(?<=\s)(href|src|srcset)="([^"]*)"/g, (_, name: string, value: string) => {
    const onOrigin =
      name === 'srcset'
        ? value.replace(/(^|,\s*)(\/(?!\/))/g, (_match, before: string, slash: string) => `${before}${origin}${slash}`)
        : isRootRelative(value)
          ? `${origin}${value}`
          : value;
    return `${name}="${onOrigin}"`;
  });
}

/**
 * A snippet with every root-relative URL it links or embeds put on `origin` (as in
 * `location.origin`: `https://guide.example.org`, no trailing slash); other text is left as it is.
 * Markdown: the link's destination and the inline `<img>` it holds. HTML: `href`, `src` and
 * each candidate of `srcset`.
 */
export function snippetOnOrigin(kind: SnippetKind, text: string, origin: string): string {
  switch (kind) {
    case 'markdown':
      // A link around an inline <img />: the image is HTML, and the link's destination closes the
      // snippet. Brackets in the title sit in the img's alt attribute, so only the last `](` opens
      // a destination.
      return htmlOnOrigin(text, origin).replace(/\]\((\/(?!\/)[^()\s]*)\)$/, (_, path: string) => `](${origin}${path})`);
    case 'html':
      return htmlOnOrigin(text, origin);
    default: {
      const unknown: never = kind;
      throw new Error(`snippetOnOrigin: unknown snippet kind ${JSON.stringify(unknown)}`);
    }
  }
}
