import { TOOL_IDS, type ToolCategoryId, type ToolId } from '../data/ids.ts';
import type { Model } from '../data/model.ts';
import type { Tool } from '../data/tools.ts';

/** The tools of one category, in the model's order. */
export function toolsInCategory(model: Pick<Model, 'tools'>, category: ToolCategoryId): Tool[] {
  return TOOL_IDS.map((id) => model.tools[id]).filter((t) => t.category === category);
}

/** The tools that list `id` among their alternatives: the other direction of a one-way relation. */
export function toolsNamingAsAlternative(model: Pick<Model, 'tools'>, id: ToolId): Tool[] {
  return TOOL_IDS.map((t) => model.tools[t]).filter((t) => t.id !== id && t.alternatives.some((a) => a.tool === id));
}
