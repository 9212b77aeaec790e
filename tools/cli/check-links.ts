/** `npm run links:check`: every internal link and #fragment in dist/ must resolve. Run after a build. */
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import { readDistSite } from '../../src/links/dist-site.ts';
import { SITE_URL } from '../../src/links/site-url.ts';
import { BASE_PATH } from '../../src/links/base-path.ts';

const site = await readDistSite('dist');
const problems = checkLinks(site, new URL(SITE_URL).origin, BASE_PATH);
if (problems.length > 0) {
  console.error(`${problems.length} broken link(s) in dist/:\n${formatLinkProblems(problems)}`);
  process.exit(1);
}
console.log(`links: ${site.pages.size} pages, every internal link and #fragment resolves`);
