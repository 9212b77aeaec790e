import { describe, expect, test } from 'vitest';
import { CHOOSER_ANSWER_IDS, CHOOSER_QUESTION_IDS, CHOOSER_RULE_IDS, model, validateModel, type ToolId } from '../../src/model/index.ts';
import { chooserToQuestionFields } from '../../src/components/chooser/rule-cards.ts';

interface LooseRule {
  id: string;
  kind: string;
  when: Record<string, string[]>;
  pipelineTypes: string[];
  tools: string[];
  stages: string[];
  title: string;
  reason: string;
}

// The schema holds the chooser to its listed rule ids, so the hand-made rule takes the place of the first.
const RULE = CHOOSER_RULE_IDS[0];

/** The real model with its first chooser rule replaced by a hand-made one. */
function withRule(change: Partial<LooseRule>) {
  const rule: LooseRule = {
    id: RULE,
    kind: 'recommend',
    when: { 'scheduled-data': ['yes'] },
    pipelineTypes: ['data-pipeline'],
    tools: ['apache-airflow'],
    stages: ['data-collection'],
    title: 'Title',
    reason: 'Reason.',
    ...change,
  };
  return { ...model, chooser: { questions: model.chooser.questions, rules: { ...model.chooser.rules, [RULE]: rule } } };
}

const messages = (change: Partial<LooseRule>) =>
  validateModel(withRule(change)).map((i) => `${i.file} › ${i.entity} › ${i.field}: ${i.message}`);

describe('validateModel on the chooser', () => {
  test('accepts the real chooser and a well-formed rule', () => {
    expect(validateModel(model)).toEqual([]);
    expect(messages({})).toEqual([]);
  });

  test('names an unknown question or answer in a condition', () => {
    expect(messages({ when: { 'scheduled-dat': ['yes'] } })).toEqual([
      expect.stringMatching(/^src\/model\/data\/chooser\.ts › rule "schedule-data-movement" › when\.scheduled-dat: unknown question/),
    ]);
    expect(messages({ when: { infrastructure: ['mainframe'] } })).toEqual([
      expect.stringContaining('when.infrastructure[0]: unknown answer "mainframe"; known: single-machine, kubernetes, managed-cloud'),
    ]);
  });

  test('refuses a rule that could never match', () => {
    expect(messages({ when: {} })).toEqual([expect.stringContaining('› when: has no condition')]);
    expect(messages({ when: { experiments: [] } })).toEqual([expect.stringContaining('› when.experiments: lists no answer')]);
  });

  test('names unknown pipeline types, tools and stages', () => {
    expect(messages({ pipelineTypes: ['data-pipeline', 'etl-pipeline'] })).toEqual([
      expect.stringContaining('pipelineTypes[1]: unknown pipeline type id "etl-pipeline"'),
    ]);
    expect(messages({ tools: ['airflow'] })).toEqual([expect.stringContaining('tools[0]: unknown tool id "airflow"')]);
    expect(messages({ stages: ['deployment'] })).toEqual([expect.stringContaining('stages[0]: unknown stage id "deployment"')]);
  });

  test('refuses a tool that implements none of the rule’s pipeline types', () => {
    expect(messages({ tools: ['apache-airflow', 'mlflow-tracking'] })).toEqual([
      expect.stringContaining('tools[1]: "mlflow-tracking" implements none of the rule\'s pipeline types (data-pipeline)'),
    ]);
  });

  test('refuses an unknown kind and empty text', () => {
    expect(messages({ kind: 'maybe', reason: ' ' })).toEqual([
      expect.stringContaining('› kind: unknown kind "maybe"'),
      expect.stringContaining('› reason: reason is missing or empty'),
    ]);
  });
});

/** Each platform an answer names, with the question and answer that name it. */
function namedPlatforms(): { question: string; answer: string; tool: ToolId }[] {
  return CHOOSER_QUESTION_IDS.flatMap((question) => {
    const q = model.chooser.questions[question];
    const platforms: { readonly [answer: string]: readonly ToolId[] | undefined } = ('platforms' in q ? q.platforms : undefined) ?? {};
    return CHOOSER_ANSWER_IDS[question].flatMap((answer: string) => (platforms[answer] ?? []).map((tool) => ({ question, answer, tool })));
  });
}

describe('the chooser’s platforms', () => {
  test('every platform named in a question’s answers is recommended by a rule that applies to that answer', () => {
    const named = namedPlatforms();
    // Azure Machine Learning and Databricks were named without a rule that recommended them.
    expect(named.map((p) => p.tool)).toEqual(expect.arrayContaining(['azure-machine-learning', 'databricks']));
    for (const { question, answer, tool } of named) {
      const covering = Object.values(model.chooser.rules).filter((rule) => {
        const when: { readonly [q: string]: readonly string[] | undefined } = rule.when;
        const tools: readonly string[] = rule.tools;
        return (when[question] ?? []).includes(answer) && tools.includes(tool);
      });
      expect(covering.map((r) => r.id), `${question}=${answer} names ${tool}`).not.toEqual([]);
    }
  });

  test('the form names every platform after its answer’s label', () => {
    const infrastructure = chooserToQuestionFields(model).find((f) => f.id === 'infrastructure');
    const managed = infrastructure?.answers.find((a) => a.id === 'managed-cloud');
    for (const { tool } of namedPlatforms()) expect(managed?.label).toContain(model.tools[tool].name);
  });

  test('validate() names a platform that no rule for its answer recommends', () => {
    const rules = Object.fromEntries(
      Object.entries(model.chooser.rules).map(([id, rule]) => [id, { ...rule, tools: rule.tools.filter((t: string) => t !== 'databricks') }]),
    );
    const broken = { ...model, chooser: { questions: model.chooser.questions, rules } };
    expect(validateModel(broken).map((i) => `${i.file} › ${i.entity} › ${i.field}: ${i.message}`)).toEqual([
      expect.stringMatching(/^src\/model\/data\/chooser\.ts › question "infrastructure" › platforms\.managed-cloud\[3\]: names "databricks", but no rule that applies to this answer recommends it/),
    ]);
  });
});
