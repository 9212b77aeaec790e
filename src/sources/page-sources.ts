import { model, PIPELINE_TYPE_IDS, TOOL_IDS, toolsOfType, type PipelineTypeId, type ToolId } from '../model/index.ts';

/** One entry of a page's "Sources" list. */
export interface Source {
  title: string;
  url: string;
}

/** Where the guide's framing and the patterns come from. */
export const REFERENCES = {
  book: {
    title: 'Lakshmanan, Robinson and Munn, Machine Learning Design Patterns (O’Reilly, 2020)',
    url: 'https://www.oreilly.com/library/view/machine-learning-design/9781098115777/',
  },
  companionRepository: {
    title: 'The book’s companion repository (code and the connected-patterns graph)',
    url: 'https://github.com/GoogleCloudPlatform/ml-design-patterns',
  },
  essay: {
    // Checked 2026-11-30: the published post (24 January 2021) lists the six stages as the book's
    // and names the four pipelines; the guide's framing comes from it.
    title: 'Sephi Berry, “Design patterns in ML and MLops” (24 January 2021): the six stages and the four pipelines',
    url: 'https://sephib.github.io/design-patterns-in-ml-and-mlops.html',
  },
  googleMlops: {
    title: 'Google Cloud, “MLOps: Continuous delivery and automation pipelines in machine learning”',
    url: 'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning',
  },
} as const satisfies Record<string, Source>;

const framing = [REFERENCES.essay, REFERENCES.googleMlops];
const patterns = [REFERENCES.book, REFERENCES.companionRepository];
const isType = (id: string): id is PipelineTypeId => PIPELINE_TYPE_IDS.some((t) => t === id);
const isTool = (id: string): boolean => TOOL_IDS.some((t) => t === id);

function toolSources(ids: readonly ToolId[]): Source[] {
  return ids.map((id) => model.tools[id]).map((tool) => ({ title: `${tool.name} documentation (checked ${tool.checked})`, url: tool.source }));
}

/**
 * The sources a page cites, from its collection id (its path under content/, e.g.
 * "pipeline/data-validation") and any `sources` its frontmatter adds. Empty for a page the
 * guide has no rule for: a test fails on that.
 */
export function pageSources(entryId: string, extra: readonly Source[] = []): Source[] {
  const [section = '', slug = 'index'] = entryId.replace(/\.mdx?$/, '').split('/');
  const own = ((): Source[] => {
    if (section === 'patterns') return patterns;
    if (section === 'pipeline') {
      // A stage page names its tools and links their pages; what it says of each (kind, job,
      // checked date) and the documentation behind it live on the tool's page.
      return framing;
    }
    if (section === 'pipeline-types') {
      return isType(slug) ? [...framing, ...toolSources(toolsOfType(model, slug))] : framing;
    }
    if (section === 'tools') {
      // A tool's own page cites the documentation its facts were checked against; on the list of
      // every tool, each card links that documentation beside the day it was checked.
      return isTool(slug) ? [...framing, ...toolSources(TOOL_IDS.filter((t) => t === slug))] : framing;
    }
    if (section === 'production') return framing;
    if (['index', 'practices', 'reference', 'diagrams', 'explore', 'choose'].includes(section)) return [...framing, ...patterns];
    return [];
  })();
  const seen = new Set<string>();
  return [...own, ...extra].filter((s) => !seen.has(s.url) && seen.add(s.url));
}

/** Anchor of the "Sources" heading every page ends with. */
export const SOURCES_HEADING_ID = 'sources';
