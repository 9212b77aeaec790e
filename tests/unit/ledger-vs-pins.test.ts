import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requirementsToPins } from '../../src/examples/catalog.ts';
import { model, type ToolId } from '../../src/model/index.ts';
import type { VersionFact } from '../../src/model/data/tool-ledger.ts';

// The ledger says which release line a reader installs today; the examples pin the release they
// run. A pin newer than the ledger's line means the ledger is behind what the guide itself runs
// (it once said Pandera 0.32 while the examples ran 0.33.1).
const PYPI_PACKAGE_OF = {
  pandera: 'pandera',
  'scikit-learn-pipeline': 'scikit-learn',
} as const satisfies { readonly [K in ToolId]?: string };

/** The numeric parts of the first dotted version in `text`: "Pandera 0.33" → [0, 33]. */
function versionParts(text: string): number[] {
  const found = /\d+(?:\.\d+)*/.exec(text);
  if (found === null) throw new Error(`no version number in "${text}"`);
  return found[0].split('.').map(Number);
}

/** Whether release line `line` (major or major.minor) is older than the x.y of version `pin`. */
function lineOlderThan(line: number[], pin: number[]): boolean {
  for (let i = 0; i < line.length; i++) {
    const a = line[i] ?? 0;
    const b = pin[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}

const pins = new Map([
  ...requirementsToPins(readFileSync('examples/requirements.txt', 'utf8')),
  ...requirementsToPins(readFileSync('examples/worked-example/requirements.txt', 'utf8')),
]);

describe('the ledger and the versions the examples pin', () => {
  test('compares lines by their own parts only: 0.32 is older than 0.33.1, 1.9 is not older than 1.9.1, 2 is not older than 2.4', () => {
    expect(lineOlderThan(versionParts('Pandera 0.32'), versionParts('0.33.1'))).toBe(true);
    expect(lineOlderThan(versionParts('scikit-learn 1.9'), versionParts('1.9.1'))).toBe(false);
    expect(lineOlderThan(versionParts('Flyte 2'), versionParts('2.4.0'))).toBe(false);
    expect(lineOlderThan(versionParts('Spark 4.1'), versionParts('4.10.0'))).toBe(true);
  });

  test.each(Object.entries(PYPI_PACKAGE_OF))('%s: the ledger’s current line is not behind the pinned %s', (tool, pkg) => {
    const pin = pins.get(pkg);
    expect(pin, `${pkg} is not pinned in examples/requirements.txt`).toBeDefined();
    const version: VersionFact = model.toolLedger[tool as ToolId].version;
    const { line } = version;
    expect(line, `${tool} names no line`).toBeDefined();
    expect(lineOlderThan(versionParts(line ?? ''), versionParts(pin ?? '')), `ledger says "${line}", examples pin ${pkg}==${pin}`).toBe(false);
  });
});
