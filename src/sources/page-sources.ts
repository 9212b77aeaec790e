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
  problemFraming: {
    title: 'Google for Developers, “Introduction to Machine Learning Problem Framing” (course)',
    url: 'https://developers.google.com/machine-learning/problem-framing',
  },
  rulesOfMl: {
    title: 'Martin Zinkevich, “Rules of Machine Learning: Best Practices for ML Engineering” (Google): objectives and metrics',
    url: 'https://developers.google.com/machine-learning/guides/rules-of-ml',
  },
  dataInfrastructure: {
    // Checked 2026-12-06: posted 15 October 2020 by a16z; an updated set of architectures followed
    // under the original address, so the 2020 version is cited at its own.
    title: 'Matt Bornstein, Martin Casado and Jennifer Li, “Emerging Architectures for Modern Data Infrastructure” (a16z, 15 October 2020)',
    url: 'https://a16z.com/emerging-architectures-for-modern-data-infrastructure-2020/',
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
    // The page on framing a project: the essay's point that business values decide the trade-offs,
    // and the practice of framing from Google's course and rules.
    if (section === 'framing') return [REFERENCES.essay, REFERENCES.problemFraming, REFERENCES.rulesOfMl];
    if (section === 'pipeline') {
      // A stage page names its tools and links their pages; what it says of each (kind, job,
      // checked date) and the documentation behind it live on the tool's page.
      return framing;
    }
    if (section === 'pipeline-types') {
      // The data pipeline page places the guide's tools in the wider data stack the essay points to.
      const landscape = slug === 'data-pipeline' ? [REFERENCES.dataInfrastructure] : [];
      return isType(slug) ? [...framing, ...landscape, ...toolSources(toolsOfType(model, slug))] : framing;
    }
    if (section === 'tools') {
      // A tool's own page cites the documentation its facts were checked against; on the list of
      // every tool, each card links that documentation beside the day it was checked; the list also places the
      // tools in the wider data stack (the data-infrastructure landscape).
      return isTool(slug) ? [...framing, ...toolSources(TOOL_IDS.filter((t) => t === slug))] : [...framing, REFERENCES.dataInfrastructure];
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
