import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../render/find-chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lighthouse's default (mobile, simulated throttling) scores out of 100, one Chromium per run. */
export async function lighthouseScores(url: string): Promise<Record<Category, number | null>> {
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
