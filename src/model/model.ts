import type { PipelineTypeId, StageId } from './ids.ts';
import type { PipelineType } from './pipeline-types.ts';
import type { Stage } from './stages.ts';

/** The whole fact base. Views take the parts they read (`Pick<Model, …>`). */
export interface Model {
  stages: { readonly [K in StageId]: Stage<K> };
  pipelineTypes: { readonly [K in PipelineTypeId]: PipelineType<K> };
}

/** Where each entity kind is written down, so an error can point a person at the file. */
export const MODEL_FILES = {
  stages: 'src/model/stages.ts',
  pipelineTypes: 'src/model/pipeline-types.ts',
} as const satisfies { [K in keyof Model]: string };
