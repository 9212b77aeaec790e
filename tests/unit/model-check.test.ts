import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkGuideSources, fieldGuideModelCheck } from '../../src/build/model-integration.ts';
import { vocabulary } from '../../src/model/data/vocabulary.ts';
import { guide } from '../../src/model/guide.ts';
import { model } from '../../src/model/index.ts';

describe('the model check at build start', () => {
  test('passes the real model, guide records and vocabulary', () => {
    expect(() => checkGuideSources()).not.toThrow();
  });

  test('stops on a broken guide record, naming its file, entity and field', () => {
    const broken = { ...guide, practices: { ...guide.practices, 'pipeline-ci-cd': { ...guide.practices['pipeline-ci-cd'], level: 'level-3' } } };
    expect(() => checkGuideSources({ model, guide: broken, vocabulary })).toThrow(/src\/model\/data\/practices\.ts › practice "pipeline-ci-cd" › level/);
  });

  test('stops on a broken vocabulary and on a broken model', () => {
    const words = { ...vocabulary, tools: { ...vocabulary.tools, 'kube-flow': { aliases: ['KF'] } } };
    expect(() => checkGuideSources({ model, guide, vocabulary: words })).toThrow(/kube-flow/);
    const stages = { ...model.stages, 'data-collection': { ...model.stages['data-collection'], outputs: ['no-such-artifact'] } };
    expect(() => checkGuideSources({ model: { ...model, stages }, guide, vocabulary })).toThrow(/no-such-artifact/);
  });

  test('its integration checks when the build starts, and logs that it did', () => {
    const logged: string[] = [];
    const setup = (sources?: Parameters<typeof fieldGuideModelCheck>[0]) => {
      const hook = fieldGuideModelCheck(sources).hooks['astro:config:setup'] as unknown as (options: { logger: { info: (m: string) => void } }) => void;
      hook({ logger: { info: (m) => logged.push(m) } });
    };
    setup();
    expect(logged).toEqual(['model, guide records and vocabulary checked']);
    const broken = { ...guide, practices: { ...guide.practices, 'pipeline-ci-cd': { ...guide.practices['pipeline-ci-cd'], level: 'level-3' } } };
    expect(() => setup({ model, guide: broken, vocabulary })).toThrow(/practices\.ts/);
  });

  // Checked once by the build wing; a component or route checking again is the duplicated work
  // issue 26 removed, and would hide that the build-start check is the one that counts.
  test('no component, route, view, renderer or other build step validates the model again', () => {
    const roots = ['src/components', 'src/pages', 'src/diagrams', 'src/render', 'src/build', 'src/links', 'src/search', 'src/security', 'src/html'];
    const files = roots
      .flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts|mjs)$/.test(f)).map((f) => join(root, f)))
      .filter((f) => f !== join('src', 'build', 'model-integration.ts'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => /\bassertValid(Model|Guide|Vocabulary)\b|\bvalidate(Model|Guide)?\(/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
