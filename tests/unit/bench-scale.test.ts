import { describe, expect, test } from 'vitest';
import { searchIndexGrowth } from '../../tools/bench/scale.ts';

describe('searchIndexGrowth', () => {
  test('calls an index linear when its size per page stays the same as pages grow', () => {
    const line = searchIndexGrowth([
      { factor: 1, pages: 100, searchIndexBytes: 500 * 1024 },
      { factor: 10, pages: 1000, searchIndexBytes: 5200 * 1024 },
    ]);
    expect(line).toMatch(/^search index per page, 10× against 1×: 1\.04 \(linear: 100 pages → .+, 1000 pages → .+\)$/);
  });

  test('says so when each page costs more as the site grows', () => {
    expect(searchIndexGrowth([
      { factor: 1, pages: 100, searchIndexBytes: 500 * 1024 },
      { factor: 10, pages: 1000, searchIndexBytes: 9000 * 1024 },
    ])).toContain('1.80 (faster than linear');
  });
});
