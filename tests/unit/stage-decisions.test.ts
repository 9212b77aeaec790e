import { describe, expect, test } from 'vitest';
import { stageDecisionsHeadings } from '../../src/components/stage-decisions-headings.ts';
import { stageDetailsSections } from '../../src/components/stage-details-sections.ts';
import { FRAMING_FIELD_IDS, formatModelIssues, model, STAGE_IDS, validateModel } from '../../src/model/index.ts';

interface LooseDecision {
  id?: unknown;
  question?: unknown;
  decidedBy?: unknown;
  options?: { choice?: unknown; when?: unknown; cost?: unknown }[];
}

/** The real model with one stage's decisions replaced. */
function withDecisions(stage: string, decisions: unknown) {
  const stages = JSON.parse(JSON.stringify(model.stages)) as Record<string, { decisions?: unknown }>;
  if (decisions === undefined) delete stages[stage].decisions;
  else stages[stage].decisions = decisions;
  return formatModelIssues(validateModel({ ...model, stages })).split('\n').filter(Boolean);
}

const option = { choice: 'Hash a key', when: 'Rows group by customer.', cost: 'Shares are approximate.' };
const decision = (change: LooseDecision = {}): LooseDecision => ({ id: 'split', question: 'How to split?', decidedBy: ['ml-objective'], options: [option, option], ...change });

describe('stage decisions in the model', () => {
  test('every stage has decisions, each with at least two options saying when and at what cost', () => {
    for (const id of STAGE_IDS) {
      const { decisions } = model.stages[id];
      expect(decisions.length, id).toBeGreaterThan(0);
      for (const d of decisions) {
        expect(d.options.length, `${id} › ${d.id}`).toBeGreaterThanOrEqual(2);
        for (const o of d.options) expect([o.choice, o.when, o.cost].every((t) => t.trim() !== ''), `${id} › ${d.id}`).toBe(true);
      }
    }
    expect(withDecisions('data-processing', [decision()])).toEqual([]);
  });

  test('names the stage when its decisions are missing or empty', () => {
    const missing = 'src/model/data/stages.ts › stage "data-processing" › decisions: decisions is missing or empty; list at least one question a team answers in this stage';
    expect(withDecisions('data-processing', undefined)).toEqual([missing]);
    expect(withDecisions('data-processing', [])).toEqual([missing]);
  });

  test('refuses a decision with fewer than two options', () => {
    expect(withDecisions('model-deployment', [decision({ options: [option] })])).toEqual([
      'src/model/data/stages.ts › stage "model-deployment" › decisions[0].options: has 1 option; a decision needs at least two',
    ]);
  });

  test('names an option without its when or its cost, and an empty question', () => {
    expect(withDecisions('data-validation', [decision({ question: ' ', options: [option, { choice: 'Warn only', when: '', cost: undefined }] })])).toEqual([
      'src/model/data/stages.ts › stage "data-validation" › decisions[0].question: question is missing or empty',
      'src/model/data/stages.ts › stage "data-validation" › decisions[0].options[1].when: when is missing or empty',
      'src/model/data/stages.ts › stage "data-validation" › decisions[0].options[1].cost: cost is missing or empty',
    ]);
  });

  test('refuses ids that cannot be anchors or repeat within a stage', () => {
    expect(withDecisions('data-collection', [decision({ id: 'Split Method' }), decision(), decision()])).toEqual([
      'src/model/data/stages.ts › stage "data-collection" › decisions[0].id: not a kebab-case id: "Split Method"',
      'src/model/data/stages.ts › stage "data-collection" › decisions[2].id: decision "split" is listed twice; ids are anchors and must be unique',
    ]);
  });
});

describe('stage decisions traced to the framing', () => {
  test('every decision names at least one framing field, and each one exists', () => {
    const known = new Set<string>(FRAMING_FIELD_IDS);
    for (const id of STAGE_IDS) {
      for (const d of model.stages[id].decisions) {
        expect(d.decidedBy.length, `${id} › ${d.id}`).toBeGreaterThan(0);
        for (const f of d.decidedBy) expect(known.has(f), `${id} › ${d.id} › ${f}`).toBe(true);
      }
    }
  });

  test('an unknown framing field fails, naming the file, the stage and the decision’s field', () => {
    const issues = withDecisions('training-evaluation', [decision({ decidedBy: ['ml-objective', 'business-value'] })]);
    expect(issues).toEqual([
      `src/model/data/stages.ts › stage "training-evaluation" › decisions[0].decidedBy[1]: unknown framing field id "business-value"; known: ${FRAMING_FIELD_IDS.join(', ')}`,
    ]);
  });

  test('a decision that names no framing field, or one twice, fails', () => {
    expect(withDecisions('model-deployment', [decision({ decidedBy: [] })])).toEqual([
      'src/model/data/stages.ts › stage "model-deployment" › decisions[0].decidedBy: names no framing field; name at least one whose answer decides it',
    ]);
    expect(withDecisions('model-deployment', [decision({ decidedBy: undefined })])).toEqual([
      'src/model/data/stages.ts › stage "model-deployment" › decisions[0].decidedBy: decidedBy is missing; name the framing fields (src/model/data/framing.ts) whose answers decide it',
    ]);
    expect(withDecisions('model-deployment', [decision({ decidedBy: ['latency', 'latency'] })])).toEqual([
      'src/model/data/stages.ts › stage "model-deployment" › decisions[0].decidedBy[1]: "latency" is listed twice',
    ]);
  });
});

describe('stageDecisionsHeadings', () => {
  test('gives one h2 and an h3 per decision, with ids unique on the page beside the stage details', () => {
    for (const id of STAGE_IDS) {
      const headings = stageDecisionsHeadings(model, id);
      expect(headings.map((h) => h.depth)).toEqual([2, ...model.stages[id].decisions.map(() => 3)]);
      expect(headings.slice(1).map((h) => h.text)).toEqual(model.stages[id].decisions.map((d) => d.question));
      const ids = [...headings.map((h) => h.id), ...stageDetailsSections(model, id).map((s) => s.id)];
      expect(new Set(ids).size, id).toBe(ids.length);
    }
  });
});
