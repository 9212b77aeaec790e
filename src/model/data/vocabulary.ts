import { COMPARISON_IDS, comparisonHref, type ComparisonId } from './comparisons.ts';
import { GLOSSARY_TERM_IDS, type GlossaryTermId } from './glossary.ts';
import { PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, TOOL_IDS, type PatternId, type PipelineTypeId, type StageId, type ToolId } from './ids.ts';
import { patternTools, type PatternTools } from './pattern-tools.ts';
import { patterns } from './patterns.ts';
import { patternHref, pipelineTypeHref, stageHref, toolHref } from '../queries/urls.ts';

// The names readers use for what the guide explains, written once and fed to search (see
// README, "Search"). Kept apart from tools.ts and patterns.ts: adding a reader's word for a tool
// is a one-line change here and needs no code.

/** What readers call one entity or page. */
export interface Words {
  /** Other names and abbreviations of the thing itself ("KFP"); shown under the page's title as "Also called". */
  readonly aliases?: readonly string[];
  /** Words of questions this page answers that it may not use itself ("feature store" for Feast); indexed, not shown. */
  readonly topics?: readonly string[];
}

/** Guide pages that are no entity of the model, by URL. */
export const VOCABULARY_PAGE_PATHS = [
  '/production/monitoring/',
  '/production/deployment-strategies/',
  '/production/testing/',
  '/production/ci-cd/',
  '/production/data-versioning/',
  '/production/llm-pipelines/',
  '/production/llm-operations/',
  '/production/shift-and-experiments/',
  '/production/infrastructure-and-cost/',
  '/production/training-data-and-labels/',
  '/production/security-and-governance/',
  '/practices/notebooks/',
  '/practices/reproducibility/',
  '/practices/anti-patterns/',
  '/practices/maturity-levels/',
  '/practices/workflow-pipeline-start/',
  '/choose/',
  '/pipeline-types/',
] as const;
export type VocabularyPagePath = (typeof VOCABULARY_PAGE_PATHS)[number];

/** Every kind of thing the vocabulary names, keyed by the model's ids. */
export interface Vocabulary {
  readonly tools: { readonly [K in ToolId]?: Words };
  readonly patterns: { readonly [K in PatternId]?: Words };
  readonly stages: { readonly [K in StageId]?: Words };
  readonly pipelineTypes: { readonly [K in PipelineTypeId]?: Words };
  /** The tool comparisons (src/model/data/comparisons.ts), for "which X should I pick" and "X or Y". */
  readonly comparisons: { readonly [K in ComparisonId]?: Words };
  /** Synonyms of a glossary term, shown in its entry. */
  readonly glossary: { readonly [K in GlossaryTermId]?: readonly string[] };
  readonly pages: { readonly [K in VocabularyPagePath]?: Words };
}

export const vocabulary = {
  tools: {
    'kubeflow-pipelines': { aliases: ['KFP', 'Kubeflow'] },
    tfx: { aliases: ['TensorFlow Extended'] },
    'great-expectations': { aliases: ['GX', 'GX Core'], topics: ['expectations suite', 'data quality checks'] },
    'weights-and-biases': { aliases: ['W&B', 'wandb'], topics: ['experiment tracker'] },
    'tensorflow-data-validation': { aliases: ['TFDV'] },
    'vertex-ai': { aliases: ['Vertex'] },
    'vertex-ai-pipelines': { aliases: ['Vertex Pipelines'] },
    'amazon-sagemaker': { aliases: ['AWS SageMaker'] },
    'sagemaker-pipelines': { aliases: ['SageMaker Pipelines'] },
    'azure-machine-learning': { aliases: ['Azure ML', 'AzureML'] },
    'mlflow-model-registry': { aliases: ['MLflow registry'], topics: ['model registry', 'register a model', 'model versions'] },
    'mlflow-tracking': { aliases: ['MLflow'], topics: ['experiment tracker', 'log metrics', 'compare runs'] },
    feast: { topics: ['online features', 'feature serving'] },
    dvc: { aliases: ['Data Version Control'], topics: ['version datasets'] },
    'nvidia-triton': { aliases: ['Triton Inference Server'] },
    'seldon-core': { aliases: ['Seldon'] },
    'tensorflow-serving': { aliases: ['TF Serving'] },
    'ray-serve': { aliases: ['Ray'] },
    evidently: { aliases: ['Evidently AI'], topics: ['drift report'] },
    nannyml: { topics: ['performance estimation without labels'] },
    'spark-mllib-pipeline': { aliases: ['Spark ML', 'PySpark pipeline'] },
    'apache-airflow': { aliases: ['Airflow DAG'] },
    'arize-phoenix': { aliases: ['Phoenix'], topics: ['LLM tracing', 'OpenInference', 'LLM observability'] },
    opentelemetry: { aliases: ['OTel'], topics: ['distributed tracing', 'GenAI semantic conventions', 'spans'] },
  },
  patterns: {
    'model-versioning': { topics: ['model registry', 'model version', 'serve several model versions'] },
    'feature-store': { topics: ['feature platform', 'reuse features', 'features for training and serving'] },
    'batch-serving': { topics: ['batch scoring', 'bulk predictions', 'scheduled predictions', 'offline scoring'] },
    'stateless-serving-function': { topics: ['real-time predictions', 'REST endpoint', 'prediction API'] },
    'repeatable-splitting': { topics: ['train test split', 'deterministic split', 'same split every time'] },
    'continued-model-evaluation': { topics: ['evaluate a deployed model', 'model staleness'] },
    'workflow-pipeline': { topics: ['containerised pipeline steps'] },
    'transform': { topics: ['training serving skew', 'same preprocessing at serving'] },
    'checkpoints': { topics: ['resume training', 'save training state'] },
    'distribution-strategy': { topics: ['train on many GPUs', 'several machines'] },
    'rebalancing': { topics: ['rare class', 'skewed labels'] },
    'explainable-predictions': { topics: ['explainability', 'feature attributions', 'SHAP'] },
    'fairness-lens': { topics: ['bias', 'model fairness'] },
  },
  stages: {
    'data-collection': { topics: ['data ingestion', 'gather training data'] },
    'data-validation': { topics: ['data quality', 'check data', 'schema checks', 'bad input data'] },
    'data-processing': { topics: ['feature engineering', 'clean data', 'preprocessing'] },
    'model-building': { topics: ['choose a model', 'baseline model'] },
    'training-evaluation': { topics: ['evaluate a model', 'offline evaluation', 'metrics'] },
    'model-deployment': { topics: ['release a model', 'put a model into production'] },
  },
  pipelineTypes: {
    'model-pipeline': { topics: ['sklearn pipeline', 'preprocessing and model together'] },
    'workflow-pipeline': { topics: ['ML pipeline', 'pipeline of containers'] },
    'data-pipeline': { topics: ['ETL', 'scheduled data jobs'] },
    'ml-tracking-pipeline': { topics: ['run tracking'] },
  },
  glossary: {
    'data-drift': ['input drift', 'feature drift'],
    'concept-drift': ['concept shift', 'posterior shift'],
    'covariate-shift': ['input distribution shift'],
    'label-shift': ['prior shift', 'prior probability shift', 'target shift', 'label drift'],
    'guardrail-metric': ['guardrail', 'counter metric'],
    'statistical-power': ['power analysis', 'sample size calculation'],
    rollback: ['roll back', 'revert a model'],
    'model-registry': ['model catalogue'],
    'train-serve-skew': ['training-serving skew', 'train/serve skew'],
    dag: ['directed acyclic graph'],
    'data-leakage': ['target leakage'],
    'weak-supervision': ['programmatic labelling', 'labelling functions'],
    'continuous-training': ['automatic retraining'],
    orchestrator: ['workflow scheduler'],
    lineage: ['provenance'],
    'feature-store': ['feature platform'],
  },
  comparisons: {
    orchestrators: { topics: ['which orchestrator to pick or use'] },
    'experiment-trackers': { topics: ['difference between MLflow and Weights & Biases', 'which experiment tracker to pick or use'] },
    'model-servers': { topics: ['which model server to pick or use', 'deploy a model on Kubernetes'] },
    monitoring: { topics: ['which monitoring tool to pick or use'] },
    'data-versioning': { topics: ['which data versioning tool to pick or use'] },
    'feature-stores': { topics: ['which feature store to pick or use'] },
  },
  pages: {
    '/production/monitoring/': { topics: ['model decay', 'degradation', 'performance drop', 'model getting worse after release', 'detect data drift', 'input data changed since training'] },
    '/production/deployment-strategies/': { topics: ['rollback', 'roll back', 'A/B test', 'canary release', 'progressive delivery', 'replace a model safely'] },
    '/production/testing/': { topics: ['checks before deploying', 'pre-deployment checks', 'unit tests for ML code'] },
    '/production/ci-cd/': { topics: ['retrain a model automatically', 'retraining trigger', 'deploy models automatically'] },
    '/production/data-versioning/': { topics: ['dataset versions', 'which data trained this model'] },
    '/production/shift-and-experiments/': { topics: ['A/B test sample size', 'how big an A/B test should be', 'peeking', 'multi-armed bandit', 'sequential testing', 'delayed labels', 'estimate performance without labels'] },
    '/production/infrastructure-and-cost/': { topics: ['serve a model cheaply with little traffic', 'inference cost', 'cost per prediction', 'serverless inference', 'GPU sharing', 'horizontal pod autoscaler'] },
    '/production/training-data-and-labels/': { topics: ['data labelling', 'annotation', 'inter-annotator agreement', 'label noise', 'programmatic labelling', 'Snorkel', 'cleanlab'] },
    '/production/llm-pipelines/': { topics: ['LLM', 'large language model', 'RAG pipeline', 'retrieval augmented generation', 'prompt versioning'] },
    '/production/llm-operations/': { topics: ['judge model', 'RAG evaluation', 'guardrails', 'token cost', 'observability', 'hallucination', 'monitor an LLM app'] },
    '/production/security-and-governance/': { topics: ['what goes in a model card', 'datasheets for datasets', 'model supply chain'] },
    '/practices/notebooks/': { topics: ['notebook to pipeline', 'run notebooks as pipeline steps', 'papermill', 'from notebook to production', 'make a notebook reproducible'] },
    '/practices/reproducibility/': { topics: ['reproduce a result', 'random seed', 'same results every run'] },
    '/practices/anti-patterns/': { topics: ['common mistakes', 'pitfalls'] },
    '/practices/maturity-levels/': { topics: ['MLOps maturity', 'maturity model', 'how mature'] },
    '/practices/workflow-pipeline-start/': { topics: ['first pipeline', 'get started with pipelines'] },
    '/pipeline-types/': { topics: ['difference between a data pipeline and a workflow pipeline', 'pipeline types compared'] },
    '/choose/': { topics: ['the pipeline I need', 'choose a pipeline', 'which pipeline for my project', 'pick a tool for my project'] },
  },
} as const satisfies Vocabulary;

/**
 * A tool that implements at most this many patterns is a specialised one (Feast, MLflow Model
 * Registry): a reader names it by its pattern ("feature store"), so the pattern's name is one of
 * its topics. A platform implementing many patterns (SageMaker, Vertex AI) is not: their names
 * would make it compete with every one of those patterns' pages.
 */
export const SPECIALISED_TOOL_MAX_PATTERNS = 2;

/** Topics each specialised tool takes from the pattern ↔ tool relation: the names of the patterns it implements. */
export function toolTopicsFromPatterns(
  relation: { readonly [K in PatternId]?: PatternTools<K> },
  patternNames: { readonly [K in PatternId]: { readonly name: string } },
): ReadonlyMap<ToolId, readonly string[]> {
  const byTool = new Map<ToolId, string[]>();
  for (const id of PATTERN_IDS) {
    for (const { tool } of relation[id]?.tools ?? []) byTool.set(tool, [...(byTool.get(tool) ?? []), patternNames[id].name]);
  }
  return new Map([...byTool].filter(([, names]) => names.length <= SPECIALISED_TOOL_MAX_PATTERNS));
}

/** `entry` with `more` topics added, leaving out those it already has (in any case). */
function withTopics(entry: Words | undefined, more: readonly string[]): Words | undefined {
  const have = new Set((entry?.topics ?? []).map((t) => t.toLowerCase()));
  const added = more.filter((t) => !have.has(t.toLowerCase()));
  return added.length === 0 ? entry : { ...entry, topics: [...(entry?.topics ?? []), ...added] };
}

/**
 * The words of each page the vocabulary names, by the page's URL path; a tool's topics include
 * those it takes from the pattern ↔ tool relation (`toolTopicsFromPatterns`).
 */
export function vocabularyByPath(words: Vocabulary, toolTopics: ReadonlyMap<ToolId, readonly string[]> = toolTopicsFromPatterns(patternTools, patterns)): ReadonlyMap<string, Words> {
  const byPath = new Map<string, Words>();
  const add = (path: string, entry: Words | undefined) => {
    if (entry !== undefined) byPath.set(path, entry);
  };
  for (const id of TOOL_IDS) add(toolHref(id), withTopics(words.tools[id], toolTopics.get(id) ?? []));
  for (const id of PATTERN_IDS) add(patternHref(id), words.patterns[id]);
  for (const id of STAGE_IDS) add(stageHref(id), words.stages[id]);
  for (const id of PIPELINE_TYPE_IDS) add(pipelineTypeHref(id), words.pipelineTypes[id]);
  for (const id of COMPARISON_IDS) add(comparisonHref(id), words.comparisons[id]);
  for (const path of VOCABULARY_PAGE_PATHS) add(path, words.pages[path]);
  return byPath;
}

const FILE = 'src/model/data/vocabulary.ts';

/**
 * Problems the compiler cannot see (the build does not type-check): keys that name no tool,
 * pattern, stage, pipeline type, glossary term or guide page, and empty or repeated words.
 * Each line names file › entity › field.
 */
export function vocabularyIssues(words: { readonly [K in keyof Vocabulary]: Readonly<Record<string, unknown>> }, knownPagePaths?: ReadonlySet<string>): string[] {
  const issues: string[] = [];
  const known: { readonly [K in keyof Vocabulary]: readonly string[] } = {
    tools: TOOL_IDS,
    patterns: PATTERN_IDS,
    stages: STAGE_IDS,
    pipelineTypes: PIPELINE_TYPE_IDS,
    comparisons: COMPARISON_IDS,
    glossary: GLOSSARY_TERM_IDS,
    pages: VOCABULARY_PAGE_PATHS,
  };
  const checkWords = (entity: string, field: string, list: unknown) => {
    if (!Array.isArray(list)) return issues.push(`${FILE} › ${entity} › ${field}: expected a list of words`);
    const seen = new Set<string>();
    list.forEach((word: unknown, i) => {
      if (typeof word !== 'string' || word.trim() === '') issues.push(`${FILE} › ${entity} › ${field}[${i}]: empty; write the word or remove the entry`);
      else if (seen.has(word.toLowerCase())) issues.push(`${FILE} › ${entity} › ${field}[${i}]: "${word}" is listed twice`);
      else seen.add(word.toLowerCase());
    });
  };
  const kinds = ['tools', 'patterns', 'stages', 'pipelineTypes', 'glossary', 'pages'] as const satisfies readonly (keyof Vocabulary)[];
  for (const kind of kinds) {
    for (const [id, entry] of Object.entries(words[kind])) {
      const entity = `${kind} "${id}"`;
      if (!known[kind].includes(id)) {
        issues.push(`${FILE} › ${entity} › id: no such ${kind === 'pages' ? 'page in VOCABULARY_PAGE_PATHS' : `id in the model (${kind})`}; use one of ${known[kind].join(', ')}`);
        continue;
      }
      if (kind === 'pages' && knownPagePaths !== undefined && !knownPagePaths.has(id)) issues.push(`${FILE} › ${entity} › id: the guide has no page at ${id}`);
      if (kind === 'glossary') {
        checkWords(entity, 'synonyms', entry);
        continue;
      }
      const aliases: unknown = typeof entry === 'object' && entry !== null && 'aliases' in entry ? entry.aliases : undefined;
      const topics: unknown = typeof entry === 'object' && entry !== null && 'topics' in entry ? entry.topics : undefined;
      if (aliases === undefined && topics === undefined) issues.push(`${FILE} › ${entity} › aliases: give aliases or topics, or remove the entry`);
      if (aliases !== undefined) checkWords(entity, 'aliases', aliases);
      if (topics !== undefined) checkWords(entity, 'topics', topics);
    }
  }
  return issues;
}

/** Throws one error listing every problem of `vocabularyIssues`. */
export function assertValidVocabulary(words: { readonly [K in keyof Vocabulary]: Readonly<Record<string, unknown>> }, knownPagePaths?: ReadonlySet<string>): void {
  const issues = vocabularyIssues(words, knownPagePaths);
  if (issues.length > 0) throw new Error(`The vocabulary has ${issues.length} problem(s):\n  ${issues.join('\n  ')}`);
}

/** The synonyms of a glossary term, or none. */
export function glossarySynonyms(words: Vocabulary, id: GlossaryTermId): readonly string[] {
  return words.glossary[id] ?? [];
}
