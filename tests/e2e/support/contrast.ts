import type { Page } from '@playwright/test';

/** A diagram label with the colour of its text and of what is behind it, as CSS rgb() strings. */
export interface LabelColours {
  text: string;
  label: string;
  behind: string;
}

function channels(css: string): [number, number, number] {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r ?? 0, g ?? 0, b ?? 0];
}

function luminance(css: string): number {
  const [r, g, b] = channels(css).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque CSS colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text and background colour of every label in every diagram. axe does not look inside
 * role="img" (its content is presentational), so diagram contrast is measured here.
 */
export function diagramLabelColours(page: Page): Promise<LabelColours[]> {
  return page.evaluate(() => {
    const pageBackground = getComputedStyle(document.body).backgroundColor;
    const labels = Array.from(document.querySelectorAll('svg.field-guide-diagram .fg-label'));
    return labels
      .filter((label) => (label.textContent ?? '').trim() !== '')
      .map((label) => {
        const node = label.closest('g.node');
        const shape = node?.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle');
        const fill = shape ? getComputedStyle(shape).fill : 'none';
        const ownBackground = getComputedStyle(label).backgroundColor;
        const behind = ownBackground !== 'rgba(0, 0, 0, 0)' ? ownBackground : fill.startsWith('rgb') ? fill : pageBackground;
        return { text: getComputedStyle(label).color, label: (label.textContent ?? '').trim(), behind };
      });
  });
}
