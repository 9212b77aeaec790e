import { describe, expect, test } from 'vitest';
import {
  patternCategoryHref,
  patternHref,
  pipelineTypeHref,
  practiceHref,
  stageHref,
  starterKitHref,
  termHref,
  toolHref,
} from '../../src/model/index.ts';

describe('hrefs', () => {
  test('follow the URL scheme: stage, type and pattern pages, tool rows, practice and glossary anchors', () => {
    expect(stageHref('data-validation')).toBe('/pipeline/data-validation/');
    expect(pipelineTypeHref('data-pipeline')).toBe('/pipeline-types/data-pipeline/');
    expect(toolHref('dagster')).toBe('/tools/dagster/');
    expect(patternHref('checkpoints')).toBe('/patterns/checkpoints/');
    expect(patternCategoryHref('data-representation')).toBe('/patterns/?category=data-representation');
    expect(practiceHref({ id: 'one-notebook-per-stage', page: 'notebooks' })).toBe('/practices/notebooks/#practice-one-notebook-per-stage');
    expect(termHref('lineage')).toBe('/reference/glossary/#term-lineage');
    expect(starterKitHref('README.md')).toBe('/starter-kit/README.md');
  });
});
