import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OWN_SCRIPT_SIGNATURES, ownScriptIn, type OwnScript } from '../../src/islands/own-script-signatures.ts';

const islands = new URL('../../src/islands/', import.meta.url);

describe('our scripts can be told from Starlight’s', () => {
  test('every island a component imports has a signature', () => {
    const components = readdirSync(new URL('../../src/components/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => readFileSync(new URL(`../../src/components/${f}`, import.meta.url), 'utf8'));
    const imported = new Set(components.flatMap((text) => [...text.matchAll(/islands\/([\w-]+\.ts)'/g)].map((m) => m[1])));
    expect(imported.size).toBeGreaterThan(0);
    expect([...imported].sort()).toEqual(Object.keys(OWN_SCRIPT_SIGNATURES).sort());
  });

  test.each(Object.entries(OWN_SCRIPT_SIGNATURES))('%s holds its signature "%s", and no other island does', (file, signature) => {
    expect(readFileSync(new URL(file, islands), 'utf8')).toContain(signature);
    expect(ownScriptIn(readFileSync(new URL(file, islands), 'utf8'))).toBe(file as OwnScript);
  });

  test('a script of Starlight’s matches none', () => {
    expect(ownScriptIn("StarlightThemeProvider.updatePickers();document.getElementById('starlight__sidebar')")).toBeUndefined();
  });
});
