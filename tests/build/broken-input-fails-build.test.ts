import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { elementsWhere } from '../../src/html/open-tags.ts';
import { build, projectCopy, projectWith, removeProjectCopies } from '../support/project-copy.ts';

afterEach(removeProjectCopies);

describe('npm run build', () => {
  test('fails on an unknown stage id, naming the file, the entity and the field', () => {
    const dir = projectWith('src/model/pipeline-types.ts', (t) =>
      t.replace("{ stage: 'data-collection', role: 'primary' }", "{ stage: 'data-colection', role: 'primary' }"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/model/pipeline-types.ts › pipeline type "data-pipeline" › covers[0].stage: unknown stage id "data-colection"',
    );
  });

  test('fails on a duplicate id, naming the file and the entity', () => {
    const dir = projectWith('src/model/ids.ts', (t) => t.replace("'data-processing',\n", "'data-processing',\n  'data-validation',\n"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/stages.ts › stage "data-validation" › id: duplicate stage id "data-validation"');
  });

  test('fails on a Mermaid syntax error, naming the view and its file', () => {
    const dir = projectWith('src/diagrams/pipeline-flow.ts', (t) => t.replace("f.loop ? '-.->' : '-->'", "f.loop ? '-.->' : '--> -->'"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/diagrams/pipeline-flow.ts › view "pipeline-flow"');
    expect(output).toMatch(/Parse error/);
  });

  test('fails on a missing required field, naming the file, the entity and the field', () => {
    const dir = projectWith('src/model/stages.ts', (t) =>
      t.replace(/(id: 'model-building',[\s\S]*?)\n {4}purpose:[^\n]*\n[^\n]*\n/, '$1\n'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/stages.ts › stage "model-building" › purpose: purpose is missing or empty');
  });

  test('fails on a broken or unnamed mermaid fence in a page, naming the file and the fence', () => {
    const dir = projectWith('content/pipeline/index.mdx', (t) =>
      [
        t,
        FENCE,
        '```mermaid\nflowchart LR\n  accTitle: Broken\n  accDescr: Does not parse.\n  a --> --> b\n```\n',
        '```mermaid\nflowchart LR\n  a --> b\n```\n',
      ].join('\n'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/pipeline\/index\.mdx › mermaid fence 2: .*Parse error/);
    expect(output).toContain('content/pipeline/index.mdx › mermaid fence 3: add `accTitle: …` and `accDescr: …`');
    expect(output).not.toContain('mermaid fence 1:');
  });

  test('renders a mermaid fence in a page as inline SVG and leaves other code to the highlighter', () => {
    const dir = projectWith('content/pipeline/index.mdx', (t) => [t, FENCE, '```js\nconst answer = 42;\n```\n'].join('\n'), { inTree: true });
    const { status, output } = build(dir);
    expect(status, output).toBe(0);
    expect(output).toMatch(/diagrams: \d+ rendered, \d+ from cache, \d+ ms \(1 from mermaid fences\)/);
    // A successful build prints no content warning (Starlight's 404 lookup used to add one).
    expect(output).not.toMatch(/\[WARN\] \[content\]/);
    const html = readFileSync(join(dir, 'dist/pipeline/index.html'), 'utf8');
    const [figure = ''] = elementsWhere(html, (t) => t.name === 'figure' && t.attributes.id === 'diagram-fence-pipeline-index-1');
    expect(figure).toMatch(/^<figure class="diagram diagram--fence not-content"/);
    expect(figure).toMatch(/<svg[^>]* role="img"/);
    expect(figure).toContain('>A hand-drawn loop</title>');
    expect(figure).toContain('<span class="diagram-title" id="diagram-fence-pipeline-index-1-title">A hand-drawn loop</span>');
    expect(figure).toContain('<a class="sl-anchor-link" href="#diagram-fence-pipeline-index-1">');
    expect(html).not.toContain('data-language="mermaid"');
    expect(html).toContain('data-language="js"');
  });

  test('fails on a chooser rule whose tool implements none of its pipeline types, naming the rule', () => {
    const dir = projectWith('src/model/chooser.ts', (t) =>
      t.replace("tools: ['scikit-learn-pipeline', 'spark-mllib-pipeline']", "tools: ['scikit-learn-pipeline', 'mlflow-tracking']"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/model/chooser.ts › rule "bundle-transforms-with-model" › tools[1]: "mlflow-tracking" implements none of the rule\'s pipeline types (model-pipeline)',
    );
  });
});

describe('npm run build on pattern pages', () => {
  test('fails on an unknown pattern id in frontmatter, naming the file, the field and the known ids', () => {
    const dir = projectWith('content/patterns/transform.mdx', (t) => t.replace('pattern: transform', 'pattern: transfrom'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('patterns/transform.mdx');
    expect(output).toMatch(/pattern\b.*unknown pattern id "transfrom"; use one of the ids in src\/model\/ids\.ts/);
  });

  test('fails on a related pattern recorded at one end only, naming the model file and the pattern', () => {
    const dir = projectWith('src/model/patterns.ts', (t) =>
      t.replace("      { kind: 'automates', pattern: 'transform' },\n", ''),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/patterns.ts › pattern "transform" › related[');
    expect(output).toContain('one-way link: "transform" is automated by "workflow-pipeline"');
  });

  test('fails on a pattern without a structure and on a flow to an unknown participant, naming the pattern and the field', () => {
    const dir = projectWith('src/model/pattern-structures.ts', (t) =>
      t
        .replace(/  'heuristic-benchmark': drawn\(\{[\s\S]*?\n  \}\),\n/, '')
        .replace("{ from: 'router', to: 'rare', label: 'rare', key: true }", "{ from: 'router', to: 'rarest', label: 'rare', key: true }"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model/pattern-structures.ts › pattern "heuristic-benchmark" › structure: pattern "heuristic-benchmark" has no structure');
    expect(output).toContain('src/model/pattern-structures.ts › pattern "cascade" › flows[2].to: unknown participant id "rarest"');
  });
});

describe('npm run build, SITE_URL and BASE_PATH', () => {
  test('without SITE_URL, warns once, naming it, and prints paths instead of localhost URLs', () => {
    const dir = projectCopy({ inTree: true });
    const { SITE_URL: _unset, ...env } = process.env;
    const { status, output } = build(dir, env);
    expect(status, output).toBe(0);
    const warnings = output.split('\n').filter((line) => line.includes('SITE_URL'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\[WARN\].*SITE_URL is not set: canonical links, the sitemap, robots\.txt and link previews point at http:\/\/localhost:4321/);
    const html = readFileSync(join(dir, 'dist/pipeline/data-validation/index.html'), 'utf8');
    expect(html).toContain('<span class="print-source-url">/pipeline/data-validation/</span>');
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

describe('npm run build on the sidebar', () => {
  test('fails when a section of content/ has no page, naming the folder and the sidebar group it would leave empty', () => {
    const dir = projectWith('content/practices/notebooks.mdx', (t) => `${t}\n`);
    rmSync(join(dir, 'content/practices'), { recursive: true });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/practices/ has no pages to list, so the sidebar group "Practices" would be empty');
  });

  test('fails when a stage has no page in the sidebar, naming the stage and the file to create', () => {
    const dir = projectWith('content/pipeline/model-building.mdx', (t) => t.replace('sidebar:\n', 'sidebar:\n  hidden: true\n'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/model: stage "model-building" (Model building) has no page in the sidebar group "The pipeline": create content/pipeline/model-building.mdx');
  });
});
