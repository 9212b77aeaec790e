import { model, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS, toolsOfType, type PipelineTypeId, type StageId, type ToolId } from '../model/index.ts';

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
  // The primary sources of what stage pages claim, each compared with its publisher's page on 2026-12-06.
  datasheets: {
    title: 'Gebru et al., “Datasheets for Datasets” (Communications of the ACM, 2021; arXiv 2018): recording where and how data was collected',
    url: 'https://arxiv.org/abs/1803.09010',
  },
  technicalDebt: {
    title: 'Sculley et al., “Hidden Technical Debt in Machine Learning Systems” (NeurIPS 2015): data dependencies, hidden feedback loops',
    url: 'https://proceedings.neurips.cc/paper/2015/hash/86df7dcfd896fcaf2674f757a2463eba-Abstract.html',
  },
  dataValidation: {
    title: 'Breck, Polyzotis, Roy, Whang and Zinkevich, “Data Validation for Machine Learning” (MLSys 2019): schema and distribution checks as a gate',
    url: 'https://proceedings.mlsys.org/paper/2019/hash/5878a7ab84fb43402106c575658472fa',
  },
  leakage: {
    title: 'Kaufman, Rosset and Perlich, “Leakage in Data Mining: Formulation, Detection, and Avoidance” (ACM TKDD, 2012)',
    url: 'https://doi.org/10.1145/2382577.2382579',
  },
  sklearnPitfalls: {
    title: 'scikit-learn user guide, “Common pitfalls and recommended practices” (inconsistent preprocessing, data leakage)',
    url: 'https://scikit-learn.org/stable/common_pitfalls.html',
  },
  sklearnPipelines: {
    title: 'scikit-learn user guide, “Pipelines and composite estimators”',
    url: 'https://scikit-learn.org/stable/modules/compose.html',
  },
  selectionBias: {
    title: 'Cawley and Talbot, “On Over-fitting in Model Selection and Subsequent Selection Bias in Performance Evaluation” (JMLR 11, 2010)',
    url: 'https://jmlr.org/papers/v11/cawley10a.html',
  },
  mlTestScore: {
    title: 'Breck, Cai, Nielsen, Salib and Sculley, “The ML Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction” (IEEE Big Data 2017)',
    url: 'https://static.googleusercontent.com/media/research.google.com/en/pubs/archive/aad9f93b86b7addfea4c419b9100c6cdd26cacea.pdf',
  },
  deploymentChallenges: {
    title: 'Paleyes, Urma and Lawrence, “Challenges in Deploying Machine Learning: A Survey of Case Studies” (ACM Computing Surveys, 2022)',
    url: 'https://doi.org/10.1145/3533378',
  },
} as const satisfies Record<string, Source>;

/**
 * What each stage page cites for its own claims, beyond the framing every stage page shares: typed
 * by stage, so a new stage cannot go without its own sources.
 */
export const STAGE_SOURCES = {
  'data-collection': [REFERENCES.datasheets, REFERENCES.technicalDebt],
  'data-validation': [REFERENCES.dataValidation, REFERENCES.technicalDebt],
  'data-processing': [REFERENCES.leakage, REFERENCES.sklearnPitfalls, REFERENCES.rulesOfMl],
  'model-building': [REFERENCES.rulesOfMl, REFERENCES.sklearnPipelines],
  'training-evaluation': [REFERENCES.selectionBias, REFERENCES.mlTestScore],
  'model-deployment': [REFERENCES.deploymentChallenges, REFERENCES.technicalDebt],
} as const satisfies { [K in StageId]: readonly Source[] };

const isStage = (id: string): id is StageId => STAGE_IDS.some((s) => s === id);

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
      // checked date) and the documentation behind it live on the tool's page. Its own claims
      // (leakage, validation as a gate, selection bias…) cite their papers.
      return isStage(slug) ? [...framing, ...STAGE_SOURCES[slug]] : framing;
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
