import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import { SITE_URL } from '../../src/links/site-url.ts';
import { lostUrls, lostUrlsMessage, newUrls, UPDATE_COMMAND, type UrlManifest } from '../../src/links/url-manifest.ts';
import { builtSite } from './site.ts';

describe('the built site', () => {
  test('has no internal link, asset or #fragment that does not resolve', async () => {
    const problems = checkLinks(await builtSite(), new URL(SITE_URL).origin);
    expect(problems, `broken links:\n${formatLinkProblems(problems)}`).toEqual([]);
  });

  test('still serves every URL in the committed manifest (src/links/url-manifest.json)', async () => {
    const manifest: UrlManifest = JSON.parse(await readFile('src/links/url-manifest.json', 'utf8'));
    const site = await builtSite();
    const added = newUrls(manifest, site);
    // Additions are fine; they only need recording so that their removal is caught later.
    if (added.length > 0) console.warn(`${added.length} new URL(s) not in the manifest yet; run \`${UPDATE_COMMAND}\`:\n${added.join('\n')}`);
    const lost = lostUrls(manifest, site);
    expect(lost, lostUrlsMessage(lost)).toEqual([]);
  });

  test('lists the moved URL /stages/ in the manifest, so removing its redirect fails', async () => {
    const manifest: UrlManifest = JSON.parse(await readFile('src/links/url-manifest.json', 'utf8'));
    expect(Object.keys(manifest)).toContain('/stages/');
    expect(manifest['/pipeline/']).toContain('what-each-stage-is-for');
  });
});
