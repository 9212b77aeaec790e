import type { PatternId } from './ids.ts';
import type { PracticeId } from './practices.ts';

export const ANTI_PATTERN_IDS = [
  'one-notebook-does-everything',
  'tracker-as-orchestrator',
  'scheduler-as-tracker',
  'csv-between-containers',
  'undated-tool-advice',
  // The classic debts named by Sculley et al., "Hidden Technical Debt in Machine Learning Systems" (2015).
  'glue-code',
  'pipeline-jungles',
  'dead-experimental-codepaths',
  'undeclared-consumers',
  'hidden-feedback-loops',
  'training-serving-skew',
] as const;
export type AntiPatternId = (typeof ANTI_PATTERN_IDS)[number];

export interface AntiPattern<Id extends AntiPatternId = AntiPatternId> {
  id: Id;
  name: string;
  /** How you recognise it. */
  symptom: string;
  /** What it costs, and when the bill arrives. */
  cost: string;
  /** What to do instead. */
  fix: string;
  /** The practice that prevents it. */
  practice: PracticeId;
  /** Patterns of the book whose use prevents it; empty when no pattern does. */
  patterns: readonly PatternId[];
  /** Where it was named, when not by this guide. */
  namedIn?: 'sculley-2015' | 'rules-of-ml';
}

export const antiPatterns = {
  'one-notebook-does-everything': {
    id: 'one-notebook-does-everything',
    name: 'One notebook that does everything',
    symptom: 'A single notebook loads data, cleans it, trains, evaluates and writes a model file, with cells run out of order and state held in globals.',
    cost: 'Nobody can rerun it from the top and get the same model; moving it into a pipeline means rewriting it.',
    fix: 'One notebook per stage, each with a parameters cell naming its inputs and outputs; the stages listed in STAGES.md.',
    practice: 'one-notebook-per-stage',
    patterns: ['workflow-pipeline'],
  },
  'tracker-as-orchestrator': {
    id: 'tracker-as-orchestrator',
    name: 'An experiment tracker used as an orchestrator',
    symptom: 'Training scripts call each other and poll the tracking server to decide what to run next; retries and schedules are hand-written.',
    cost: 'No retries, no backfills, no dependency graph: a failed step leaves the chain half done, and nothing says so.',
    fix: 'Let a data or workflow pipeline run the steps; let each step log to the tracker. The tracker records, it does not schedule.',
    practice: 'containerised-steps',
    patterns: ['workflow-pipeline'],
  },
  'scheduler-as-tracker': {
    id: 'scheduler-as-tracker',
    name: 'A scheduler used as an experiment tracker',
    symptom: 'Metrics are pushed through task return values or task logs; "which run made the model in production?" is answered by reading logs.',
    cost: 'Runs cannot be compared side by side, and a model cannot be traced back to its parameters and data.',
    fix: 'Log parameters, metrics and models to a tracking server from inside the task, and register the model there.',
    practice: 'experiment-tracking',
    patterns: ['model-versioning'],
  },
  'csv-between-containers': {
    id: 'csv-between-containers',
    name: 'CSV files passed between containerised steps',
    symptom: 'Steps write untyped CSV files to an agreed path in a shared bucket and the next step reads whatever is there.',
    cost: 'Types, schema and lineage are lost at every hop; a step can read a file another run wrote.',
    fix: "Declare typed artifacts as each component's inputs and outputs (for example Dataset and Model in Kubeflow Pipelines) and let the pipeline pass and version them.",
    practice: 'containerised-steps',
    patterns: ['workflow-pipeline'],
  },
  'undated-tool-advice': {
    id: 'undated-tool-advice',
    name: 'Undated tool advice',
    symptom: 'A design document says "use tool X for step Y" with no version and no date.',
    cost: 'Tool roles move: MLflow Pipelines became MLflow Recipes, which MLflow 3 removed. Undated advice outlives the feature it relies on.',
    fix: 'Record the tool version and the date a claim was checked next to the claim, and recheck it before relying on it.',
    practice: 'data-and-code-versions',
    patterns: [],
  },
  'glue-code': {
    id: 'glue-code',
    name: 'Glue code',
    symptom: 'Most of the system is code that converts data into and out of one general-purpose ML library; the model itself is a few lines in the middle.',
    cost: 'The system is tied to that library: trying another one, or a better model, means rewriting the glue, so nobody does.',
    fix: "Put the library behind the system's own narrow interface (a component with declared inputs and outputs, a serving function with a fixed signature), so the rest of the code never sees it.",
    practice: 'declared-inputs-outputs',
    patterns: ['workflow-pipeline', 'stateless-serving-function'],
    namedIn: 'sculley-2015',
  },
  'pipeline-jungles': {
    id: 'pipeline-jungles',
    name: 'Pipeline jungles',
    symptom: 'Data preparation grew one scrape, join and sampling step at a time, with intermediate files between them; nobody can draw it on one page.',
    cost: 'Errors are hard to find and every new signal makes it worse; testing it end to end costs more than the model.',
    fix: 'Redesign data collection and feature computation as a whole: named steps with declared inputs and outputs, features defined once and shared.',
    practice: 'stages-written-down',
    patterns: ['workflow-pipeline', 'feature-store', 'transform'],
    namedIn: 'sculley-2015',
  },
  'dead-experimental-codepaths': {
    id: 'dead-experimental-codepaths',
    name: 'Dead experimental codepaths',
    symptom: 'Production code carries flags and branches for experiments that ended long ago; some combinations were never run together.',
    cost: 'Every change has to keep all branches working, and a stale flag can switch on an old path in production without anyone noticing.',
    fix: 'Run an experiment as its own pipeline run or model version, not as a branch in shared code, and delete the paths that lost.',
    practice: 'experiment-tracking',
    patterns: ['model-versioning', 'workflow-pipeline'],
    namedIn: 'sculley-2015',
  },
  'undeclared-consumers': {
    id: 'undeclared-consumers',
    name: 'Undeclared consumers',
    symptom: "Other systems read a model's predictions (from logs, a table or the endpoint) without the team knowing; the model's output has become someone else's input.",
    cost: 'Improving the model silently breaks them, and their use can feed back into the data the model is trained on.',
    fix: 'Serve predictions only through versioned, access-controlled endpoints, and keep a list of who calls each version.',
    practice: 'registry-and-aliases',
    patterns: ['model-versioning', 'stateless-serving-function'],
    namedIn: 'sculley-2015',
  },
  'hidden-feedback-loops': {
    id: 'hidden-feedback-loops',
    name: 'Hidden feedback loops',
    symptom: "The model's predictions change what users do, and that behaviour comes back as next month's training data, through paths nobody drew.",
    cost: 'Offline metrics look fine while the model slowly trains on its own effects; the drift shows up late, if at all.',
    fix: "Monitor the deployed model against fresh ground truth, keep a small share of traffic the model does not influence, and record which data came from the model's own decisions.",
    practice: 'monitoring-feedback',
    patterns: ['continued-model-evaluation'],
    namedIn: 'sculley-2015',
  },
  'training-serving-skew': {
    id: 'training-serving-skew',
    name: 'Training/serving skew',
    symptom: 'Features are computed by one piece of code for training and by another, rewritten, for serving; or serving reads fresher or differently aggregated data.',
    cost: 'The model sees inputs in production that differ from the ones it learned from, and performs worse than every offline test said.',
    fix: 'Compute each feature once and use that code in both places: save the transform with the model, serve features from the same store, compute windows the same way.',
    practice: 'declared-inputs-outputs',
    patterns: ['transform', 'feature-store', 'windowed-inference'],
    namedIn: 'rules-of-ml',
  },
} as const satisfies { [K in AntiPatternId]: AntiPattern<K> };

/** Where an anti-pattern was named, cited beside it. */
export const ANTI_PATTERN_ORIGINS = {
  'sculley-2015': {
    title: 'Sculley et al., "Hidden Technical Debt in Machine Learning Systems" (NeurIPS 2015)',
    url: 'https://papers.nips.cc/paper/2015/hash/86df7dcfd896fcaf2674f757a2463eba-Abstract.html',
  },
  'rules-of-ml': {
    title: 'Zinkevich, "Rules of Machine Learning: Best Practices for ML Engineering" (Google)',
    url: 'https://developers.google.com/machine-learning/guides/rules-of-ml',
  },
} as const satisfies { [K in NonNullable<AntiPattern['namedIn']>]: { title: string; url: string } };
