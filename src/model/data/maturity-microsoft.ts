import type { MaturityLevelId } from './maturity.ts';

/** Microsoft's MLOps maturity model: five levels, from no MLOps to fully automated operations. */
export const MICROSOFT_LEVEL_IDS = ['ms-level-0', 'ms-level-1', 'ms-level-2', 'ms-level-3', 'ms-level-4'] as const;
export type MicrosoftLevelId = (typeof MICROSOFT_LEVEL_IDS)[number];

export interface MicrosoftLevel<Id extends MicrosoftLevelId = MicrosoftLevelId> {
  id: Id;
  /** Microsoft's name for the level, e.g. "Level 2: Automated training". */
  name: string;
  /** One line, in our words: what the level looks like from the outside. */
  summary: string;
  /** Google's levels that describe the same state (our crosswalk; two when it straddles them). */
  google: readonly [MaturityLevelId, ...MaturityLevelId[]];
  /** Why it corresponds to those Google levels. */
  why: string;
}

export const microsoftLevels = {
  'ms-level-0': {
    id: 'ms-level-0',
    name: 'Level 0: No MLOps',
    summary: 'Builds, tests, training and releases are all manual; teams work apart and the model is a black box once released.',
    google: ['level-0'],
    why: "Both describe the same starting point: a person trains the model and hands over a file.",
  },
  'ms-level-1': {
    id: 'ms-level-1',
    name: 'Level 1: DevOps but no MLOps',
    summary: "The application around the model has version control, automated builds and tests; the model itself is still trained and handed over by hand.",
    google: ['level-0'],
    why: "Google's ladder only counts what happens to the model, so automating the application alone leaves a team at its level 0.",
  },
  'ms-level-2': {
    id: 'ms-level-2',
    name: 'Level 2: Automated training',
    summary: 'Training runs as a managed, repeatable job with its runs tracked centrally and models versioned; releasing a model is still a manual step.',
    google: ['level-1'],
    why: 'Automated, traceable training is the heart of Google level 1 (continuous training); Microsoft separates out the release step that Google level 1 also automates.',
  },
  'ms-level-3': {
    id: 'ms-level-3',
    name: 'Level 3: Automated model deployment',
    summary: 'A new model is tested and released automatically through CI/CD, with traceability from the deployment back to the data.',
    google: ['level-1', 'level-2'],
    why: "Automated delivery of the model completes Google level 1; releasing through a CI/CD pipeline with tests for all code is half of Google level 2.",
  },
  'ms-level-4': {
    id: 'ms-level-4',
    name: 'Level 4: Full MLOps automated operations',
    summary: 'Production metrics trigger retraining, and the retrained model is tested and released without a person; the system is monitored end to end.',
    google: ['level-2'],
    why: 'Everything is built, tested, released and retrained automatically, which is what Google level 2 describes.',
  },
} as const satisfies { [K in MicrosoftLevelId]: MicrosoftLevel<K> };

/** One yes/no question of the self-assessment; the first "no" places the team. */
export interface AssessmentQuestion {
  /** Stable id, also the question's anchor. */
  id: string;
  question: string;
  /** The Microsoft level a team is at when this is the first question it answers "no". */
  ifNo: MicrosoftLevelId;
}

/** Answered in order; every "yes" moves up one level, and all "yes" is the top level. */
export const selfAssessment = [
  {
    id: 'app-ci',
    question: 'Is the code that calls the model in version control, built and tested automatically?',
    ifNo: 'ms-level-0',
  },
  {
    id: 'tracked-training',
    question: 'Does training run as a job from versioned code (a script or pipeline, not cells run by hand), with every run tracked centrally?',
    ifNo: 'ms-level-1',
  },
  {
    id: 'automated-release',
    question: 'Does a new model reach production through an automated, tested release, without anyone copying files?',
    ifNo: 'ms-level-2',
  },
  {
    id: 'automated-retraining',
    question: 'Do production metrics (drift, a drop in quality) start retraining, and does the retrained model go out the same way without a person?',
    ifNo: 'ms-level-3',
  },
] as const satisfies readonly AssessmentQuestion[];

/** Where a team that answers every question "yes" stands. */
export const ALL_YES_LEVEL: MicrosoftLevelId = 'ms-level-4';
