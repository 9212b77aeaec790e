import type { Model, StageId } from '../model/index.ts';

export const STAGE_DETAILS_PARTS = ['purpose', 'io', 'checks', 'failures', 'types', 'tools', 'contract'] as const;
/** One part of a stage's details, each under its own h2. */
export type StageDetailsPart = (typeof STAGE_DETAILS_PARTS)[number];

/** An h2 that `<StageDetails>` renders: what follows it, its published anchor and its text. */
export interface StageDetailsSection {
  part: StageDetailsPart;
  /** `data-collection-checks`: a published anchor, so it never changes. */
  id: `${StageId}-${StageDetailsPart}`;
  title: string;
}

const TITLES = {
  purpose: 'What it is for',
  io: 'Inputs and outputs',
  checks: 'Checks',
  failures: 'Failure modes',
  types: 'Pipeline types that cover it',
  tools: 'Tools that serve it',
  contract: 'Notebook contract',
} as const satisfies { [P in StageDetailsPart]: string };

/**
 * The sections `<StageDetails>` renders for one stage, in order; the parts the stage's model
 * entry leaves empty are left out. The component renders exactly these and the page's "On this
 * page" lists exactly these, so the two cannot disagree.
 */
export function stageDetailsSections(model: Pick<Model, 'stages'>, stage: StageId): StageDetailsSection[] {
  const entry = model.stages[stage];
  const present = (part: StageDetailsPart): boolean => {
    switch (part) {
      case 'purpose':
        return entry.purpose.trim() !== '';
      case 'failures':
        return entry.failureModes.length > 0;
      case 'io':
      case 'checks':
      case 'types':
      case 'tools':
      case 'contract':
        return true;
      default: {
        const unknown: never = part;
        throw new Error(`unknown stage details part ${String(unknown)}`);
      }
    }
  };
  return STAGE_DETAILS_PARTS.filter(present).map((part) => ({ part, id: `${stage}-${part}`, title: TITLES[part] }));
}
