import { describe, expect, test } from 'vitest';
import { assertValidModel, formatModelIssues, InvalidModelError, model, validateModel } from '../../src/model/index.ts';
import { brokenModels } from '../fixtures/models.ts';

describe('validateModel', () => {
  test('accepts the real model', () => {
    expect(validateModel(model)).toEqual([]);
  });

  test('names the file, entity and field of a duplicate stage id', () => {
    const [issue] = validateModel(brokenModels.duplicateStageId());
    expect(issue).toMatchObject({ file: 'src/model/data/stages.ts', entity: 'stage "data-collection"', field: 'id' });
    expect(issue.message).toMatch(/duplicate stage id/);
  });

  test('reports an unknown stage id in a pipeline type, with the known ids', () => {
    const issues = validateModel(brokenModels.unknownStageInCovers());
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'src/model/data/pipeline-types.ts',
        entity: 'pipeline type "data-pipeline"',
        field: 'covers[0].stage',
        message: expect.stringMatching(/unknown stage id "data-colection"; known: data-collection, /),
      }),
    );
  });

  test('reports a stage listed twice by one pipeline type', () => {
    expect(formatModelIssues(validateModel(brokenModels.stageCoveredTwice()))).toContain(
      'src/model/data/pipeline-types.ts › pipeline type "model-pipeline" › covers[4].stage: stage "model-building" is listed twice',
    );
  });

  test('reports an entity whose id does not match its key, and the duplicate it creates', () => {
    const messages = validateModel(brokenModels.idNotMatchingKey()).map((i) => i.message);
    expect(messages).toContain('id "data-validation" does not match its key "data-processing"');
    expect(messages.some((m) => m.startsWith('duplicate stage id "data-validation"'))).toBe(true);
  });

  test('reports a missing required field', () => {
    expect(validateModel(brokenModels.missingName())).toContainEqual(
      expect.objectContaining({ entity: 'pipeline type "ml-tracking-pipeline"', field: 'name' }),
    );
  });

  test('reports an unknown coverage role', () => {
    expect(validateModel(brokenModels.unknownRole())).toContainEqual(
      expect.objectContaining({ field: 'covers[0].role', message: expect.stringContaining('"main"') }),
    );
  });

  test('reports a stage that no pipeline type covers', () => {
    expect(validateModel(brokenModels.uncoveredStage())).toContainEqual(
      expect.objectContaining({ entity: 'stage "data-collection"', message: expect.stringMatching(/no pipeline type covers/) }),
    );
  });

  test('assertValidModel throws one error listing every problem', () => {
    expect(() => assertValidModel(brokenModels.uncoveredStage())).toThrow(InvalidModelError);
    expect(() => assertValidModel(brokenModels.stageCoveredTwice())).toThrow(/The model has 1 problem:\n.*model-pipeline/);
  });

  test('reports an artifact that no stage produces, and an unknown artifact a stage reads', () => {
    expect(formatModelIssues(validateModel(brokenModels.artifactWithoutProducer()))).toContain(
      'src/model/data/artifacts.ts › artifact "prediction-log" › producer: no stage lists it in outputs',
    );
    expect(validateModel(brokenModels.unknownArtifactInput())).toContainEqual(
      expect.objectContaining({ file: 'src/model/data/stages.ts', entity: 'stage "model-building"', field: 'inputs[2]' }),
    );
  });

  test('reports a tool in an unknown stage and a homepage that is not https', () => {
    const issues = validateModel(brokenModels.toolInUnknownStage());
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/model/data/tools.ts', entity: 'tool "dagster"', field: 'stages[0]' }));
    expect(issues).toContainEqual(expect.objectContaining({ entity: 'tool "kserve"', field: 'homepage' }));
  });

  test('reports a related-pattern link recorded from one end only', () => {
    expect(formatModelIssues(validateModel(brokenModels.oneWayPatternLink()))).toMatch(
      /src\/model\/data\/patterns\.ts › pattern "transform" › related\[\d+\]: one-way link: "transform" is automated by "workflow-pipeline", but "workflow-pipeline" does not list \{ kind: 'automates', pattern: 'transform' \}/,
    );
  });

  test('reports a stage with no failure modes', () => {
    expect(formatModelIssues(validateModel(brokenModels.emptyFailureModes()))).toContain(
      'src/model/data/stages.ts › stage "data-validation" › failureModes: failureModes is missing or empty',
    );
  });

  test('reports notebook parameters with a bad name, a default of the wrong type and an unknown type', () => {
    const issues = validateModel(brokenModels.badNotebookParameters());
    expect(issues.map((i) => `${i.entity} › ${i.field}`)).toEqual([
      'stage "data-collection" › notebook.parameters[0].name',
      'stage "data-collection" › notebook.parameters[1].default',
      'stage "data-collection" › notebook.parameters[2].type',
    ]);
    expect(issues[1].message).toBe('default "30" is not of type integer');
  });

  test('requires the notebook to declare every input of its stage, at a path inside the project', () => {
    const issues = formatModelIssues(validateModel(brokenModels.notebookMissingAnInput()));
    expect(issues).toContain(
      'src/model/data/stages.ts › stage "model-building" › notebook.inputs: does not declare "data-splits", which the stage lists in inputs',
    );
    expect(issues).toContain('stage "model-building" › notebook.outputs[0].path: not a relative path inside the project: "../outside.yaml"');
  });

  test('a shape error comes from the schema, named file › entity › field, with what is wrong', () => {
    const m = JSON.parse(JSON.stringify(model));
    m.tools.dvc.homepage = 'dvc.org';
    m.stages['data-collection'].notebook.parameters[0].name = 'snapshot-date';
    m.stages['data-collection'].colour = 'red';
    expect(formatModelIssues(validateModel(m)).split('\n')).toEqual([
      'src/model/data/stages.ts › stage "data-collection" › notebook.parameters[0].name: not a Python identifier: "snapshot-date"',
      'src/model/data/stages.ts › stage "data-collection" › colour: is not a field of this kind of entity; remove it or add it to src/model/validate/model-schema.ts',
      'src/model/data/tools.ts › tool "dvc" › homepage: not an https URL: "dvc.org"',
    ]);
  });

  test('a cross-reference error comes from validate(), in the same form, and a problem both find is reported once', () => {
    expect(formatModelIssues(validateModel(brokenModels.oneWayPatternLink())).split('\n')).toHaveLength(1);
    const issues = validateModel(brokenModels.unknownStageInCovers());
    expect(issues.filter((i) => i.field === 'covers[0].stage')).toHaveLength(1);
    expect(() => assertValidModel(brokenModels.unknownStageInCovers())).toThrow(
      /src\/model\/data\/pipeline-types\.ts › pipeline type "data-pipeline" › covers\[0\]\.stage: unknown stage id "data-colection"/,
    );
  });

  test('requires a consumer to read an artifact where its producer writes it', () => {
    expect(formatModelIssues(validateModel(brokenModels.notebookPathDiffersFromProducer()))).toContain(
      'stage "training-evaluation" › notebook.inputs[1].path: "data/my-splits/" differs from "data/splits/", where stage "data-processing" writes it',
    );
  });
  test('a pattern–tool link with an unknown id, an empty "how" or no source fails, named file › entity › field', () => {
    const m = JSON.parse(JSON.stringify(model));
    m.patternTools['feature-store'].tools[0].tool = 'feest';
    m.patternTools['model-versioning'].tools[0].how = ' ';
    m.patternTools.checkpoints.tools[0].source = 'the docs';
    m.patternTools.transform.tools[1].tool = m.patternTools.transform.tools[0].tool;
    m.patternTools.reframing = { pattern: 'reframing', tools: [] };
    expect(formatModelIssues(validateModel(m)).split('\n')).toEqual([
      'src/model/data/pattern-tools.ts › pattern "reframing" › tools: lists no tool; leave the pattern out instead',
      'src/model/data/pattern-tools.ts › pattern "checkpoints" › tools[0].source: neither an https URL nor "guide-reading": "the docs"',
      expect.stringMatching(/^src\/model\/data\/pattern-tools\.ts › pattern "feature-store" › tools\[0\]\.tool: unknown tool id "feest"; known: apache-airflow, /),
      'src/model/data/pattern-tools.ts › pattern "model-versioning" › tools[0].how: how is missing or empty',
      'src/model/data/pattern-tools.ts › pattern "transform" › tools[1].tool: "tfx" is listed twice for this pattern',
    ]);
  });
});
