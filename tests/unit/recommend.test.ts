import { describe, expect, test } from 'vitest';
import { CHOOSER_ANSWER_IDS, CHOOSER_RULE_IDS, chooser, type ChooserAnswers } from '../../src/model/index.ts';
import { answersFromParams, answersToParams, recommend, ruleMatches } from '../../src/islands/recommend.ts';

const rules = CHOOSER_RULE_IDS.map((id) => chooser.rules[id]);
const ids = (answers: ChooserAnswers) => recommend(rules, answers).rules.map((r) => r.id);

describe('ruleMatches', () => {
  test('needs every listed question answered with one of its answers', () => {
    const when = { 'scheduled-data': ['yes'], infrastructure: ['kubernetes', 'managed-cloud'] };
    expect(ruleMatches(when, { 'scheduled-data': 'yes', infrastructure: 'managed-cloud' })).toBe(true);
    expect(ruleMatches(when, { 'scheduled-data': 'yes', infrastructure: 'single-machine' })).toBe(false);
    expect(ruleMatches(when, { 'scheduled-data': 'yes' })).toBe(false);
  });

  test('never matches a rule without conditions', () => {
    expect(ruleMatches({}, { 'scheduled-data': 'yes' })).toBe(false);
  });
});

describe('recommend', () => {
  test('recommends nothing for empty answers', () => {
    const result = recommend(rules, {});
    expect(result).toEqual({ rules: [], pipelineTypes: [], tools: [], answered: 0 });
  });

  test('recommends a data pipeline and schedulers for scheduled data movement', () => {
    const result = recommend(rules, { 'scheduled-data': 'yes' });
    expect(result.rules.map((r) => r.id)).toEqual(['schedule-data-movement']);
    expect(result.pipelineTypes).toEqual(['data-pipeline']);
    expect(result.tools).toEqual(['apache-airflow', 'dagster', 'prefect']);
    expect(result.answered).toBe(1);
  });

  test('adds data checks to the data pipeline without repeating the pipeline type', () => {
    const result = recommend(rules, { 'scheduled-data': 'yes', 'data-checks': 'yes' });
    expect(result.pipelineTypes).toEqual(['data-pipeline']);
    expect(result.tools).toEqual(['apache-airflow', 'dagster', 'prefect', 'great-expectations', 'pandera', 'tensorflow-data-validation']);
  });

  test('recommends a model pipeline for transforms that travel with the model', () => {
    expect(recommend(rules, { 'bundled-transforms': 'yes' }).pipelineTypes).toEqual(['model-pipeline']);
  });

  test('recommends a tracking pipeline for experiments and model versions', () => {
    const result = recommend(rules, { experiments: 'yes' });
    expect(result.pipelineTypes).toEqual(['ml-tracking-pipeline']);
    expect(result.tools).toContain('mlflow-tracking');
    expect(result.tools).toContain('mlflow-model-registry');
  });

  test('picks workflow tools by infrastructure when every step should be containerised', () => {
    expect(ids({ 'containerised-steps': 'yes', infrastructure: 'kubernetes' })).toEqual(['workflow-on-kubernetes']);
    const managed = recommend(rules, { 'containerised-steps': 'yes', infrastructure: 'managed-cloud' });
    expect(managed.rules.map((r) => r.id)).toEqual(['workflow-on-managed-cloud', 'use-your-managed-platform']);
    expect(managed.tools).toEqual(['vertex-ai-pipelines', 'sagemaker-pipelines', 'azure-machine-learning', 'vertex-ai', 'amazon-sagemaker', 'databricks']);
  });

  test('points a team on a managed platform at its own platform, whatever else it answered', () => {
    expect(ids({ infrastructure: 'managed-cloud' })).toEqual(['use-your-managed-platform']);
  });

  test('recommends no workflow tool for containerised steps until the infrastructure is known', () => {
    const result = recommend(rules, { 'containerised-steps': 'yes' });
    expect(result.rules).toEqual([]);
    expect(result.answered).toBe(1);
  });

  test('answers a contradiction (containers end to end, one machine) with a caution, not a workflow pipeline', () => {
    const result = recommend(rules, { 'containerised-steps': 'yes', infrastructure: 'single-machine' });
    expect(result.rules.map((r) => [r.id, r.kind])).toEqual([['workflow-on-one-machine', 'caution']]);
    expect(result.pipelineTypes).not.toContain('workflow-pipeline');
  });

  test('warns to split responsibilities when scheduled data and an end-to-end workflow are both wanted', () => {
    expect(ids({ 'scheduled-data': 'yes', 'containerised-steps': 'yes', infrastructure: 'kubernetes' })).toEqual([
      'schedule-data-movement',
      'workflow-on-kubernetes',
      'data-pipeline-feeds-workflow',
    ]);
  });

  test('suggests starting small only when every need is answered no', () => {
    const allNo = { 'scheduled-data': 'no', 'data-checks': 'no', 'bundled-transforms': 'no', experiments: 'no', 'containerised-steps': 'no' } as const;
    expect(ids(allNo)).toEqual(['start-small']);
    expect(ids({ ...allNo, infrastructure: 'kubernetes' })).toEqual(['start-small']);
    expect(ids({ ...allNo, experiments: 'yes' })).toEqual(['track-experiments-and-versions']);
    expect(ids({ 'scheduled-data': 'no' })).toEqual([]);
  });

  test('recommends all four pipeline types when every need is answered yes', () => {
    const result = recommend(rules, {
      'scheduled-data': 'yes',
      'data-checks': 'yes',
      'bundled-transforms': 'yes',
      experiments: 'yes',
      'containerised-steps': 'yes',
      infrastructure: 'managed-cloud',
    });
    expect([...result.pipelineTypes].sort()).toEqual(['data-pipeline', 'ml-tracking-pipeline', 'model-pipeline', 'workflow-pipeline']);
  });
});

describe('answersFromParams', () => {
  test('keeps known questions with allowed answers and drops the rest', () => {
    const params = new URLSearchParams('scheduled-data=yes&infrastructure=mainframe&colour=blue&experiments=no');
    expect(answersFromParams(params, CHOOSER_ANSWER_IDS)).toEqual({ 'scheduled-data': 'yes', experiments: 'no' });
  });

  test('treats a question answered both ways as unanswered', () => {
    const params = new URLSearchParams('data-checks=yes&data-checks=no&experiments=yes&experiments=yes');
    expect(answersFromParams(params, CHOOSER_ANSWER_IDS)).toEqual({ experiments: 'yes' });
  });

  test('round-trips through answersToParams in question order', () => {
    const answers = { infrastructure: 'kubernetes', 'scheduled-data': 'yes' };
    const params = answersToParams(answers, CHOOSER_ANSWER_IDS);
    expect(params.toString()).toBe('scheduled-data=yes&infrastructure=kubernetes');
    expect(answersFromParams(params, CHOOSER_ANSWER_IDS)).toEqual(answers);
  });
});
