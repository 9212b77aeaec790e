// Measures the JavaScript of our own each interactive page runs, gzipped, from a built dist/.
// "Own" is defined once, in src/islands/own-script-signatures.ts: a script (inline, or an external
// module with the modules it imports) whose text holds one of our scripts' signatures, the
// site-wide ones included. Run `npm run build` first.
//   npm run bench:js        prints a table; exits 1 if a page is over budget
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { ISLAND_PAGES, ownScriptIn } from '../../src/islands/own-script-signatures.ts';

/** Pages with islands, as paths under dist/. */
export const INTERACTIVE_PAGES = Object.keys(ISLAND_PAGES).map((path) => `${path.slice(1)}index.html`);
/** The budget per interactive page, in gzipped bytes. */
export const BUDGET_BYTES = 15 * 1024;

/** Each interactive page's own and total JavaScript, raw and gzipped, in bytes. */
export function measurePageJs(dist, pages = INTERACTIVE_PAGES) {
  return pages.map((page) => {
    const scripts = scriptsOf(dist, page);
    // A module that one of ours imports (a chunk Vite split off) is ours too.
    const ownEntries = new Set(scripts.filter((s) => ownScriptIn(s.code)).map((s) => s.entry));
    const own = scripts.filter((s) => ownEntries.has(s.entry));
    return {
      page,
      ownScripts: [...new Set(own.flatMap((s) => ownScriptIn(s.code) ?? []))],
      ownFiles: own.map((s) => s.key),
      ownBytes: sum(own.map((s) => Buffer.byteLength(s.code))),
      ownGzip: gzipSync(own.map((s) => s.code).join('\n')).length,
      totalGzip: gzipSync(scripts.map((s) => s.code).join('\n')).length,
    };
  });
}

/** Every script a page runs: inline scripts, and external modules with their static imports, each with the entry that loads it. */
export function scriptsOf(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const scripts = [];
  const seen = new Set();
  /** The open <script>'s src and text, while inside one that runs. */
  let open;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'script') return;
      // JSON data (JSON-LD, Astro's island props) is not code the browser runs.
      open = /^application\/(ld\+)?json$/.test(attributes.type ?? '') ? undefined : { src: attributes.src, body: '' };
    },
    ontext(text) {
      if (open) open.body += text;
    },
    onclosetag(name) {
      if (name !== 'script' || !open) return;
      if (open.src) addModule(dist, resolve(dist, `.${open.src}`), scripts, seen, open.src);
      else if (open.body.trim()) scripts.push({ key: `inline:${open.body.trim()}`, code: open.body, entry: `inline:${open.body.trim()}` });
      open = undefined;
    },
  });
  parser.end(html);
  return scripts;
}

function addModule(dist, file, scripts, seen, entry) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  scripts.push({ key: relative(dist, file).split(sep).join('/'), code, entry });
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    addModule(dist, resolve(dirname(file), m[1]), scripts, seen, entry);
  }
}

function sum(numbers) {
  return numbers.reduce((a, b) => a + b, 0);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const results = measurePageJs(dist);
  console.log(`Own JavaScript per interactive page (budget ${kb(BUDGET_BYTES)} gzip), from ${dist}`);
  for (const r of results) {
    const verdict = r.ownGzip <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
    console.log(
      `  /${r.page.replace(/index\.html$/, '')}  own: ${kb(r.ownGzip)} gzip (${kb(r.ownBytes)} raw: ${r.ownScripts.join(', ')})  page total: ${kb(r.totalGzip)} gzip  ${verdict}`,
    );
  }
  if (results.some((r) => r.ownGzip > BUDGET_BYTES)) process.exit(1);
}
