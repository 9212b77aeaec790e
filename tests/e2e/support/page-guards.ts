import type { Page } from '@playwright/test';

/** What a page did that the site's policy forbids. */
export interface PageGuards {
  /** CSP violations reported by the page, as "directive: blocked URI". */
  violations: string[];
  /** Requests to any origin but the site's own (data: and blob: URLs stay in the page). */
  offSite: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Watches a page for CSP violations (securitypolicyviolation events and console reports) and
 * for requests leaving the site. Call before the first navigation; read with `guardsReport`.
 */
export async function guardPage(page: Page, siteOrigin: string): Promise<PageGuards> {
  const guards: PageGuards = { violations: [], offSite: [] };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) guards.violations.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== siteOrigin) guards.offSite.push(request.url());
  });
  return guards;
}

/** Violations the current document recorded, plus everything seen on the console so far. */
export async function violationsSoFar(page: Page, guards: PageGuards): Promise<string[]> {
  const inPage = await page.evaluate(() => window.__cspViolations ?? []);
  return [...guards.violations, ...inPage];
}
