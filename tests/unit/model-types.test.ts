import { describe, expect, test } from 'vitest';
import type { Alternative, NotebookParameter, NotebookPort, PipelineType, Stage, StageCoverage } from '../../src/model/index.ts';

// These lines prove at type-check time (`npm run check`) that a typo in an id does not compile.
describe('model types', () => {
  test('reject an unknown stage id in a coverage entry', () => {
    // @ts-expect-error 'data-colection' is not a StageId
    const coverage: StageCoverage = { stage: 'data-colection', role: 'primary' };
    expect(coverage.stage).toBe('data-colection');
  });

  test('reject an unknown role and a mismatched id', () => {
    // @ts-expect-error 'main' is not a CoverageRole
    const coverage: StageCoverage = { stage: 'data-collection', role: 'main' };
    // @ts-expect-error a Stage<'data-collection'> cannot carry another stage's id
    const stage: Stage<'data-collection'> = { id: 'data-validation', name: 'x', summary: 'y' };
    expect([coverage.role, stage.id]).toEqual(['main', 'data-validation']);
  });

  test('reject a pipeline type id that does not exist', () => {
    // @ts-expect-error 'feature-pipeline' is not a PipelineTypeId
    const id: PipelineType['id'] = 'feature-pipeline';
    expect(id).toBe('feature-pipeline');
  });

  test('reject a notebook port for an unknown artifact or format, and a parameter of an unknown type', () => {
    // @ts-expect-error 'features' is not an ArtifactId
    const port: NotebookPort = { artifact: 'features', path: 'data/features/', format: 'parquet' };
    // @ts-expect-error 'csv' is not a FileFormat
    const csv: NotebookPort = { artifact: 'feature-set', path: 'data/features.csv', format: 'csv' };
    // @ts-expect-error 'date' is not a NotebookParameterType
    const parameter: NotebookParameter = { name: 'day', type: 'date', default: '2024-01-01', description: 'x' };
    expect([port.artifact, csv.format, parameter.type]).toEqual(['features', 'csv', 'date']);
  });

  test('reject an alternative without a difference, with an empty one, or as a bare tool id', () => {
    // @ts-expect-error an alternative needs its difference
    const missing: Alternative = { tool: 'kserve' };
    // @ts-expect-error an empty difference is not "when …"
    const empty: Alternative = { tool: 'kserve', difference: '' };
    // @ts-expect-error a bare id is not an alternative: it says nothing of when to choose
    const bare: Alternative = 'kserve';
    const written: Alternative = { tool: 'kserve', difference: 'when you run Kubernetes' };
    expect([missing.tool, empty.difference, bare, written.difference]).toEqual(['kserve', '', 'kserve', 'when you run Kubernetes']);
  });
});
