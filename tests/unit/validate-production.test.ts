import { describe, expect, test } from 'vitest';
import { model, STAGE_IDS, validateModel } from '../../src/model/index.ts';

const messages = (changed: object) => validateModel({ ...model, ...changed }).map((i) => `${i.file} › ${i.entity} › ${i.field}: ${i.message}`);

// Shape problems (the schema, in its field order) come before problems of reference.
describe('validateModel on monitoring signals', () => {
  test('accepts the real signals', () => {
    expect(validateModel(model)).toEqual([]);
  });

  test('names an unknown input, responder and stage, and an empty text', () => {
    const signal = { ...model.monitoringSignals['data-drift'], needs: ['prediction-log', 'logs'], alerts: 'everyone', feedsBack: 'monitoring', response: ' ' };
    expect(messages({ monitoringSignals: { ...model.monitoringSignals, 'data-drift': signal } })).toEqual([
      'src/model/data/monitoring.ts › monitoring signal "data-drift" › needs[1]: unknown monitoring input id "logs"; known: service-metrics, prediction-log, reference-data, ground-truth',
      'src/model/data/monitoring.ts › monitoring signal "data-drift" › alerts: unknown monitoring responder id "everyone"; known: on-call-engineer, data-owner, model-owner',
      `src/model/data/monitoring.ts › monitoring signal "data-drift" › feedsBack: unknown stage id "monitoring"; known: ${STAGE_IDS.join(', ')}`,
      'src/model/data/monitoring.ts › monitoring signal "data-drift" › response: response is missing or empty',
    ]);
  });

  test('names a signal that needs nothing and an input no signal needs', () => {
    const signal = { ...model.monitoringSignals['service-health'], needs: [] };
    expect(messages({ monitoringSignals: { ...model.monitoringSignals, 'service-health': signal } })).toEqual([
      'src/model/data/monitoring.ts › monitoring signal "service-health" › needs: needs nothing; name the inputs the signal is computed from',
      'src/model/data/monitoring.ts › monitoring input "service-metrics" › needs: no signal needs this input; remove it or say which signal reads it',
    ]);
  });

  test('names a missing signal and a key that does not match its id', () => {
    const { 'prediction-drift': _dropped, ...rest } = model.monitoringSignals;
    expect(messages({ monitoringSignals: { ...rest, 'data-drift': { ...model.monitoringSignals['data-drift'], id: 'drift' } } })).toEqual([
      'src/model/data/monitoring.ts › monitoring signal "data-drift" › id: id "drift" does not match its key "data-drift"',
      'src/model/data/monitoring.ts › monitoring signal "prediction-drift" › id: monitoring signal id "prediction-drift" has no entry',
    ]);
  });
});

describe('validateModel on test kinds', () => {
  test('names an unknown section, trigger and stage', () => {
    const kind = { ...model.mlTestKinds['schema-test'], section: 'unit', runs: 'nightly', stages: ['data-validation', 'monitoring'] };
    expect(messages({ mlTestKinds: { ...model.mlTestKinds, 'schema-test': kind } })).toEqual([
      'src/model/data/ml-tests.ts › test kind "schema-test" › section: unknown ML Test Score section id "unit"; known: data, model, infrastructure, monitoring',
      `src/model/data/ml-tests.ts › test kind "schema-test" › stages[1]: unknown stage id "monitoring"; known: ${STAGE_IDS.join(', ')}`,
      'src/model/data/ml-tests.ts › test kind "schema-test" › runs: unknown test trigger id "nightly"; known: commit, pipeline-run, release, production',
    ]);
  });

  test('names a stage no test checks and a section no test belongs to', () => {
    const kinds = Object.fromEntries(
      Object.entries(model.mlTestKinds)
        .filter(([id]) => id !== 'production-monitoring')
        .map(([id, kind]) => [id, { ...kind, stages: kind.stages.filter((s) => s !== 'model-building') }]),
    );
    expect(messages({ mlTestKinds: kinds })).toEqual([
      'src/model/data/ml-tests.ts › test kind "training-smoke-test" › stages: names no stage; say which stage’s output the test checks',
      'src/model/data/ml-tests.ts › test kind "production-monitoring" › id: test kind id "production-monitoring" has no entry',
      'src/model/data/ml-tests.ts › stage "model-building" › tests: no test kind checks this stage',
      'src/model/data/ml-tests.ts › ML Test Score section "monitoring" › tests: no test kind belongs to this section',
    ]);
  });
});
