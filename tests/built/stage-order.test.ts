import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stageDecisionsHeadings } from '../../src/components/stage-decisions-headings.ts';
import { model, stageHref, STAGE_IDS } from '../../src/model/index.ts';

describe('stage pages', () => {
  test.each(STAGE_IDS)('/pipeline/%s/ reads in order: what it is for, its diagram, what good looks like, decisions, tools, example, checks, sources', (id) => {
    const file = `dist${stageHref(id)}index.html`;
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const ids = [...readFileSync(file, 'utf8').matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    const [decisions] = stageDecisionsHeadings(model, id);
    const order = [
      `${id}-purpose`,
      `${id}-io`,
      'in-the-whole-pipeline',
      'what-good-looks-like',
      decisions.id,
      `${id}-tools`,
      `${id}-types`,
      'a-small-example',
      `${id}-checks`,
      `${id}-failures`,
      `${id}-contract`,
      'sources',
    ];
    const found = order.map((anchor) => ({ anchor, at: ids.indexOf(anchor) }));
    expect(found.filter((f) => f.at < 0).map((f) => f.anchor), 'missing headings').toEqual([]);
    expect([...found].sort((a, b) => a.at - b.at).map((f) => f.anchor)).toEqual(order);
  });
});
