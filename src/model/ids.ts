/** Ids are slugs and are forever: each is also a URL segment and an anchor. */
export const STAGE_IDS = [
  'data-collection',
  'data-validation',
  'data-processing',
  'model-building',
  'training-evaluation',
  'model-deployment',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const PIPELINE_TYPE_IDS = [
  'workflow-pipeline',
  'data-pipeline',
  'model-pipeline',
  'ml-tracking-pipeline',
] as const;
export type PipelineTypeId = (typeof PIPELINE_TYPE_IDS)[number];

/** How much of a stage a pipeline type takes on. */
export const COVERAGE_ROLES = ['primary', 'supporting'] as const;
export type CoverageRole = (typeof COVERAGE_ROLES)[number];
