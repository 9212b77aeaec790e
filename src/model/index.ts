import type { Model } from './model.ts';
import { pipelineTypes } from './pipeline-types.ts';
import { stages } from './stages.ts';

export * from './ids.ts';
export * from './model.ts';
export * from './validate.ts';
export type { Stage } from './stages.ts';
export type { PipelineType, StageCoverage } from './pipeline-types.ts';

/** The guide's model. Checked by validate() when the site builds. */
export const model = { stages, pipelineTypes } as const satisfies Model;
