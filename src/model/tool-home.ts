import type { PipelineTypeId, StageId } from './ids.ts';
import type { Tool } from './tools.ts';

/** The guide page that explains a tool: a pipeline type's page or a stage's page. */
export type ToolHome = { kind: 'pipeline-type'; id: PipelineTypeId } | { kind: 'stage'; id: StageId };

/**
 * Where a reader who searches for a tool's name should land. A tool that serves a single stage
 * (a validation library, a model server) is explained by that stage's page, where its job is
 * described among the stage's tools. A tool that implements one pipeline type is explained by
 * that type's page, which shows what the type is and works an example. Anything else falls
 * back to its first stage.
 */
export function toolHome(tool: Pick<Tool, 'stages' | 'pipelineTypes'>): ToolHome {
  const [firstStage] = tool.stages;
  const [onlyType, ...otherTypes] = tool.pipelineTypes;
  if (firstStage === undefined) throw new Error('toolHome: a tool serves at least one stage (validate() checks this)');
  if (tool.stages.length > 1 && onlyType !== undefined && otherTypes.length === 0) return { kind: 'pipeline-type', id: onlyType };
  return { kind: 'stage', id: firstStage };
}
