import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = resolve('src');

/** The src/ folders each file of `folder` imports from (relative imports only), as `file → folder`. */
function importsOf(folder: string): string[] {
  const root = join(SRC, folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f))
    .flatMap((f) => {
      const file = join(root, f);
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => {
        const target = relative(SRC, resolve(dirname(file), m[1]));
        return `${relative(SRC, file)} → ${target.split('/')[0]}`;
      });
    });
}

// Each folder does what its name says, and arrows between folders run one way: render/ (build
// steps that start Chromium) may read links/ (addresses, anchors), never the reverse, and the
// model reads nothing outside itself.
describe('imports between folders', () => {
  test('links/ imports nothing from render/', () => {
    const all = importsOf('links');
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((i) => i.endsWith('→ render'))).toEqual([]);
  });

  test('model/ imports nothing from the rest of src/', () => {
    const all = importsOf('model');
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((i) => !i.endsWith('→ model'))).toEqual([]);
  });

  // A team's file (src/team/) is read beside the model, never into it: the model, the diagrams,
  // /model.json and the starter kit stay the same for every team; only what components render
  // (pages, callouts, marks, the sheet) knows of a team.
  test('team/ imports only model/', () => {
    const all = importsOf('team');
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((i) => !i.endsWith('→ model') && !i.endsWith('→ team'))).toEqual([]);
  });

  // build/ composes every integration, the team's line in the build log among them.
  test('only components/, pages/ and the build wing import team/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory() && !['components', 'pages', 'team', 'build'].includes(e.name));
    expect(folders.map((f) => f.name)).toContain('model');
    expect(folders.flatMap((f) => importsOf(f.name)).filter((i) => i.endsWith('→ team'))).toEqual([]);
    expect(importsOf('components').filter((i) => i.endsWith('→ team')).length).toBeGreaterThan(0);
  });

  // A page says what it shows through components; a number or list computed in MDX from the model
  // is a second place where the model is read, which no test of the components covers.
  test('content/ pages import components, never the model', () => {
    const pages = readdirSync(resolve('content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(50);
    const imports = pages.flatMap((f) =>
      [...readFileSync(join('content', f), 'utf8').matchAll(/^import\s.*from\s*['"]([^'"]+)['"]/gm)].map((m) => `content/${f} → ${m[1]}`),
    );
    expect(imports.filter((i) => i.includes('/src/components/')).length).toBeGreaterThan(0);
    expect(imports.filter((i) => !i.includes('/src/components/'))).toEqual([]);
  });

  // Views are pure functions from the model to Mermaid text: nothing of rendering, links or pages.
  test('diagrams/ (the views) import only model/', () => {
    const all = importsOf('diagrams');
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((i) => !i.endsWith('→ model') && !i.endsWith('→ diagrams'))).toEqual([]);
  });

  // Islands run in the reader's browser: whatever they import ships to every reader.
  test('islands/ import neither model/ nor render/', () => {
    const all = importsOf('islands');
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((i) => i.endsWith('→ model') || i.endsWith('→ render'))).toEqual([]);
  });

  // The model is data, the checks on it and the questions asked of it; the data and the
  // questions never depend on the checks (index.ts and guide.ts put the three together).
  test('model/data/ and model/queries/ import nothing from model/validate/', () => {
    expect(readdirSync(join(SRC, 'model', 'data')).length).toBeGreaterThan(10);
    const offending = ['data', 'queries'].flatMap((sub) => {
      const root = join(SRC, 'model', sub);
      return readdirSync(root)
        .filter((f) => f.endsWith('.ts'))
        .filter((f) => /from\s*['"]\.\.\/validate\//.test(readFileSync(join(root, f), 'utf8')))
        .map((f) => `model/${sub}/${f}`);
    });
    expect(offending).toEqual([]);
  });
});
