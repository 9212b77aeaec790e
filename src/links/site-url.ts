/**
 * The public base URL of the deployed site (canonical links, sitemap, social cards, robots.txt).
 * Set SITE_URL when building for a host, e.g. `SITE_URL=https://example.org npm run build`.
 */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';
