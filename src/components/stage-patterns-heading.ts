import type { StageId } from '../model/index.ts';

/** The h2 `<StagePatterns>` renders: `training-evaluation-patterns`, a published anchor, so it never changes. */
export function stagePatternsHeading(stage: StageId): { id: `${StageId}-patterns`; text: string } {
  return { id: `${stage}-patterns`, text: 'Patterns at this stage' };
}
