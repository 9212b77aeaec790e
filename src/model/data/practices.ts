import type { MaturityLevelId } from './maturity.ts';

export const PRACTICE_IDS = [
  'one-notebook-per-stage',
  'declared-inputs-outputs',
  'stages-written-down',
  'experiment-tracking',
  'data-and-code-versions',
  'repeatable-splits',
  'data-validation-gate',
  'containerised-steps',
  'continuous-training',
  'registry-and-aliases',
  'monitoring-feedback',
  'pipeline-ci-cd',
] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

/** The guide's practice pages, by URL slug under /practices/. */
export const PRACTICE_PAGE_IDS = ['notebooks', 'reproducibility', 'workflow-pipeline-start'] as const;
export type PracticePageId = (typeof PRACTICE_PAGE_IDS)[number];

export interface Practice<Id extends PracticeId = PracticeId> {
  id: Id;
  name: string;
  /** One line: what you do. */
  summary: string;
  /** The rung of the maturity ladder where it becomes necessary (our reading). */
  level: MaturityLevelId;
  /** The practice page that explains it. */
  page: PracticePageId;
}

export const practices = {
  'one-notebook-per-stage': {
    id: 'one-notebook-per-stage',
    name: 'One notebook per stage',
    summary: 'Split exploratory work along the six stages, so each notebook has one job.',
    level: 'level-0',
    page: 'notebooks',
  },
  'declared-inputs-outputs': {
    id: 'declared-inputs-outputs',
    name: 'Declared inputs and outputs',
    summary: 'Each notebook names what it reads and writes in a parameters cell, as paths or URIs, never as hidden globals.',
    level: 'level-0',
    page: 'notebooks',
  },
  'stages-written-down': {
    id: 'stages-written-down',
    name: 'The stages written down',
    summary: 'A STAGES.md next to the notebooks lists every stage, its inputs, outputs and checks.',
    level: 'level-0',
    page: 'notebooks',
  },
  'experiment-tracking': {
    id: 'experiment-tracking',
    name: 'Experiment tracking',
    summary: 'Every training run logs parameters, metrics and the model to a tracking server.',
    level: 'level-0',
    page: 'reproducibility',
  },
  'data-and-code-versions': {
    id: 'data-and-code-versions',
    name: 'Code, data and environment versions on every run',
    summary: 'A run records the commit, the data snapshot and the package versions it used.',
    level: 'level-0',
    page: 'reproducibility',
  },
  'repeatable-splits': {
    id: 'repeatable-splits',
    name: 'Repeatable splits',
    summary: 'Training, validation and test sets come out the same on every run (by hashing a key, not by a random draw).',
    level: 'level-0',
    page: 'reproducibility',
  },
  'data-validation-gate': {
    id: 'data-validation-gate',
    name: 'Automated data validation gate',
    summary: 'A pipeline step checks each new batch of data and stops the run when it fails.',
    level: 'level-1',
    page: 'workflow-pipeline-start',
  },
  'containerised-steps': {
    id: 'containerised-steps',
    name: 'Containerised steps',
    summary: 'Each stage runs as a component with its own image and declared, typed inputs and outputs.',
    level: 'level-1',
    page: 'workflow-pipeline-start',
  },
  'continuous-training': {
    id: 'continuous-training',
    name: 'Continuous training',
    summary: 'The pipeline retrains on a schedule, on new data or on an alert, and validates the model before promoting it.',
    level: 'level-1',
    page: 'workflow-pipeline-start',
  },
  'registry-and-aliases': {
    id: 'registry-and-aliases',
    name: 'Model registry with aliases',
    summary: 'Deployment reads a model version through an alias (for example "champion"), never a file path.',
    level: 'level-1',
    page: 'reproducibility',
  },
  'monitoring-feedback': {
    id: 'monitoring-feedback',
    name: 'Monitoring that feeds back',
    summary: 'Prediction logs and later ground truth are scored continuously; a drop triggers retraining.',
    level: 'level-1',
    page: 'workflow-pipeline-start',
  },
  'pipeline-ci-cd': {
    id: 'pipeline-ci-cd',
    name: 'CI/CD for the pipeline',
    summary: "Changes to the pipeline's components are tested, built into images and released automatically.",
    level: 'level-2',
    page: 'workflow-pipeline-start',
  },
} as const satisfies { [K in PracticeId]: Practice<K> };
