import type { Browser } from 'playwright-core';

/** Milliseconds from navigation start, measured with the CPU slowed down `cpuSlowdown` times. */
export interface DiagramTiming {
  firstContentfulPaint: number;
  /** First frame in which all of the page's diagrams have a size on screen (null: no diagrams). */
  allDiagramsVisible: number | null;
}

/** Loads `url` with CPU throttling and times first paint and the first frame showing every diagram. */
export async function measureDiagramTiming(browser: Browser, url: string, cpuSlowdown = 4): Promise<DiagramTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  // Every animation frame from the start of the document, records how many diagrams have a
  // size; afterwards, the first frame that showed the final count is the answer.
  await page.addInitScript(() => {
    const frames: [number, number][] = [];
    Reflect.set(window, '__benchFrames', frames);
    // The callback's argument is the frame's start time: when it was painted, not when this ran.
    const check = (frameStart: number) => {
      const diagrams = Array.from(document.querySelectorAll('svg.field-guide-diagram'));
      frames.push([frameStart, diagrams.filter((d) => d.getBoundingClientRect().width > 0).length]);
      if (frames.length < 600) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const total = document.querySelectorAll('svg.field-guide-diagram').length;
    const frames: unknown = Reflect.get(window, '__benchFrames');
    const list = Array.isArray(frames) ? frames : [];
    const first = list.find((f) => Array.isArray(f) && f[1] === total);
    return { firstContentfulPaint: fcp, allDiagramsVisible: total > 0 && Array.isArray(first) ? Number(first[0]) : null };
  });
  await context.close();
  return timing;
}
