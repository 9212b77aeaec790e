import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ON_DEMAND_SCRIPTS, OWN_SCRIPT_SIGNATURES, ownScriptIn, type OwnScript } from '../../src/islands/own-script-signatures.ts';

const src = new URL('../../src/', import.meta.url);

describe('our scripts can be told from Starlight’s', () => {
  test('every island a component imports has a signature', () => {
    const components = readdirSync(new URL('../../src/components/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => readFileSync(new URL(`../../src/components/${f}`, import.meta.url), 'utf8'));
    // What a component's <script> imports from src/ is a browser script (its frontmatter runs at build).
    const scripts = components.flatMap((text) => text.split('<script').slice(1));
    const imported = new Set(scripts.flatMap((text) => [...text.matchAll(/\/((?:islands|search)\/[\w-]+\.ts)'/g)].map((m) => m[1])));
    expect(imported.size).toBeGreaterThan(0);
    // Every script a component loads, and the one the search script loads on demand.
    expect([...imported, ...ON_DEMAND_SCRIPTS].sort()).toEqual(Object.keys(OWN_SCRIPT_SIGNATURES).sort());
  });

  test.each(Object.entries(OWN_SCRIPT_SIGNATURES))('%s holds its signature "%s", and no other script of ours does', (file, signature) => {
    expect(readFileSync(new URL(file, src), 'utf8')).toContain(signature);
    expect(ownScriptIn(readFileSync(new URL(file, src), 'utf8'))).toBe(file as OwnScript);
  });

  test('a script of Starlight’s matches none', () => {
    expect(ownScriptIn("StarlightThemeProvider.updatePickers();document.getElementById('starlight__sidebar')")).toBeUndefined();
  });
});
