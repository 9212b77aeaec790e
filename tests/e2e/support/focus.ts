import type { Locator, Page } from '@playwright/test';

/** The focused element, described, and whether it shows a focus indicator (outline or box-shadow). */
export interface FocusState {
  what: string;
  visibleFocus: boolean;
}

/** Describes document.activeElement (looking into shadow roots) and checks its focus indicator. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { what: 'body', visibleFocus: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return { what: `<${el.tagName.toLowerCase()}> "${name}"`, visibleFocus: outline || shadow };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
export async function tabUntil(page: Page, matches: (state: FocusState) => boolean, limit = 40): Promise<FocusState[]> {
  const seen: FocusState[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    seen.push(state);
    if (matches(state)) return seen;
  }
  throw new Error(`Focus never reached the target after ${limit} Tab presses: ${seen.map((s) => s.what).join(', ')}`);
}

/** Presses Tab until `target` has the focus; fails after `limit` presses (the sidebar, with its collapsed tool groups, comes first). */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the target');
}
