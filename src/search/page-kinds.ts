/** What a page is about, for search: the `kind` filter and the tag under each search hit. */
export const PAGE_KINDS = ['stage', 'pipeline-type', 'pattern', 'tool', 'practice', 'glossary'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** How each kind reads in search results and filters. */
export const PAGE_KIND_LABELS = {
  stage: 'Stage',
  'pipeline-type': 'Pipeline type',
  pattern: 'Pattern',
  tool: 'Tool',
  practice: 'Practice',
  glossary: 'Glossary',
} as const satisfies { [K in PageKind]: string };

/** A page's kind: the `kind` it declares, or `pattern` for a page that names a pattern. */
export function pageKindOf(data: { kind?: PageKind | undefined; pattern?: string | undefined }): PageKind | undefined {
  return data.kind ?? (data.pattern === undefined ? undefined : 'pattern');
}

/** The label of the glossary's kind: search looks a term up among the glossary's entries by this filter (src/search/relaxing-pagefind.ts). */
export const GLOSSARY_KIND_LABEL = PAGE_KIND_LABELS.glossary;
