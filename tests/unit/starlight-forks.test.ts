import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STARLIGHT_FORKS } from './starlight-forks';

const STARLIGHT = resolve('node_modules/@astrojs/starlight');

/** The SHA-256 of a file, hex. */
function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** What a maintainer must re-check, one line per original that changed or went missing. */
function changedForks(root: string, forks: Record<string, { sha256: string; ours: readonly string[] }>): string[] {
  return Object.entries(forks).flatMap(([original, { sha256, ours }]) => {
    const file = join(root, original);
    if (!existsSync(file)) {
      return [`@astrojs/starlight/${original} is gone: find where it moved and re-check ${ours.join(', ')}`];
    }
    const now = sha256Of(file);
    return now === sha256
      ? []
      : [
          `@astrojs/starlight/${original} changed since it was forked: re-check ${ours.join(', ')} against it, ` +
            `then record sha256 '${now}' in tests/unit/starlight-forks.ts`,
        ];
  });
}

describe('Starlight forks', () => {
  test('every original we forked is installed as it was when we forked it', () => {
    expect(changedForks(STARLIGHT, STARLIGHT_FORKS)).toEqual([]);
  });

  test('every file that follows an original exists', () => {
    const ours = Object.values(STARLIGHT_FORKS).flatMap((f) => f.ours);
    expect(ours.filter((f) => !existsSync(resolve(f)))).toEqual([]);
  });

  test('an original that changed is named with the files to re-check', () => {
    const changed = changedForks(STARLIGHT, {
      'dist/components/Sidebar.astro': { sha256: '0'.repeat(64), ours: ['src/components/sidebar/Sidebar.astro'] },
      'dist/components/NoSuchFile.astro': { sha256: '0'.repeat(64), ours: ['src/x.astro'] },
    });
    expect(changed).toEqual([
      expect.stringMatching(/^@astrojs\/starlight\/dist\/components\/Sidebar\.astro changed .*re-check src\/components\/sidebar\/Sidebar\.astro/),
      expect.stringMatching(/^@astrojs\/starlight\/dist\/components\/NoSuchFile\.astro is gone: .*re-check src\/x\.astro/),
    ]);
  });
});
