import { COVERAGE_ROLES, roleVerb, type CoverageRole } from '../model/index.ts';
import type { LegendEntry } from './view.ts';

/** A box's look where a pipeline type has no part (diagrams.css draws it faint and dotted). */
export const UNCOVERED = 'uncovered';

/**
 * The key to boxes marked by a pipeline type's role, for the roles a diagram draws, in the
 * model's order: `subject` says who plays the role ("the pipeline type", "it").
 */
export function coverageLegend(drawn: readonly (CoverageRole | typeof UNCOVERED)[], subject: string, stage: string): LegendEntry[] {
  const roles: LegendEntry[] = COVERAGE_ROLES.filter((role) => drawn.includes(role)).map((role) => ({
    shape: 'box',
    className: role,
    meaning: `${subject} ${roleVerb(role)} ${stage}`,
  }));
  return drawn.includes(UNCOVERED) ? [...roles, { shape: 'box', className: UNCOVERED, meaning: `${subject} has no part in ${stage}` }] : roles;
}

/** The key to the dotted edge that runs against the stage order, when a diagram draws one. */
export function loopLegend(drawn: boolean): LegendEntry[] {
  return drawn ? [{ shape: 'line', className: 'edge-pattern-dotted', meaning: 'feedback loop' }] : [];
}
