import { describe, expect, test } from 'vitest';
import { GOVERNANCE_CONCERN_IDS, guide, validateGuide } from '../../src/model/guide.ts';

const issuesOf = (broken: typeof guide | Record<string, unknown>, entity: string) =>
  validateGuide(broken as typeof guide).filter((i) => i.entity === entity);

describe('security, privacy and governance facts', () => {
  test('are valid as written', () => {
    expect(validateGuide(guide).filter((i) => i.file === 'src/model/data/governance.ts')).toEqual([]);
  });

  test('name the file, entity and field of an unknown stage, an unknown tool, an empty control and a source that is not https', () => {
    const concern = guide.governanceConcerns.secrets;
    const broken = {
      ...guide,
      governanceConcerns: {
        ...guide.governanceConcerns,
        secrets: { ...concern, stages: ['data-collection', 'monitoring'], tools: ['vault'], controls: [...concern.controls, ' '], source: { title: 'x', url: 'http://example.org/' } },
      },
    };
    const issues = issuesOf(broken, 'governance concern "secrets"');
    expect(issues.map((i) => i.field).sort()).toEqual(['controls[3]', 'source', 'stages[1]', 'tools[0]']);
    expect(issues[0]?.file).toBe('src/model/data/governance.ts');
  });

  test('report a format whose loading is unknown and a milestone out of order', () => {
    const act = guide.regulations['eu-ai-act'];
    const broken = {
      ...guide,
      modelFormats: { ...guide.modelFormats, pickle: { ...guide.modelFormats.pickle, loading: 'probably-fine' } },
      regulations: { ...guide.regulations, 'eu-ai-act': { ...act, milestones: [...act.milestones, { date: '2025-01-01', what: 'Too late in the list' }] } },
    };
    expect(issuesOf(broken, 'model format "pickle"').map((i) => i.field)).toEqual(['loading']);
    expect(issuesOf(broken, 'regulation "eu-ai-act"').map((i) => i.field)).toEqual([`milestones[${act.milestones.length}].date`]);
  });

  test('reports a concern with no entry', () => {
    const { secrets: _gone, ...rest } = guide.governanceConcerns;
    expect(issuesOf({ ...guide, governanceConcerns: rest }, 'governance concern "secrets"').map((i) => i.message)).toEqual(['governance concern id "secrets" has no entry']);
    expect(GOVERNANCE_CONCERN_IDS).toContain('secrets');
  });
});

describe('tool comparisons', () => {
  test('name the file, entity and field of an unknown tool, a tool listed twice and a missing judgement', () => {
    const broken = {
      ...guide,
      comparisons: { ...guide.comparisons, monitoring: { ...guide.comparisons.monitoring, tools: ['evidently', 'evidently', 'arize'], judgement: '' } },
    };
    const issues = issuesOf(broken, 'comparison "monitoring"');
    expect(issues.map((i) => i.field).sort()).toEqual(['judgement', 'tools[1]', 'tools[2]']);
    expect(issues[0]?.file).toBe('src/model/data/comparisons.ts');
  });

  test('compare at least two tools', () => {
    const broken = { ...guide, comparisons: { ...guide.comparisons, monitoring: { ...guide.comparisons.monitoring, tools: ['evidently'] } } };
    expect(issuesOf(broken, 'comparison "monitoring"').map((i) => i.field)).toEqual(['tools']);
  });
});
