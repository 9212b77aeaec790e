/**
 * Search weight (Pagefind's `data-pagefind-weight`, 1 for body text) of the tool names in the
 * comparison of the four pipeline types: enough that a query naming tools of two types ("airflow
 * vs kubeflow") finds the comparison, while a single tool's name still finds its own page.
 */
export const TOOL_COMPARISON_WEIGHT = 4;
