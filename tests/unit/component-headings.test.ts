import { describe, expect, test } from 'vitest';
import { STAGE_DETAILS_PARTS, stageDetailsParts, stageDetailsSections } from '../../src/components/stage-details-sections.ts';
import { withComponentHeadings, type HeadingComponent } from '../../src/navigation/component-headings.ts';
import { model, STAGE_IDS, type Model } from '../../src/model/index.ts';

const h2 = (slug: string) => ({ depth: 2, slug, text: slug });
const details: HeadingComponent = { name: 'Details', headings: ({ of }) => [h2(`${of}-a`), h2(`${of}-b`)] };

describe('withComponentHeadings', () => {
  test("places a component's headings between the authored headings around it", () => {
    const source = ['## Before', '', 'Text.', '', '<Details of="x" />', '', '## After', ''].join('\n');
    expect(withComponentHeadings(source, [h2('before'), h2('after')], [details], 'page.mdx').map((h) => h.slug)).toEqual(['before', 'x-a', 'x-b', 'after']);
  });

  test('places them first or last when the component opens or closes the page, and each use where it stands', () => {
    const source = ['<Details of="x" />', '## Middle', '<Details of="y"/>'].join('\n');
    expect(withComponentHeadings(source, [h2('middle')], [details], 'page.mdx').map((h) => h.slug)).toEqual(['x-a', 'x-b', 'middle', 'y-a', 'y-b']);
  });

  test('does not count "#" lines inside code fences as headings', () => {
    const source = ['```python', '# a comment', '```', '<Details of="x" />', '## After'].join('\n');
    expect(withComponentHeadings(source, [h2('after')], [details], 'page.mdx').map((h) => h.slug)).toEqual(['x-a', 'x-b', 'after']);
  });

  test('leaves a page without the component as it is', () => {
    expect(withComponentHeadings('## Only', [h2('only')], [details], 'page.mdx')).toEqual([h2('only')]);
  });

  test('fails naming the page when its headings cannot be counted to place the component', () => {
    expect(() => withComponentHeadings('<Details of="x" />\n## One', [h2('one'), h2('two')], [details], 'content/page.mdx')).toThrow(
      /content\/page\.mdx: found 1 Markdown headings but the page has 2/,
    );
  });

  test('fails naming the page for a prop that is not a string', () => {
    expect(() => withComponentHeadings('<Details of={x} />', [], [details], 'content/page.mdx')).toThrow(/content\/page\.mdx: <Details> takes only string props/);
  });
});

describe('stageDetailsSections', () => {
  test('gives each stage its sections in order, with the published anchors', () => {
    for (const stage of STAGE_IDS) {
      const ids = stageDetailsSections(model, stage).map((s) => s.id);
      expect(ids).toContain(`${stage}-io`);
      expect(ids.indexOf(`${stage}-io`)).toBeLessThan(ids.indexOf(`${stage}-contract`));
    }
  });

  test('leaves out the parts a stage leaves empty', () => {
    // A stage whose purpose and failure modes are left empty.
    const bare: Pick<Model, 'stages'> = { stages: { ...model.stages, 'data-collection': { ...model.stages['data-collection'], purpose: ' ', failureModes: [] } } };
    expect(stageDetailsSections(bare, 'data-collection').map((s) => s.part)).toEqual(['io', 'checks', 'types', 'tools', 'contract']);
  });
});

describe('stageDetailsParts', () => {
  test('reads the parts a page asks for, in its order', () => {
    expect(stageDetailsParts('tools types', 'content/x.mdx')).toEqual(['tools', 'types']);
    expect(stageDetailsParts(undefined, 'content/x.mdx')).toEqual([...STAGE_DETAILS_PARTS]);
    expect(stageDetailsSections(model, 'data-collection', stageDetailsParts('checks purpose', 'x')).map((s) => s.id)).toEqual([
      'data-collection-checks',
      'data-collection-purpose',
    ]);
  });

  test('fails naming the page and the unknown part', () => {
    expect(() => stageDetailsParts('purpose tool', 'content/pipeline/x.mdx')).toThrow(/content\/pipeline\/x\.mdx: <StageDetails parts="purpose tool">: unknown part "tool"/);
  });
});
