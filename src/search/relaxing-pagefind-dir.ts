/** Where the client build writes ./relaxing-pagefind.ts, under a fixed name: Pagefind UI imports `${bundlePath}pagefind.js`. */
export const RELAXING_PAGEFIND_DIR = '_astro/search/';
