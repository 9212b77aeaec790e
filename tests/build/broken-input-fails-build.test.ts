import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build, projectCopy, projectWith, removeProjectCopies } from '../support/project-copy.ts';

afterEach(removeProjectCopies);

// One build per way a broken input reaches the build, to prove the wiring: the model, a page's
// frontmatter, Mermaid (views and fences, rendered together at build start), SITE_URL, BASE_PATH.
// A broken link and a renamed heading do not stop the build: the checks over dist/ (`npm run
// test:built`) catch them, which full-build.test.ts proves on its one successful build. The messages themselves (file › entity › field)
// are unit tests of the functions that write them: tests/unit/build-error-messages.test.ts and
// the validators' own tests.
describe('npm run build', () => {
  test('fails on a broken model, naming the file, the entity and the field', () => {
    const dir = projectWith('src/model/data/pipeline-types.ts', (t) =>
      t.replace("{ stage: 'data-collection', role: 'primary' }", "{ stage: 'data-colection', role: 'primary' }"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/model/data/pipeline-types.ts › pipeline type "data-pipeline" › covers[0].stage: unknown stage id "data-colection"',
    );
  });

  test('fails on an unknown pattern id in frontmatter, naming the file, the field and the known ids', () => {
    const dir = projectWith('content/patterns/transform.mdx', (t) => t.replace('pattern: transform', 'pattern: transfrom'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('patterns/transform.mdx');
    expect(output).toMatch(/pattern\b.*unknown pattern id "transfrom"; use one of the ids in src\/model\/data\/ids\.ts/);
  });

  test('fails on a view Mermaid cannot parse and on a broken or unnamed fence, naming each', () => {
    const broken = projectWith('src/diagrams/pipeline-flow.ts', (t) => t.replace("f.loop ? '-.->' : '-->'", "f.loop ? '-.->' : '--> -->'"));
    const page = join(broken, 'content/pipeline/index.mdx');
    writeFileSync(
      page,
      [
        readFileSync(page, 'utf8'),
        FENCE,
        '```mermaid\nflowchart LR\n  accTitle: Broken\n  accDescr: Does not parse.\n  a --> --> b\n```\n',
        '```mermaid\nflowchart LR\n  a --> b\n```\n',
      ].join('\n'),
    );
    const { status, output } = build(broken);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/diagrams\/pipeline-flow\.ts › view "pipeline-flow": .*Parse error/);
    expect(output).toMatch(/content\/pipeline\/index\.mdx › mermaid fence 2: .*Parse error/);
    expect(output).toContain('content/pipeline/index.mdx › mermaid fence 3: add `accTitle: …` and `accDescr: …`');
    expect(output).not.toContain('mermaid fence 1:');
  });

  test('with a SITE_URL that is not a URL, stops, naming it and the value', () => {
    const dir = projectCopy();
    const { status, output } = build(dir, { ...process.env, SITE_URL: 'ml-pipelines.example.org' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL: "ml-pipelines.example.org" is not a URL');
  });

  test('with a BASE_PATH that is not a path, stops, naming it and the value', () => {
    const dir = projectCopy();
    const { status, output } = build(dir, { ...process.env, BASE_PATH: 'https://docs.example.org/ml-guide/' });
    expect(status).not.toBe(0);
    expect(output).toContain('BASE_PATH: "https://docs.example.org/ml-guide/" is not a path');
  });
});

/** A good fence: named, described, valid. */
const FENCE = [
  '```mermaid',
  'flowchart LR',
  '  accTitle: A hand-drawn loop',
  '  accDescr: Train, then deploy, then monitor, then train again.',
  '  a["Train"] --> b["Deploy"] --> c["Monitor"] -.-> a',
  '```',
  '',
].join('\n');
