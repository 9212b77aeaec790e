import { stageDecisionAnchor, type Model, type StageId } from '../model/index.ts';

/** A heading `<StageDecisions>` renders: the section's h2, then one h3 per decision. */
export interface StageDecisionHeading {
  depth: 2 | 3;
  /** `data-processing-decisions`, `data-processing-decision-split-method`: published anchors. */
  id: string;
  text: string;
}

/** Title of the section; the same on every stage page. */
export const STAGE_DECISIONS_TITLE = 'Decisions and trade-offs';

/**
 * The headings `<StageDecisions>` renders for one stage, in order. The component renders exactly
 * these and "On this page" lists exactly these (src/navigation/contents-route-data.ts).
 */
export function stageDecisionsHeadings(model: Pick<Model, 'stages'>, stage: StageId): StageDecisionHeading[] {
  return [
    { depth: 2, id: `${stage}-decisions`, text: STAGE_DECISIONS_TITLE },
    ...model.stages[stage].decisions.map((d) => ({ depth: 3 as const, id: stageDecisionAnchor(stage, d.id), text: d.question })),
  ];
}
