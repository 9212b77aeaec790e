import { describe, expect, test } from 'vitest';
import { model, PIPELINE_TYPE_IDS } from '../../src/model/index.ts';
import {
  dataPipelineToAirflow,
  modelPipelineToPython,
  pipelineFiles,
  trackingToMlflow,
  workflowPipelineToKfp,
} from '../../src/starter-kit/pipeline-files.ts';
import type { StarterKitModel } from '../../src/starter-kit/notebook.ts';

/** The real model with the data pipeline covering only its first two stages. */
const narrower: StarterKitModel = {
  ...model,
  pipelineTypes: {
    ...model.pipelineTypes,
    'data-pipeline': { ...model.pipelineTypes['data-pipeline'], covers: model.pipelineTypes['data-pipeline'].covers.slice(0, 2) },
  },
};

describe('pipelineFiles', () => {
  test('writes one file per pipeline type, in the model order of types', () => {
    expect(pipelineFiles(model).map((f) => f.type)).toEqual([...PIPELINE_TYPE_IDS]);
  });

  test.each(pipelineFiles(model).map((f) => [f.name, f.text] as const))('%s matches its snapshot', (_name, text) => {
    expect(text).toMatchSnapshot();
  });
});

describe('dataPipelineToAirflow', () => {
  test('has a task for each stage the data pipeline covers, and no other', () => {
    const full = dataPipelineToAirflow(model);
    const narrow = dataPipelineToAirflow(narrower);
    expect(full).toContain('def data_processing(validated_data: str, **context)');
    expect(narrow).not.toContain('def data_processing');
    expect(narrow).toMatch(/data_validation_outputs = data_validation\(\s*raw_data=data_collection_outputs\["raw_data"\],?\s*\)/);
  });
});

describe('workflowPipelineToKfp', () => {
  test('brings the prediction log, written by a later stage, in through an importer', () => {
    const text = workflowPipelineToKfp(model);
    expect(text).toContain('def churn_workflow(prediction_log_uri: str):');
    expect(text).toMatch(/prediction_log = dsl\.importer\(\s*artifact_uri=prediction_log_uri,\s*artifact_class=Dataset,?\s*\)/);
    expect(text).toMatch(/data_collection_task = data_collection\(\s*prediction_log=prediction_log\.output,?\s*\)/);
  });

  test('types each artifact by its format and each parameter by its contract type', () => {
    const text = workflowPipelineToKfp(model);
    expect(text).toContain('fitted_transform: Output[Model],');
    expect(text).toContain('validation_report: Output[Artifact],');
    expect(text).toContain('lookback_days: int = 30,');
    expect(text).toContain('fail_on_anomaly: bool = True,');
  });
});

describe('trackingToMlflow', () => {
  test('opens one run per stage the tracking pipeline leads and registers the trained model', () => {
    const text = trackingToMlflow(model);
    expect(text.match(/mlflow\.start_run\(/g)).toHaveLength(
      model.pipelineTypes['ml-tracking-pipeline'].covers.filter((c) => c.role === 'primary').length,
    );
    expect(text).toContain('registered_model_name=REGISTERED_MODEL');
  });
});

describe('generated files', () => {
  test.each(pipelineFiles(model).map((f) => [f.name, f.text] as const))('%s keeps docstrings, calls and the DAG header within 79 columns', (_name, text) => {
    const long = text.split('\n').filter((l) => l.length > 79 && /^\s*("""|\w+ = \w+\(|@dag)/.test(l));
    expect(long).toEqual([]);
  });
});

describe('modelPipelineToPython', () => {
  test('names the transform and the estimator as the steps', () => {
    expect(modelPipelineToPython(model)).toContain('STEPS = ("transform", "estimator")');
  });
});
