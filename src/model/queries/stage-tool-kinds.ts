import { TOOL_CATEGORY_IDS, type PipelineTypeId, type StageId } from '../data/ids.ts';
import type { Model } from '../data/model.ts';
import { toolsInStage } from './queries.ts';
import { toolCategories, type ToolCategory } from '../data/tool-categories.ts';
import type { Tool } from '../data/tools.ts';

/** The tools of one kind that serve a stage. */
export interface ToolKindGroup {
  category: ToolCategory;
  /** In the model's order; never empty. */
  tools: readonly Tool[];
}

/**
 * The tools used in a stage (as `type`, when given), grouped by kind: kinds in the model's order,
 * kinds with no tool in the stage left out. Diagrams and the print sheet group a stage's tools
 * this way, so that forty tools read as a handful of kinds.
 */
export function toolKindsInStage(model: Pick<Model, 'tools'>, stage: StageId, type?: PipelineTypeId): ToolKindGroup[] {
  const tools = toolsInStage(model, stage, type).map((id) => model.tools[id]);
  return TOOL_CATEGORY_IDS.flatMap((id) => {
    const ofKind = tools.filter((t) => t.category === id);
    return ofKind.length > 0 ? [{ category: toolCategories[id], tools: ofKind }] : [];
  });
}
