// `npm run bench:diagrams`: how long the build spends on diagrams, cold and warm, and how that
// grows with a model 10× and 100× larger. Prints figures; asserts nothing. The synthetic models
// are made here, from the real one, and never written to src/model.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelToViews } from '../../src/diagrams/index.ts';
import { model, type Model } from '../../src/model/index.ts';
import { DiagramRenderError, renderDiagrams, type DiagramRequest } from '../../src/render/render-mermaid.ts';

/** Every view of a model as render requests; `tag` keeps prefixes unique across copies. */
function requestsFor(m: Model, tag: string): DiagramRequest[] {
  return modelToViews(m).map((v) => ({ name: `${tag}${v.id}`, prefix: `b${tag}${v.id}`, mermaid: v.mermaid, title: v.title, description: v.description }));
}

/** A copy of the model whose every name carries a suffix, so its diagrams miss the cache. */
function relabelled(suffix: string): Model {
  const m = structuredClone(model) as unknown as Model;
  for (const kind of ['stages', 'pipelineTypes', 'artifacts', 'tools'] as const) {
    for (const entity of Object.values(m[kind])) (entity as { name: string }).name += suffix;
  }
  return m;
}

/** The model with every tool repeated `times` times: the tool diagrams grow, their number does not. */
function withToolsTimes(times: number): Model {
  const m = structuredClone(model) as unknown as Model;
  const tools: Record<string, Model['tools'][keyof Model['tools']]> = {};
  for (let i = 1; i <= times; i++) {
    for (const tool of Object.values(model.tools)) {
      const id = i === 1 ? tool.id : `${tool.id}-${i}`;
      // A cast: past 25 tools TypeScript no longer matches an object to its member of the Tool<K> union.
      tools[id] = { ...tool, id, name: i === 1 ? tool.name : `${tool.name} ${i}` } as Model['tools'][keyof Model['tools']];
    }
  }
  (m as { tools: unknown }).tools = tools;
  return m;
}

async function timed(requests: readonly DiagramRequest[], cacheDir: string): Promise<{ ms: number; rendered: number; bytes: number }> {
  const started = performance.now();
  let rendered = 0;
  const out = await renderDiagrams(requests, { cacheDir, onStats: (s) => (rendered = s.rendered) });
  return { ms: performance.now() - started, rendered, bytes: out.reduce((n, r) => n + r.svg.length, 0) };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (cells: readonly (string | number)[]) => console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(14))).join(' '));
const cacheDirs: string[] = [];
const freshCache = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-diagrams-'));
  cacheDirs.push(dir);
  return dir;
};

// `npm run bench:diagrams -- sizes` (or `entities`, or `base`) runs one section only.
const only = process.argv[2];
const runs = (section: string) => only === undefined || only === section;

try {
  const base = requestsFor(model, '');
  if (runs('base')) {
    const cache = freshCache();
    const cold = await timed(base, cache);
    const warm = await timed(base, cache);
    console.log(`All views of the real model: ${base.length} diagrams, ${Math.round(cold.bytes / 1024)} KiB of SVG`);
    row(['', 'diagrams', 'total', 'per diagram']);
    row(['cold (empty cache, one browser)', cold.rendered, fmt(cold.ms), `${Math.round(cold.ms / base.length)} ms`]);
    row(['warm (everything cached)', warm.rendered, fmt(warm.ms), `${(warm.ms / base.length).toFixed(1)} ms`]);
  }

  if (runs('entities')) {
    console.log('\nMore entities, more diagrams (k relabelled copies of the model, cold cache):');
    row(['', 'diagrams', 'total', 'per diagram']);
    for (const k of [1, 10, 100]) {
      const requests = Array.from({ length: k }, (_, i) => requestsFor(relabelled(` (${i + 1})`), `c${i}-`)).flat();
      const { ms } = await timed(requests, freshCache());
      row([`${k}× entities`, requests.length, fmt(ms), `${Math.round(ms / requests.length)} ms`]);
    }
  }

  if (runs('sizes')) {
    console.log('\nBigger diagrams (tools-by-stage with every tool repeated k times, cold cache):');
    row(['', 'tool nodes', 'Mermaid text', 'time / SVG']);
    for (const k of [1, 10, 100]) {
      const requests = requestsFor(withToolsTimes(k), `t${k}-`).filter((r) => r.name.endsWith('tools-by-stage'));
      const nodes = requests[0].mermaid.match(/:::tool/g)?.length ?? 0;
      const size = `${Math.round(requests[0].mermaid.length / 1024)} KiB`;
      const started = performance.now();
      try {
        const [out] = await renderDiagrams(requests, { cacheDir: freshCache() });
        row([`${k}× tools`, nodes, size, `${fmt(performance.now() - started)}, ${Math.round(out.svg.length / 1024)} KiB`]);
      } catch (error) {
        // Mermaid refuses very large texts (its maxTextSize); that limit is part of the answer.
        const reason = error instanceof DiagramRenderError ? error.failures[0].error.split('\n')[0] : String(error);
        row([`${k}× tools`, nodes, size, `fails after ${fmt(performance.now() - started)}: ${reason}`]);
      }
    }
  }
} finally {
  for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
}
