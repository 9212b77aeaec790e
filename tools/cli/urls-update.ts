/**
 * `npm run urls:update`: adds the built site's new pages and anchors to src/links/url-manifest.json.
 * It never drops a URL on its own: a lost one must get a redirect or an anchor alias
 * (src/links/redirects.ts), or be dropped on purpose with
 * `npm run urls:update -- --forget /page/#anchor --forget /other-page/`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readDistSite } from '../../src/links/dist-site.ts';
import { forgetUrls, lostUrls, lostUrlsMessage, mergeManifest, newUrls, type UrlManifest } from '../../src/links/url-manifest.ts';

const MANIFEST = 'src/links/url-manifest.json';

async function readManifest(): Promise<UrlManifest> {
  try {
    const parsed: unknown = JSON.parse(await readFile(MANIFEST, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${MANIFEST} is not an object of path → anchors`);
    return Object.fromEntries(
      Object.entries(parsed).map(([path, anchors]) => {
        if (!Array.isArray(anchors) || !anchors.every((a) => typeof a === 'string')) throw new Error(`${MANIFEST} › "${path}": expected a list of anchors`);
        return [path, anchors.filter((a): a is string => typeof a === 'string')];
      }),
    );
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
    throw error;
  }
}

/** The values of every `--forget <url>` argument. */
function forgetArguments(args: readonly string[]): string[] {
  return args.flatMap((arg, i) => (arg === '--forget' && args[i + 1] ? [args[i + 1] ?? ''] : []));
}

const site = await readDistSite('dist');
const forgotten = forgetUrls(await readManifest(), forgetArguments(process.argv.slice(2)));
if (forgotten.unknown.length > 0) {
  console.error(`Not in ${MANIFEST}, nothing to forget: ${forgotten.unknown.join(', ')}`);
  process.exit(1);
}
const old = forgotten.manifest;
const lost = lostUrls(old, site);
if (lost.length > 0) {
  console.error(lostUrlsMessage(lost));
  process.exit(1);
}
const added = newUrls(old, site);
await writeFile(MANIFEST, `${JSON.stringify(mergeManifest(old, site), null, 2)}\n`);
console.log(added.length > 0 ? `${MANIFEST}: added ${added.length} URL(s):\n${added.map((u) => `  + ${u}`).join('\n')}` : `${MANIFEST}: no new URLs`);
