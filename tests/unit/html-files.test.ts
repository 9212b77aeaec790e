import { describe, expect, test } from 'vitest';
import { forEachAtMost } from '../../src/html/html-files.ts';

describe('forEachAtMost', () => {
  test('runs the work on every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachAtMost(Array.from({ length: 50 }, (_, i) => i), 4, async (i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      done.push(i);
      running -= 1;
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(most).toBe(4);
  });

  test('passes on the first failure', async () => {
    await expect(forEachAtMost([1, 2, 3], 2, async (i) => {
      if (i === 2) throw new Error('page 2');
    })).rejects.toThrow('page 2');
  });

  test('does nothing for no items', async () => {
    await expect(forEachAtMost([], 4, async () => undefined)).resolves.toBeUndefined();
  });
});
