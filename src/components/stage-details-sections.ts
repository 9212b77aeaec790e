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

/**
 * Parts named in a `parts="purpose io"` prop, in the order given; fails naming `where` and the
 * parts there are for an unknown one. No prop: every part, in STAGE_DETAILS_PARTS order.
 */
export function stageDetailsParts(parts: string | undefined, where: string): StageDetailsPart[] {
  if (parts === undefined) return [...STAGE_DETAILS_PARTS];
  return parts.split(/\s+/).filter(Boolean).map((name) => {
    const part = STAGE_DETAILS_PARTS.find((p) => p === name);
    if (part === undefined) throw new Error(`${where}: <StageDetails parts="${parts}">: unknown part "${name}"; use ${STAGE_DETAILS_PARTS.join(', ')}`);
    return part;
  });
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
 * The sections `<StageDetails>` renders for one stage, in order (`parts`' order; every part by
 * default); the parts the stage's model entry leaves empty are left out. The component renders
 * exactly these and the page's "On this page" lists exactly these, so the two cannot disagree.
 * A stage page places them in three groups, so that they come in reading order among its prose.
 */
export function stageDetailsSections(
  model: Pick<Model, 'stages'>,
  stage: StageId,
  parts: readonly StageDetailsPart[] = STAGE_DETAILS_PARTS,
): StageDetailsSection[] {
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
  return parts.filter(present).map((part) => ({ part, id: `${stage}-${part}`, title: TITLES[part] }));
}
