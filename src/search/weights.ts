/**
 * Search weight (Pagefind's `data-pagefind-weight`, 1 for body text) of the tool names in the
 * comparison of the four pipeline types: enough that a query naming tools of two types ("airflow
 * vs kubeflow") finds the comparison, while a single tool's name still finds its own page.
 */
export const TOOL_COMPARISON_WEIGHT = 4;

/** Weight of a page's other names from the vocabulary (src/model/data/vocabulary.ts), shown under its title, and of glossary synonyms: enough for an abbreviation to find its page, not so much that a name shared by two pages ("Vertex") pulls the wrong one first. */
export const VOCABULARY_WEIGHT = 4;

/** Weight of the words of questions a page answers (the vocabulary's topics), indexed but not shown. */
export const TOPIC_WEIGHT = 8;

