/** Where the client build writes ./relaxing-pagefind.ts, under a fixed name: Pagefind UI imports `${bundlePath}pagefind.js`. */
export const RELAXING_PAGEFIND_DIR = '_astro/search/';

/** Pagefind UI's `bundlePath` on a site served under `baseUrl` (Astro's BASE_URL). */
export function relaxingPagefindBundlePath(baseUrl: string): string {
  return baseUrl.replace(/\/$/, '') + '/' + RELAXING_PAGEFIND_DIR;
}
