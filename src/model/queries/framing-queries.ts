import { STAGE_IDS, type StageId } from '../data/ids.ts';
import { FRAMING_FIELD_IDS, type FramingFieldId } from '../data/framing.ts';
import type { Model } from '../data/model.ts';
import type { StageDecision } from '../data/stages.ts';

/** A stage decision, with its stage. */
export interface DecisionOfStage {
  stage: StageId;
  decision: StageDecision;
}

/** The stage decisions a framing field decides, in stage order. */
export function decisionsDecidedBy(model: Pick<Model, 'stages'>, fieldId: FramingFieldId): DecisionOfStage[] {
  return STAGE_IDS.flatMap((stage) =>
    model.stages[stage].decisions.filter((d) => d.decidedBy.includes(fieldId)).map((decision) => ({ stage, decision })),
  );
}

/** A notebook parameter the framing sets: which field, which stage, which parameter. */
export interface FramingBinding {
  field: FramingFieldId;
  stage: StageId;
  parameter: string;
}

/** Every notebook parameter a framing field sets, in the framing's order. */
export function framingBindings(model: Pick<Model, 'framingFields'>): FramingBinding[] {
  return FRAMING_FIELD_IDS.map((id) => model.framingFields[id]).flatMap((f) => f.sets.map((s) => ({ field: f.id, stage: s.stage, parameter: s.parameter })));
}
