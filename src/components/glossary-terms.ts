import { GLOSSARY_TERM_IDS, type GlossaryTerm, type GlossaryTermId } from '../model/guide.ts';
import { termAnchor } from '../model/index.ts';

/** The glossary's terms in the order the page lists them: alphabetical. */
export function glossaryTermsInOrder(glossary: { readonly [K in GlossaryTermId]: GlossaryTerm<K> }): GlossaryTerm[] {
  return [...GLOSSARY_TERM_IDS].sort((a, b) => glossary[a].term.localeCompare(glossary[b].term)).map((id) => glossary[id]);
}

/** The glossary page's headings, one per term, as <GlossaryList> renders them. */
export function glossaryHeadings(glossary: { readonly [K in GlossaryTermId]: GlossaryTerm<K> }): { depth: number; slug: string; text: string }[] {
  return glossaryTermsInOrder(glossary).map((term) => ({ depth: 2, slug: termAnchor(term.id), text: term.term }));
}
