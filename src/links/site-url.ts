import { withBase } from './base-path.ts';

/** Where absolute URLs point when the build is not told the public address: the local server. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * The public base URL, read from the SITE_URL environment variable, or undefined when it is not
 * set. A value that is not an http(s) URL stops the build, saying what to set instead.
 */
export function siteUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env.SITE_URL?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: "${value}" is not a URL; set it to the site's public address, e.g. SITE_URL=https://ml-pipelines.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${value}" is not an http(s) URL; set it to the site's public address, e.g. SITE_URL=https://ml-pipelines.example.org`);
  }
  return url.href;
}

/** The public base URL when the build was given one (SITE_URL), else undefined. */
export const PUBLIC_SITE_URL = siteUrlFromEnv(process.env);

/**
 * The base of every absolute URL the build writes (canonical links, sitemap, social cards,
 * robots.txt): the public URL, or the local server for a local build.
 * Set SITE_URL when building for a host, e.g. `SITE_URL=https://example.org npm run build`.
 */
export const SITE_URL = PUBLIC_SITE_URL ?? LOCAL_SITE_URL;

/**
 * The one line a build without SITE_URL prints, or undefined when it is set: what falls back to
 * the local server, and that paper shows paths instead.
 */
export function missingSiteUrlWarning(publicSiteUrl: string | undefined): string | undefined {
  if (publicSiteUrl !== undefined) return undefined;
  return (
    `SITE_URL is not set: canonical links, the sitemap, robots.txt and link previews point at ${LOCAL_SITE_URL}, ` +
    'the "Use in your docs" snippets under diagrams take the host the page is opened on, ' +
    'and printed pages and sheets show paths instead of addresses. ' +
    'Set it to the public address when building for a host, e.g. SITE_URL=https://ml-pipelines.example.org npm run build:deploy'
  );
}

/**
 * The address printed on paper for a page: its public URL when the build knows it, else the path
 * alone (a localhost URL on paper leads nowhere).
 */
export function pathToPrintedAddress(pathname: string, publicSiteUrl: string | undefined = PUBLIC_SITE_URL): string {
  return publicSiteUrl === undefined ? withBase(pathname) : new URL(withBase(pathname), publicSiteUrl).href;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why the deploy build (`npm run build:deploy`) must not start, or undefined when it may: a
 * missing SITE_URL, or one on this machine, would publish localhost links into every wiki that
 * pastes a snippet. A local `npm run build` does not ask this: it only warns.
 */
export function deployBuildProblem(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const fix =
    'set SITE_URL to the address the guide is served from, e.g. SITE_URL=https://<your host>/, ' +
    'and BASE_PATH when it is served under a sub-path, e.g. BASE_PATH=/ml-guide/ (for a local build, npm run build needs neither)';
  let site: string | undefined;
  try {
    site = siteUrlFromEnv(env);
  } catch (error) {
    return `npm run build:deploy: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (site === undefined) return `npm run build:deploy: SITE_URL is not set; ${fix}`;
  if (LOCAL_HOSTS.has(new URL(site).hostname)) return `npm run build:deploy: SITE_URL is ${site}, an address on this machine; ${fix}`;
  return undefined;
}
