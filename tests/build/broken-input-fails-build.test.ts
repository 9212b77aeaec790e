import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { elementsWhere } from '../../src/html/open-tags.ts';
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import { readDistSite } from '../../src/links/dist-site.ts';
import { LOCAL_SITE_URL } from '../../src/links/site-url.ts';
import { lostUrls, type UrlManifest } from '../../src/links/url-manifest.ts';
import { build, projectCopy, projectWith, removeProjectCopies } from '../support/project-copy.ts';

const ROOT = resolve(import.meta.dirname, '../..');

afterEach(removeProjectCopies);

// One build per way a broken input reaches the build, to prove the wiring: the model, a page's
// frontmatter, Mermaid (views and fences, rendered together at build start), SITE_URL, BASE_PATH; and one
// successful build of a copy with a fence, a broken link and a renamed heading, which the checks
// over dist/ (`npm run test:built`) must catch. The messages themselves (file › entity › field)
// are unit tests of the functions that write them: tests/unit/build-error-messages.test.ts and
// the validators' own tests.
describe('npm run build', () => {
  test('fails on a broken model, naming the file, the entity and the field', () => {
    const dir = projectWith('src/model/pipeline-types.ts', (t) =>
      t.replace("{ stage: 'data-collection', role: 'primary' }", "{ stage: 'data-colection', role: 'primary' }"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/model/pipeline-types.ts › pipeline type "data-pipeline" › covers[0].stage: unknown stage id "data-colection"',
    );
  });

  test('fails on an unknown pattern id in frontmatter, naming the file, the field and the known ids', () => {
    const dir = projectWith('content/patterns/transform.mdx', (t) => t.replace('pattern: transform', 'pattern: transfrom'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('patterns/transform.mdx');
    expect(output).toMatch(/pattern\b.*unknown pattern id "transfrom"; use one of the ids in src\/model\/ids\.ts/);
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

  test('renders a fence as inline SVG, warns once without SITE_URL, and its broken link and lost anchor fail the checks over dist/', async () => {
    const dir = projectWith(
      'content/pipeline/index.mdx',
      (t) => [t, FENCE, '```js\nconst answer = 42;\n```\n', 'See [a stage that does not exist](/pipeline/no-such-stage/).\n'].join('\n'),
      { inTree: true },
    );
    const renamed = join(dir, 'content/practices/reproducibility.mdx');
    writeFileSync(renamed, readFileSync(renamed, 'utf8').replace('## Splits that come out the same', '## Splits that repeat'));
    const { SITE_URL: _unset, ...env } = process.env;
    const { status, output } = build(dir, env);
    expect(status, output).toBe(0);

    // The fence: an inline SVG in its figure; other code is left to the highlighter.
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

    // Without SITE_URL: one warning, and paper shows paths instead of localhost URLs.
    const warnings = output.split('\n').filter((line) => line.includes('SITE_URL'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\[WARN\].*SITE_URL is not set: canonical links, the sitemap, robots\.txt and link previews point at http:\/\/localhost:4321/);
    expect(readFileSync(join(dir, 'dist/pipeline/data-validation/index.html'), 'utf8')).toContain('<span class="print-source-url">/pipeline/data-validation/</span>');

    // What tests/built/links.test.ts runs over dist/ catches the link and the renamed heading.
    const site = await readDistSite(join(dir, 'dist'));
    expect(formatLinkProblems(checkLinks(site, new URL(LOCAL_SITE_URL).origin))).toBe(
      '/pipeline/: a[href] "/pipeline/no-such-stage/" points to /pipeline/no-such-stage/, which is not in the built site',
    );
    const manifest: UrlManifest = JSON.parse(readFileSync(join(ROOT, 'src/links/url-manifest.json'), 'utf8'));
    expect(lostUrls(manifest, site)).toEqual(['/practices/reproducibility/#splits-that-come-out-the-same']);
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
