// `npm run bench`: builds the site, serves it, and prints (and writes as JSON) what each
// measured page costs a reader, its Lighthouse scores, search timing, build times and how the
// build grows with the site. Budgets are checked and printed here, never in timed tests.
//   --quick           skip the cold build, Lighthouse and the scale builds
//   --no-lighthouse   skip Lighthouse      --no-scale   skip the 10× and 100× builds
//   --scale=1,10      build only these scale factors (1 is the baseline growth is read against)
//   --scale-only      only the scale builds
//   --search-only     no build: serve the existing dist/ and print the search figures only
//   --search-runs=5   how many times search is measured (its figures are the medians)
//   --weight-only     no build: the existing dist/'s content pages by weight, the heaviest named
//                     with what it fetches, and the byte budgets over every page
//   --help            these lines
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/find-chromium.ts';
import { sitemapToBenchPages } from './bench-pages.ts';
import { checkBudgets, checkEveryPage, type BudgetCheck } from './budgets.ts';
import { compareWithPrevious } from './compare.ts';
import { removeBuildCaches, timeBuild } from './build-times.ts';
import { measureDiagramTiming } from './diagram-timing.ts';
import { dirSize } from './dir-size.ts';
import { lighthouseScores } from './lighthouse-scores.ts';
import { measurePageWeight } from './page-weight.ts';
import { startPreview } from './preview-server.ts';
import { measureScale } from './scale.ts';
import { measureSearchMedian, type SearchTiming } from './search-timing.ts';
import { resourcesInDist, transferredBytes } from './transferred-bytes.ts';
import { contentPageWeightReport } from './weight-report.ts';
import { builtSitemapPaths } from '../../src/links/sitemap-paths.ts';
import { PATTERN_IDS, TOOL_IDS } from '../../src/model/data/ids.ts';
import { kb } from './kb.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const withLighthouse = !quick && !args.has('--no-lighthouse');
const withScale = !quick && !args.has('--no-scale');
// `--scale=1,10` picks the factors; the full run builds 1×, 10× and 100× (the last takes a while).
const scaleFactors = (process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ?? '1,10,100').split(',').map(Number);
const port = Number(process.env.BENCH_PORT ?? 4398);
const searchRuns = Number(process.argv.find((a) => a.startsWith('--search-runs='))?.slice('--search-runs='.length) ?? 5);
/** Builds the 1×, 10× and 100× copies (or `--scale=` factors), printing each as it lands. */
function scaleRun(realPages: number) {
  const real = { pages: realPages, patterns: PATTERN_IDS.length, tools: TOOL_IDS.length };
  return measureScale(root, scaleFactors, real, (line) => console.log(line));
}
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);

/** The search figures: opening, first and second query, what the first search fetched. */
function printSearch(search: SearchTiming & { runs: number }): void {
  console.log(`\nsearch (1× CPU, medians of ${search.runs} runs): click to search box ready ${ms(search.openMs)} (pointer on the button first), Ctrl+K with nothing loaded ${ms(search.keyboardOpenMs)}; first query to first result ${ms(search.firstQueryMs)}, second query ${ms(search.secondQueryMs)}`);
  console.log(`  first search (pointer on the button to first result): ${search.firstSearchRequests} requests, ${kb(search.firstSearchBytes)}; fetched ${kb(search.pagefindBytesFetched)} from /pagefind/ in all`);
}

if (args.has('--help')) {
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(new URL(import.meta.url), 'utf8')).split('\n');
  const head = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
  console.log(head.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
if (args.has('--weight-only')) {
  const pages = builtSitemapPaths(dist).map((page) => ({ page, resources: resourcesInDist(dist, page) }));
  console.log(contentPageWeightReport(pages).join('\n'));
  const checks = checkEveryPage(pages.map((p) => ({ page: p.page, bytes: transferredBytes(p.resources) })));
  for (const b of checks) console.log(`${b.ok ? 'ok  ' : 'OVER'} ${b.page}: ${b.budget} — ${b.detail}`);
  process.exit(checks.every((b) => b.ok) ? 0 : 1);
}

console.log('Benchmark: timings are wall-clock on this machine; other work on it makes them noisy.\n');

const scaleOnly = args.has('--scale-only');
if (args.has('--search-only')) {
  const pages = builtSitemapPaths(dist).length;
  const indexBytes = (await dirSize(join(dist, 'pagefind', 'index'))) + (await dirSize(join(dist, 'pagefind', 'fragment')));
  const server = await startPreview(root, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    console.log(`Pagefind index and fragments: ${kb(indexBytes)} for ${pages} pages, ${kb(indexBytes / pages)} per page`);
    printSearch(await measureSearchMedian(browser, `${server.origin}/`, searchRuns));
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit(0);
}
let coldBuildMs: number | null = null;
if (!quick && !scaleOnly) {
  await removeBuildCaches(root);
  coldBuildMs = await timeBuild(root);
  console.log(`cold build (no dist, no caches): ${ms(coldBuildMs)}`);
}
const warmBuildMs = await timeBuild(root);
console.log(`${scaleOnly ? 'build' : 'warm build (caches kept):       '} ${ms(warmBuildMs)}`);

const paths = builtSitemapPaths(dist);
if (scaleOnly) {
  const scale = await scaleRun(paths.length);
  await mkdir(join(root, 'bench-results'), { recursive: true });
  await writeFile(join(root, 'bench-results', 'scale.json'), JSON.stringify({ date: new Date().toISOString(), scale }, null, 2) + '\n');
  console.log('\nwrote bench-results/scale.json');
  process.exit(0);
}
const { pages, missing } = sitemapToBenchPages(paths);
for (const note of missing) console.log(`note: ${note}`);
const pagefindBytes = await dirSize(join(dist, 'pagefind'));
const pagefindIndexBytes = (await dirSize(join(dist, 'pagefind', 'index'))) + (await dirSize(join(dist, 'pagefind', 'fragment')));
console.log(`Pagefind: index and fragments ${kb(pagefindIndexBytes)}, whole bundle with Wasm and UI ${kb(pagefindBytes)}, for ${paths.length} pages\n`);

// Every page, from dist/: the same resources and sums as the browser's measure below.
const everyResources = paths.map((page) => ({ page, resources: resourcesInDist(dist, page) }));
const everyPage = everyResources.map(({ page, resources }) => ({ page, bytes: transferredBytes(resources) }));
console.log(`every page from dist/:\n${contentPageWeightReport(everyResources).join('\n')}\n`);

const server = await startPreview(root, port);
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
const results = [];
const budgets: BudgetCheck[] = [...checkEveryPage(everyPage)];
try {
  for (const page of pages) {
    const url = `${server.origin}${page.path}`;
    const weight = await measurePageWeight(browser, url);
    const timing = await measureDiagramTiming(browser, url, 4);
    const scores = withLighthouse ? await lighthouseScores(url) : null;
    const interactive = page.label.includes('interactive');
    budgets.push(...checkBudgets(page.path, interactive, weight, scores));
    // The browser's figure and the one read from dist/ are one definition: they must agree.
    const fromDist = everyPage.find((w) => w.page === page.path)?.bytes.total ?? 0;
    budgets.push({
      page: page.path,
      budget: 'the browser fetched what dist/ says the page fetches (within 1%)',
      ok: Math.abs(fromDist - weight.gzipBytes.total) <= weight.gzipBytes.total * 0.01,
      detail: `browser ${kb(weight.gzipBytes.total)}, dist/ ${kb(fromDist)}`,
    });
    results.push({ ...page, weight, timing, lighthouse: scores });
    const g = weight.gzipBytes;
    console.log(`${page.label} — ${page.path}`);
    console.log(`  requests ${weight.requests}; gzip: HTML ${kb(g.html)}, CSS ${kb(g.css)}, JS ${kb(g.js)}, fonts ${kb(g.fonts)}, images ${kb(g.images)}, other ${kb(g.other)}, total ${kb(g.total)}`);
    console.log(`  JS run before search opens: ${weight.js.scripts} scripts, ${kb(weight.js.bytes)} (${kb(weight.js.gzipBytes)} gzip); our own: ${weight.js.ownScripts.join(', ') || 'none'}${weight.js.ownScripts.length > 0 ? ` (${kb(weight.js.ownGzipBytes)} gzip)` : ''}`);
    console.log(`  4× CPU slowdown: first paint ${ms(timing.firstContentfulPaint)}, every diagram visible ${timing.allDiagramsVisible === null ? 'n/a (no diagrams)' : ms(timing.allDiagramsVisible)} (${weight.diagramsInHtml} diagrams in the HTML)`);
    if (scores) console.log(`  Lighthouse (mobile, median of 3 runs): ${Object.entries(scores).map(([c, s]) => `${c} ${s ?? 'n/a'}`).join(', ')}`);
  }
  console.log(`\nPagefind index and fragments per page: ${kb(pagefindIndexBytes / paths.length)}`);
  const search = await measureSearchMedian(browser, `${server.origin}/`, searchRuns);
  printSearch(search);

  const scale = withScale ? await scaleRun(paths.length) : [];

  console.log('\nbudgets:');
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'OVER'} ${b.page}: ${b.budget} — ${b.detail}`);

  const report = { date: new Date().toISOString(), coldBuildMs, warmBuildMs, pagefindBytes, pagefindIndexBytes, pages: results, missing, search, scale, budgets };
  const latest = join(root, 'bench-results', 'latest.json');
  const changes = await compareWithPrevious(latest, report);
  if (changes.length > 0) console.log(`\nsince the previous run (bench-results/latest.json):\n  ${changes.join('\n  ')}`);
  await mkdir(join(root, 'bench-results'), { recursive: true });
  await writeFile(latest, JSON.stringify(report, null, 2) + '\n');
  console.log('\nwrote bench-results/latest.json');
  process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
} finally {
  await browser.close();
  server.stop();
}
