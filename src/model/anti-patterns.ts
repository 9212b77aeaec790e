import type { PracticeId } from './practices.ts';

export const ANTI_PATTERN_IDS = [
  'one-notebook-does-everything',
  'tracker-as-orchestrator',
  'scheduler-as-tracker',
  'csv-between-containers',
  'undated-tool-advice',
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
}

export const antiPatterns = {
  'one-notebook-does-everything': {
    id: 'one-notebook-does-everything',
    name: 'One notebook that does everything',
    symptom: 'A single notebook loads data, cleans it, trains, evaluates and writes a model file, with cells run out of order and state held in globals.',
    cost: 'Nobody can rerun it from the top and get the same model; moving it into a pipeline means rewriting it.',
    fix: 'One notebook per stage, each with a parameters cell naming its inputs and outputs; the stages listed in STAGES.md.',
    practice: 'one-notebook-per-stage',
  },
  'tracker-as-orchestrator': {
    id: 'tracker-as-orchestrator',
    name: 'An experiment tracker used as an orchestrator',
    symptom: 'Training scripts call each other and poll the tracking server to decide what to run next; retries and schedules are hand-written.',
    cost: 'No retries, no backfills, no dependency graph: a failed step leaves the chain half done, and nothing says so.',
    fix: 'Let a data or workflow pipeline run the steps; let each step log to the tracker. The tracker records, it does not schedule.',
    practice: 'containerised-steps',
  },
  'scheduler-as-tracker': {
    id: 'scheduler-as-tracker',
    name: 'A scheduler used as an experiment tracker',
    symptom: 'Metrics are pushed through task return values or task logs; "which run made the model in production?" is answered by reading logs.',
    cost: 'Runs cannot be compared side by side, and a model cannot be traced back to its parameters and data.',
    fix: 'Log parameters, metrics and models to a tracking server from inside the task, and register the model there.',
    practice: 'experiment-tracking',
  },
  'csv-between-containers': {
    id: 'csv-between-containers',
    name: 'CSV files passed between containerised steps',
    symptom: 'Steps write untyped CSV files to an agreed path in a shared bucket and the next step reads whatever is there.',
    cost: 'Types, schema and lineage are lost at every hop; a step can read a file another run wrote.',
    fix: "Declare typed artifacts as each component's inputs and outputs (for example Dataset and Model in Kubeflow Pipelines) and let the pipeline pass and version them.",
    practice: 'containerised-steps',
  },
  'undated-tool-advice': {
    id: 'undated-tool-advice',
    name: 'Undated tool advice',
    symptom: 'A design document says "use tool X for step Y" with no version and no date.',
    cost: 'Tool roles move: MLflow Pipelines became MLflow Recipes, which MLflow 3 removed. Undated advice outlives the feature it relies on.',
    fix: 'Record the tool version and the date a claim was checked next to the claim, and recheck it before relying on it.',
    practice: 'data-and-code-versions',
  },
} as const satisfies { [K in AntiPatternId]: AntiPattern<K> };
