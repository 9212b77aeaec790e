import { describe, expect, test } from 'vitest';
import { ChromiumNotFoundError, findChromium, findTestChromium } from '../../src/render/find-chromium.ts';

const none = () => undefined;

describe('findChromium', () => {
  test('prefers the path in CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium', none)).toBe(
      '/opt/chrome',
    );
  });

  test('refuses a CHROMIUM_PATH that does not exist instead of silently using another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, (p) => p === '/usr/bin/chromium', none)).toThrow(/CHROMIUM_PATH=\/nope/);
  });

  test('falls back to the system Chromium, then to Playwright’s own', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium', none)).toBe('/usr/bin/chromium');
    expect(findChromium({}, (p) => p === '/home/u/.cache/ms-playwright/chrome', () => '/home/u/.cache/ms-playwright/chrome')).toBe(
      '/home/u/.cache/ms-playwright/chrome',
    );
  });

  test('with no browser at all, says how to get one', () => {
    const attempt = () => findChromium({}, () => false, none);
    expect(attempt).toThrow(ChromiumNotFoundError);
    expect(attempt).toThrow(/npx playwright install chromium/);
    expect(attempt).toThrow(/\/usr\/bin\/chromium/);
  });
});

describe('findTestChromium', () => {
  const both = (p: string) => p === '/usr/bin/chromium' || p === '/usr/bin/chromium-headless-shell';

  test('prefers Chromium’s headless shell to the whole browser', () => {
    expect(findTestChromium({}, both, none)).toBe('/usr/bin/chromium-headless-shell');
  });

  test('still takes CHROMIUM_PATH first, and without a shell, the browser findChromium finds', () => {
    expect(findTestChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || both(p), none)).toBe('/opt/chrome');
    expect(findTestChromium({}, (p) => p === '/usr/bin/chromium', none)).toBe('/usr/bin/chromium');
    expect(() => findTestChromium({}, () => false, none)).toThrow(ChromiumNotFoundError);
  });
});
