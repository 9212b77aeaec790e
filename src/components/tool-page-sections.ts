/**
 * The h2s of a tool's page, in order: the route renders them and lists them in "On this page".
 * `optional` sections appear only on the pages that have something to put in them.
 */
export const TOOL_PAGE_SECTIONS = [
  { id: 'where-it-sits', title: 'Where it sits' },
  { id: 'in-the-examples', title: 'In the guide’s examples', optional: true },
  { id: 'patterns', title: 'Patterns it implements' },
  { id: 'what-it-is-not', title: 'What it is not' },
  { id: 'when-to-choose-it', title: 'When to choose it' },
  { id: 'alternatives', title: 'Alternatives' },
  { id: 'facts-checked', title: 'Facts and when they were checked' },
] as const;

export type ToolPageSection = (typeof TOOL_PAGE_SECTIONS)[number];
