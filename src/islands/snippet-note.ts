/** The line a build without SITE_URL writes above its root-relative snippets (src/components/DiagramSnippets.astro). */
export const RELATIVE_SNIPPETS_NOTE = '[data-snippet-relative-note]';
