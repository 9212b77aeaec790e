import { describe, expect, test } from 'vitest';
import { CONTRACT_FIELD_IDS, guide, TRAINING_DATA_HREF, trainingDataAt, trainingDataOfPattern, trainingDataOfTool, validateGuide } from '../../src/model/guide.ts';

const issuesOf = (broken: Record<string, unknown>, entity: string) =>
  validateGuide({ ...guide, ...broken } as typeof guide).filter((i) => i.entity === entity);

describe('training data and labels facts', () => {
  test('are valid as written', () => {
    expect(validateGuide(guide).filter((i) => i.file === 'src/model/data/training-data.ts')).toEqual([]);
  });

  test('name the file, entity and field of an unknown stage, pattern and tool', () => {
    const strategy = guide.labellingStrategies['weak-supervision'];
    const check = guide.labelChecks['label-distribution'];
    const broken = {
      labellingStrategies: { ...guide.labellingStrategies, 'weak-supervision': { ...strategy, stages: ['data-collection', 'labelling'], patterns: ['snorkel'] } },
      labelChecks: { ...guide.labelChecks, 'label-distribution': { ...check, stage: 'monitoring', tools: ['pandera', 'cleanlab'] } },
    };
    const strategyIssues = issuesOf(broken, 'labelling strategy "weak-supervision"');
    expect(strategyIssues.map((i) => `${i.file} › ${i.entity} › ${i.field}`).sort()).toEqual([
      'src/model/data/training-data.ts › labelling strategy "weak-supervision" › patterns[0]',
      'src/model/data/training-data.ts › labelling strategy "weak-supervision" › stages[1]',
    ]);
    expect(strategyIssues[0]?.message).toMatch(/unknown (stage|pattern) id "(labelling|snorkel)"/);
    expect(issuesOf(broken, 'label check "label-distribution"').map((i) => i.field).sort()).toEqual(['stage', 'tools[1]']);
  });

  test('report an unknown ODCS section, a source that is not https, an empty text and an unknown id', () => {
    const broken = {
      contractFields: { ...guide.contractFields, schema: { ...guide.contractFields.schema, odcs: 'Columns', withoutIt: ' ' }, lineage: { id: 'lineage', name: 'Lineage' } },
      labelChecks: { ...guide.labelChecks, 'gold-audit': { ...guide.labelChecks['gold-audit'], sources: [{ cite: 'x', title: 'x', url: 'http://example.org/' }] } },
    };
    expect(issuesOf(broken, 'contract field "schema"').map((i) => i.field).sort()).toEqual(['odcs', 'withoutIt']);
    expect(issuesOf(broken, 'contract field "lineage"').map((i) => i.message)).toContain('unknown contract field id "lineage"; add it to the id list first');
    expect(issuesOf(broken, 'label check "gold-audit"').map((i) => i.field)).toEqual(['sources[0].url']);
    expect(CONTRACT_FIELD_IDS).not.toContain('lineage');
  });

  test('give every stage, tool and pattern they name a link back to the page', () => {
    expect(trainingDataAt('data-collection').length).toBeGreaterThan(0);
    expect(trainingDataAt('data-validation').map((r) => r.name)).toContain(guide.labelChecks['annotator-agreement'].name);
    expect(trainingDataOfTool('pandera').every((r) => r.href.startsWith(`${TRAINING_DATA_HREF}#`))).toBe(true);
    expect(trainingDataOfTool('pandera').length).toBeGreaterThan(0);
    expect(trainingDataOfPattern('neutral-class').map((r) => r.name)).toEqual([guide.labellingStrategies['hand-labels'].name]);
    expect(trainingDataOfTool('kserve')).toEqual([]);
  });
});
