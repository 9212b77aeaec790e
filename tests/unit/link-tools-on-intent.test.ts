import { describe, expect, test } from 'vitest';
import { INTENT_EVENTS, loadOnIntent } from '../../src/islands/link-tools-on-intent.ts';

function counter() {
  let calls = 0;
  return { load: () => ((calls += 1), Promise.resolve()), calls: () => calls };
}

describe('loadOnIntent', () => {
  test('loads nothing until the reader acts, then loads once, whatever they do next', () => {
    const target = new EventTarget();
    const { load, calls } = counter();
    loadOnIntent(target, '', load);
    expect(calls()).toBe(0);
    target.dispatchEvent(new Event('focusin'));
    expect(calls()).toBe(1);
    for (const type of [...INTENT_EVENTS, 'hashchange']) target.dispatchEvent(new Event(type));
    expect(calls()).toBe(1);
  });

  test.each([...INTENT_EVENTS, 'hashchange'])('a %s event loads the tools', (type) => {
    const target = new EventTarget();
    const { load, calls } = counter();
    loadOnIntent(target, '', load);
    target.dispatchEvent(new Event(type));
    expect(calls()).toBe(1);
  });

  test('loads at once when the address has an anchor, which may be a renamed one to move', () => {
    const target = new EventTarget();
    const { load, calls } = counter();
    loadOnIntent(target, '#old-anchor', load);
    expect(calls()).toBe(1);
    target.dispatchEvent(new Event('pointerover'));
    expect(calls()).toBe(1);
  });
});
