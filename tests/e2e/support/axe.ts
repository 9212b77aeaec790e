import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 level A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe over the page with the WCAG 2.2 A and AA rules, run the quick way for a page without
 * frames (the guide has none): the same rules on the same elements, every violation reported
 * with its elements.
 *
 * - Legacy mode runs axe.run() in the page. The default runs axe.runPartial() in each frame and
 *   then axe.finishRun() in a blank page it opens for each run, injecting axe's 500 KB there
 *   too and copying every result over; legacy mode only skips cross-origin frames.
 * - resultTypes: ['violations'] keeps every node of a violation, and one node of each rule that
 *   passed or was incomplete (which this guide's checks never read), so axe does not build a CSS
 *   selector for each of the thousands of elements that pass on a large page.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] });
}
