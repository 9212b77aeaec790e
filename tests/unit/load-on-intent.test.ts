import { describe, expect, test } from 'vitest';
import { ANCHOR_LINKS, CODE_COPY_BUTTONS, INTENT_EVENTS, loadOnIntent } from '../../src/islands/load-on-intent.ts';

/** A page with the loader armed on it (at address `hash`), and how many times it has loaded. */
function armed(hash = '') {
  let loads = 0;
  const target = new EventTarget();
  loadOnIntent(target, hash, () => ((loads += 1), Promise.resolve()));
  return { target, calls: () => loads };
}

describe('loadOnIntent', () => {
  test('loads nothing until the reader acts, then loads once, whatever they do next', () => {
    const { target, calls } = armed();
    expect(calls()).toBe(0);
    target.dispatchEvent(new Event('focusin'));
    expect(calls()).toBe(1);
    for (const type of [...INTENT_EVENTS, 'hashchange']) target.dispatchEvent(new Event(type));
    expect(calls()).toBe(1);
  });

  test.each([...INTENT_EVENTS, 'hashchange'])('a %s event loads the tools', (type) => {
    const { target, calls } = armed();
    target.dispatchEvent(new Event(type));
    expect(calls()).toBe(1);
  });

  test('a pointermove with no movement (the browser repeating where a resting pointer is, as the page lays out) loads nothing; the next real move does', () => {
    const { target, calls } = armed();
    target.dispatchEvent(Object.assign(new Event('pointermove'), { movementX: 0, movementY: 0 }));
    expect(calls()).toBe(0);
    target.dispatchEvent(Object.assign(new Event('pointermove'), { movementX: 3, movementY: 0 }));
    expect(calls()).toBe(1);
  });

  test('loads at once when the address has an anchor, which may be a renamed one to move', () => {
    const { target, calls } = armed('#old-anchor');
    expect(calls()).toBe(1);
    target.dispatchEvent(new Event('pointerover'));
    expect(calls()).toBe(1);
  });

  describe('a click that comes before the scripts are in', () => {
    /** A page whose clicks land on `clicked` when it matches one of the selectors the loader holds clicks for. */
    class Page extends EventTarget {
      clicks = 0;
      readonly matches: string;
      constructor(matches: string) {
        super();
        this.matches = matches;
      }
      closest(selector: string) {
        return selector.split(', ').includes(this.matches) ? { click: () => (this.clicks += 1) } : null;
      }
    }
    const click = (page: Page, init: { button?: number; ctrlKey?: boolean } = {}) => {
      const event = Object.assign(new Event('click', { cancelable: true }), { button: 0, ...init });
      page.dispatchEvent(event);
      return event;
    };
    const deferred = () => {
      let settle: { resolve: () => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
      const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
      return { promise, ...settle };
    };
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

    test.each([
      ['a code block\'s copy button', CODE_COPY_BUTTONS],
      ['an anchor\'s link icon', ANCHOR_LINKS],
    ])('on %s is held, then given to them once they are in', async (_what, selector) => {
      const page = new Page(selector);
      const loading = deferred();
      loadOnIntent(page, '', () => loading.promise);
      const event = click(page);
      expect(event.defaultPrevented).toBe(true);
      expect(page.clicks).toBe(0);
      loading.resolve();
      await settled();
      expect(page.clicks).toBe(1);
      // Once they are in, a click is theirs.
      expect(click(page).defaultPrevented).toBe(false);
    });

    test('is given back when they fail to load, so an icon still goes to its anchor', async () => {
      const page = new Page(ANCHOR_LINKS);
      const loading = deferred();
      loadOnIntent(page, '', () => loading.promise);
      click(page);
      loading.reject(new Error('offline'));
      await settled();
      expect(page.clicks).toBe(1);
    });

    test('is not held when modified (a new tab) or elsewhere on the page', () => {
      const copy = new Page(CODE_COPY_BUTTONS);
      loadOnIntent(copy, '', () => new Promise(() => undefined));
      expect(click(copy, { ctrlKey: true }).defaultPrevented).toBe(false);
      const elsewhere = new Page('p');
      loadOnIntent(elsewhere, '', () => new Promise(() => undefined));
      expect(click(elsewhere).defaultPrevented).toBe(false);
    });
  });
});
