import type { Page } from '@playwright/test';

/** What a reader would notice about a page's layout at one width: see `layoutProblems`. */
export interface PageLayout {
  /** How far the page scrolls sideways, in CSS px (0 when it does not). */
  sideways: number;
  diagrams: {
    /** The figure's id, else the SVG's title. */
    name: string;
    /** Smallest label as rendered: computed font size × the SVG's rendered width / its viewBox width. */
    smallestLabel: number;
    /** The first ancestor that clips (overflow other than visible) cuts the SVG off. */
    clipped: boolean;
    /** That ancestor scrolls sideways: part of the diagram is out of view until scrolled. */
    scrolls: boolean;
  }[];
  /** Ids that more than one element on the page carries. */
  duplicateIds: string[];
}

/**
 * Measures the page as a reader sees it (the same measures as the team's look tool): every
 * visible diagram in the main column (an SVG with a viewBox, at least 150 px wide, which leaves
 * icons out), and hidden layouts (display: none) skipped because nobody sees them.
 */
export function measurePageLayout(page: Page): Promise<PageLayout> {
  return page.evaluate(() => {
    const diagrams: PageLayout['diagrams'] = [];
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('main svg'))) {
      const box = svg.getBoundingClientRect();
      const viewBox = svg.viewBox?.baseVal;
      if (!viewBox?.width || box.width < 150 || !svg.checkVisibility()) continue;
      const scale = box.width / viewBox.width;
      let smallestLabel = Infinity;
      for (const text of Array.from(svg.querySelectorAll('text, foreignObject span, foreignObject div, foreignObject p'))) {
        if ((text.textContent ?? '').trim()) smallestLabel = Math.min(smallestLabel, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
      let clipped = false;
      let scrolls = false;
      for (let el = svg.parentElement; el && el !== document.body; el = el.parentElement) {
        if (getComputedStyle(el).overflowX === 'visible') continue;
        const edge = el.getBoundingClientRect();
        clipped = box.right > edge.right + 1 || box.left < edge.left - 1;
        scrolls = el.scrollWidth > el.clientWidth + 1;
        break;
      }
      const name = svg.closest('figure')?.id || svg.querySelector(':scope > title')?.textContent || svg.id || 'an unnamed diagram';
      diagrams.push({ name, smallestLabel: Math.round(smallestLabel * 10) / 10, clipped, scrolls });
    }
    const counts = new Map<string, number>();
    for (const el of Array.from(document.querySelectorAll('[id]'))) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
    return {
      sideways: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      diagrams,
      duplicateIds: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
    };
  });
}

/** The problems a reader would notice, one line each, naming the diagram and the width. */
export function layoutProblems(layout: PageLayout, width: number, minimumLabel: number): string[] {
  const at = `at ${width} px`;
  return [
    ...(layout.sideways > 1 ? [`${at}: the page scrolls sideways by ${layout.sideways} px`] : []),
    ...layout.diagrams.flatMap((d) => [
      ...(d.smallestLabel < minimumLabel ? [`${at}: diagram "${d.name}" has labels of ${d.smallestLabel} px (at least ${minimumLabel} px)`] : []),
      ...(d.clipped ? [`${at}: diagram "${d.name}" is cut off by its box`] : []),
      ...(d.scrolls ? [`${at}: diagram "${d.name}" scrolls sideways inside its box`] : []),
    ]),
    ...layout.duplicateIds.map((id) => `${at}: two elements share the id "${id}"`),
  ];
}
