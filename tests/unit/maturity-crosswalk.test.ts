import { describe, expect, test } from 'vitest';
import { ALL_YES_LEVEL, guide, MATURITY_LEVEL_IDS, MICROSOFT_LEVEL_IDS, validateGuide } from '../../src/model/guide.ts';

describe('Microsoft maturity levels and the self-assessment', () => {
  test('place every Microsoft level against at least one Google level, and use every Google level', () => {
    const used = new Set(MICROSOFT_LEVEL_IDS.flatMap((id) => guide.microsoftLevels[id].google));
    expect([...used].sort()).toEqual([...MATURITY_LEVEL_IDS].sort());
  });

  test('reach every Microsoft level exactly once: one per question, and the top one for all "yes"', () => {
    const reached = [...guide.selfAssessment.map((q) => q.ifNo), ALL_YES_LEVEL];
    expect(reached).toEqual([...MICROSOFT_LEVEL_IDS]);
  });

  test('name the file, entity and field of a crosswalk to an unknown Google level', () => {
    const broken = {
      ...guide,
      microsoftLevels: { ...guide.microsoftLevels, 'ms-level-3': { ...guide.microsoftLevels['ms-level-3'], google: ['level-1', 'level-3'] } },
    };
    expect(validateGuide(broken)).toContainEqual(
      expect.objectContaining({ file: 'src/model/data/maturity-microsoft.ts', entity: 'Microsoft maturity level "ms-level-3"', field: 'google[1]' }),
    );
  });

  test('report questions out of order and a missing question', () => {
    const [first, second, , fourth] = guide.selfAssessment;
    const issues = validateGuide({ ...guide, selfAssessment: [first, fourth, second] });
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'self-assessment question 2', field: 'ifNo' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'self-assessment', field: 'questions' }));
  });
});
