import { STAGE_IDS, stagesOfTool, TOOL_CATEGORY_IDS, TOOL_IDS, type Model, type StageId, type ToolCategoryId, type ToolId } from '../model/index.ts';
import type { Team } from './team-schema.ts';

// Questions about a team's file, answered once for every component that shows it. The model
// answers which stages a tool serves; the team says which tools it chose.

type ToolsModel = Pick<Model, 'tools'>;

/** Every tool the team chose, by kind or for a stage, in the model's order. */
export function teamStack(team: Team): ToolId[] {
  const chosen = new Set<ToolId>([...TOOL_CATEGORY_IDS.flatMap((k) => team.stack[k] ?? []), ...STAGE_IDS.flatMap((s) => team.stages[s]?.tools ?? [])]);
  return TOOL_IDS.filter((id) => chosen.has(id));
}

/** Whether the team chose the tool. */
export function isInTeamStack(team: Team, tool: ToolId): boolean {
  return teamStack(team).includes(tool);
}

/** The team's tools in a stage: those its stack holds that the model places there, and those it names for the stage, in the model's order. */
export function teamToolsInStage(model: ToolsModel, team: Team, stage: StageId): ToolId[] {
  const named = team.stages[stage]?.tools ?? [];
  return teamStack(team).filter((id) => named.includes(id) || (isInStackByKind(team, id) && stagesOfTool(model, id).includes(stage)));
}

/** The stages where the team uses a tool (see teamToolsInStage), in stage order. */
export function teamStagesOfTool(model: ToolsModel, team: Team, tool: ToolId): StageId[] {
  return STAGE_IDS.filter((stage) => teamToolsInStage(model, team, stage).includes(tool));
}

/** The team's tools in a stage grouped by kind, kinds in the model's order. */
export function teamToolKindsInStage(model: ToolsModel, team: Team, stage: StageId): { kind: ToolCategoryId; tools: ToolId[] }[] {
  const tools = teamToolsInStage(model, team, stage);
  return TOOL_CATEGORY_IDS.flatMap((kind) => {
    const ofKind = tools.filter((id) => model.tools[id].category === kind);
    return ofKind.length > 0 ? [{ kind, tools: ofKind }] : [];
  });
}

function isInStackByKind(team: Team, tool: ToolId): boolean {
  return TOOL_CATEGORY_IDS.some((k) => (team.stack[k] ?? []).includes(tool));
}
