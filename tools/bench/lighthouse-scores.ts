import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/find-chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Lighthouse's default (mobile, simulated throttling) scores out of 100: the median of `runs`
 * runs per category, as Lighthouse's own guidance on variability suggests. On a shared 2-core
 * machine one run's total blocking time swings by hundreds of milliseconds, which moves the
 * performance score between about 91 and 100 on any page; the median is what a budget can hold.
 */
export async function lighthouseScores(url: string, runs = 3): Promise<Record<Category, number | null>> {
  const all: Record<Category, number | null>[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(url));
  const median = (c: Category) => {
    const values = all.map((r) => r[c]).filter((v): v is number => v !== null).sort((a, b) => a - b);
    return values.length === 0 ? null : values[Math.floor((values.length - 1) / 2)];
  };
  return { performance: median('performance'), accessibility: median('accessibility'), 'best-practices': median('best-practices'), seo: median('seo') };
}

/** One Lighthouse run, one Chromium. */
async function lighthouseRun(url: string): Promise<Record<Category, number | null>> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const score = (c: Category) => {
      const s = categories[c]?.score;
      return typeof s === 'number' ? Math.round(s * 100) : null;
    };
    return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
  } finally {
    chrome.kill();
  }
}
