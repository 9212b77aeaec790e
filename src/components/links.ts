import type { GlossaryTermId } from '../model/guide.ts';
import { toolUrl, type PipelineTypeId, type StageId } from '../model/index.ts';

/** Page of a stage: /pipeline/<stage>/. */
export const stageHref = (id: StageId) => `/pipeline/${id}/`;
/** Page of a pipeline type: /pipeline-types/<type>/. */
export const pipelineTypeHref = (id: PipelineTypeId) => `/pipeline-types/${id}/`;
/** A tool's own page (the model's `toolUrl`). */
export const toolHref = toolUrl;
/** Search weight of the tool names in the comparison of the four pipeline types: below a page title's. */
export const TOOL_COMPARISON_WEIGHT = 4;
/** A term's entry in the glossary. */
export const termHref = (id: GlossaryTermId) => `/reference/glossary/#term-${id}`;
/** A file of the starter kit. */
export const starterKitHref = (name: string) => `/starter-kit/${name}`;

/** A text or list-of-texts field a model entity may carry (a newer model adds it), as a list; empty when absent. */
export function optionalStrings(entity: object, name: string): string[] {
  const value: unknown = Object.getOwnPropertyDescriptor(entity, name)?.value;
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
