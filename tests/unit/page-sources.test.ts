import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { model, STAGE_IDS } from '../../src/model/index.ts';
import { pageSources, REFERENCES, STAGE_SOURCES } from '../../src/sources/page-sources.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const entryIds = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('pageSources', () => {
  test.each(entryIds)('content/%s.mdx cites at least two sources, each an https link', (id) => {
    const sources = pageSources(id);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) expect(source.url, source.title).toMatch(/^https:\/\//);
  });

  test('a page in a section the guide has no rule for gets none (and so fails the test above)', () => {
    expect(pageSources('somewhere-new/page')).toEqual([]);
  });

  test('pattern pages cite the book and its companion repository', () => {
    expect(pageSources('patterns/transform')).toEqual([REFERENCES.book, REFERENCES.companionRepository]);
  });

  test("stage pages cite the essay and Google's MLOps paper, then at least two primary sources of their own; each tool's documentation is cited on the tool's page", () => {
    const urls = pageSources('pipeline/data-validation').map((s) => s.url);
    expect(urls.slice(0, 2)).toEqual([REFERENCES.essay.url, REFERENCES.googleMlops.url]);
    expect(urls).toContain(REFERENCES.dataValidation.url);
    for (const stage of STAGE_IDS) {
      const own = pageSources(`pipeline/${stage}`).filter((s) => s !== REFERENCES.essay && s !== REFERENCES.googleMlops);
      expect(own.length, stage).toBeGreaterThanOrEqual(2);
      expect(own).toEqual(STAGE_SOURCES[stage]);
    }
    expect(pageSources('pipeline/index')).toEqual([REFERENCES.essay, REFERENCES.googleMlops]);
    expect(pageSources('tools/great-expectations').map((s) => s.url)).toContain(model.tools['great-expectations'].source);
  });

  test("pipeline-type pages cite the documentation of the type's tools", () => {
    expect(pageSources('pipeline-types/ml-tracking-pipeline').map((s) => s.url)).toContain(model.tools['mlflow-tracking'].source);
  });

  test('the framing page cites the essay and the practice of problem framing', () => {
    expect(pageSources('framing/index')).toEqual([REFERENCES.essay, REFERENCES.problemFraming, REFERENCES.rulesOfMl]);
  });

  test('the tool matrix and the data pipeline page cite the data-infrastructure landscape; other pages do not', () => {
    expect(pageSources('tools/index')).toContain(REFERENCES.dataInfrastructure);
    expect(pageSources('pipeline-types/data-pipeline')).toContain(REFERENCES.dataInfrastructure);
    expect(pageSources('pipeline-types/model-pipeline')).not.toContain(REFERENCES.dataInfrastructure);
    expect(pageSources('pipeline/data-collection')).not.toContain(REFERENCES.dataInfrastructure);
  });

  test('sources from frontmatter are added once, after the ones for the page kind', () => {
    const extra = { title: 'Extra', url: 'https://example.org/extra' };
    expect(pageSources('patterns/transform', [extra, REFERENCES.book]).map((s) => s.title)).toEqual([REFERENCES.book.title, REFERENCES.companionRepository.title, 'Extra']);
  });
});
