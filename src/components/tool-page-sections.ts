/** The h2s of a tool's page, in order: the route renders them and lists them in "On this page". */
export const TOOL_PAGE_SECTIONS = [
  { id: 'where-it-sits', title: 'Where it sits' },
  { id: 'patterns', title: 'Patterns it implements' },
  { id: 'what-it-is-not', title: 'What it is not' },
  { id: 'when-to-choose-it', title: 'When to choose it' },
  { id: 'alternatives', title: 'Alternatives' },
  { id: 'facts-checked', title: 'Facts and when they were checked' },
] as const;

export type ToolPageSection = (typeof TOOL_PAGE_SECTIONS)[number];
