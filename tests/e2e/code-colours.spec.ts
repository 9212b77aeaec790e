import { expect, test, type Page } from '@playwright/test';

// The build moves code tokens' colours from style attributes into classes
// (src/security/style-attributes-to-classes.ts), and colours them with a copy of Expressive
// Code's own rules. Every token must still get its theme's colour: the dark one (`--0`) and the
// light one (`--1`).
const PAGE = '/practices/notebooks/';

interface Token {
  colour: string;
  expected: string;
}

async function tokens(page: Page, property: '--0' | '--1'): Promise<Token[]> {
  return page.locator('.expressive-code .ec-line span[class^="k"]').evaluateAll((spans, p) => {
    // The computed `color` is rgb(); resolve the custom property's value the same way.
    const probe = document.createElement('span');
    document.body.append(probe);
    const found = spans.map((span) => {
      const style = getComputedStyle(span);
      const value = style.getPropertyValue(p).trim();
      probe.style.color = value || getComputedStyle(span.parentElement ?? span).color;
      return { colour: style.color, expected: getComputedStyle(probe).color };
    });
    probe.remove();
    return found;
  }, property);
}

async function expectEveryTokenColoured(page: Page, property: '--0' | '--1') {
  const found = await tokens(page, property);
  expect(found.length).toBeGreaterThan(500);
  expect(found.filter((t) => t.colour !== t.expected)).toEqual([]);
  // A page of Python shows keywords, strings, names and comments in different colours.
  expect(new Set(found.map((t) => t.colour)).size).toBeGreaterThanOrEqual(6);
}

test.describe('code tokens keep their colours', () => {
  test('no token carries a style attribute', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('.expressive-code .ec-line span[style]')).toHaveCount(0);
  });

  for (const [theme, property] of [
    ['dark', '--0'],
    ['light', '--1'],
  ] as const) {
    test(`in the ${theme} theme chosen with the picker`, async ({ page }) => {
      await page.goto(PAGE);
      await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectEveryTokenColoured(page, property);
    });
  }

  // Starlight always sets data-theme; Expressive Code also has rules for a root without one,
  // which follow the system's colour scheme. Those are copied too.
  for (const [scheme, property] of [
    ['dark', '--0'],
    ['light', '--1'],
  ] as const) {
    test.describe(`on a root without a theme, on a system set to ${scheme}`, () => {
      test.use({ colorScheme: scheme });
      test('every token has the colour of that scheme', async ({ page }) => {
        await page.goto(PAGE);
        await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
        await expectEveryTokenColoured(page, property);
      });
    });
  }
});
