import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { FRAMING_FIELD_IDS, model, PATTERN_IDS, STAGE_IDS, TOOL_IDS } from '../../src/model/index.ts';
import { modelJsonSchema } from '../../src/model/validate/model-schema.ts';
import { modelExport } from '../../src/model/queries/model-export.ts';
import { LABELLING_STRATEGY_IDS } from '../../src/model/data/training-data.ts';

function validator() {
  // The schema's formats, checked as a consumer of /model.json would (ajv knows none by itself).
  const formats = { date: /^\d{4}-\d{2}-\d{2}$/, uri: (value: string) => URL.canParse(value) };
  return new Ajv2020({ allErrors: true, strict: false, formats }).compile(modelJsonSchema());
}

/** The model as /model.json serves it. */
const exported = () => JSON.parse(JSON.stringify(modelExport));

describe('modelJsonSchema', () => {
  test('accepts the exported model', () => {
    const validate = validator();
    expect(validate(exported()), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('rejects an unknown stage id, a missing field and an unexpected field', () => {
    const validate = validator();
    const bad = exported();
    bad.tools.dagster.stages = ['data-ingestion'];
    delete bad.stages['data-validation'].purpose;
    bad.artifacts['raw-data'].colour = 'red';
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/tools/dagster/stages/0');
    expect(where).toContain('/stages/data-validation');
    expect(where).toContain('/artifacts/raw-data');
  });

  test('publishes the tool ledger and rejects a ledger fact without a valid source or date', () => {
    const validate = validator();
    const bad = exported();
    expect(Object.keys(bad.toolLedger)).toEqual([...TOOL_IDS]);
    bad.toolLedger.kserve.status.source = 'kserve docs';
    bad.toolLedger.kserve.version.released = '2026-3';
    delete bad.toolLedger.dagster.status;
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/toolLedger/kserve/status/source');
    expect(where).toContain('/toolLedger/kserve/version/released');
    expect(where).toContain('/toolLedger/dagster');
  });

  test('describes the notebook contract so a generator can rely on it', () => {
    const validate = validator();
    const bad = exported();
    bad.stages['data-collection'].notebook.parameters[0].type = 'date';
    bad.stages['data-collection'].notebook.outputs[0].format = 'csv';
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/stages/data-collection/notebook/parameters/0/type');
    expect(where).toContain('/stages/data-collection/notebook/outputs/0/format');
  });

  test('carries the framing fields and the worked example’s answers, and holds decisions to known framing fields', () => {
    const validate = validator();
    const bad = exported();
    expect(Object.keys(bad.framingFields)).toEqual([...FRAMING_FIELD_IDS]);
    expect(Object.keys(bad.workedExampleFraming)).toEqual([...FRAMING_FIELD_IDS]);
    bad.stages['training-evaluation'].decisions[1].decidedBy = ['business-value'];
    delete bad.workedExampleFraming['minimum-gain'];
    bad.framingFields.latency.owner = 'everyone';
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/stages/training-evaluation/decisions/1/decidedBy/0');
    expect(where).toContain('/workedExampleFraming');
    expect(where).toContain('/framingFields/latency/owner');
  });

  test('defines each id list once, so the schema grows with the model, not its square', () => {
    // A pattern's relations and a tool's alternatives name entities of their own kind: an enum
    // per entity made the 100× scale model's schema too large to serialise.
    const enums: string[][] = [];
    JSON.stringify(modelJsonSchema(), (key, value: unknown) => {
      if (key === 'enum' && Array.isArray(value)) enums.push(value as string[]);
      return value;
    });
    for (const ids of [PATTERN_IDS, TOOL_IDS, STAGE_IDS]) {
      expect(enums.filter((e) => e.length === ids.length && ids.every((id) => e.includes(id))), `enums listing all ${ids.length} of ${ids[0]}, …`).toHaveLength(1);
    }
  });
  test('describes the pattern–tool links: a known tool id and a source that is a URL or the guide’s reading', () => {
    const validate = validator();
    const bad = exported();
    bad.patternTools['feature-store'].tools[0].tool = 'feest';
    bad.patternTools['model-versioning'].tools[0].source = 'mlflow docs';
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/patternTools/feature-store/tools/0/tool');
    expect(where).toContain('/patternTools/model-versioning/tools/0/source');
  });
  test('publishes the training data records and rejects an unknown stage, tool or ODCS section in them', () => {
    const validate = validator();
    const bad = exported();
    expect(Object.keys(bad.labellingStrategies)).toEqual([...LABELLING_STRATEGY_IDS]);
    bad.labellingStrategies['active-learning'].stages = ['labelling'];
    bad.labelChecks['label-distribution'].tools = ['cleanlab'];
    bad.contractFields.schema.odcs = 'Columns';
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/labellingStrategies/active-learning/stages/0');
    expect(where).toContain('/labelChecks/label-distribution/tools/0');
    expect(where).toContain('/contractFields/schema/odcs');
  });
});
