import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pattern, PatternStructure, Tool, ToolLedgerEntry } from '../../src/model/index.ts';

/**
 * A model `factor` times the real one, for the scale benchmark: every pattern and tool gets
 * factor − 1 numbered copies, each copy of a pattern related to the same-numbered copies of its
 * relations, so the copies pass validate() exactly as the originals do. The functions mutate
 * what they are given, because the benchmark applies them to the model's own records inside a
 * throw-away copy of the project; tests apply them to clones. Nothing here imports the model at
 * run time, so the model's modules can import it without a cycle.
 */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-copy-${copy}`;
}

/** Appends the copies' ids in copy order, after the real ones, as the book order continues. */
export function scaleIds(ids: string[], factor: number): void {
  const real = ids.slice();
  for (let copy = 1; copy < factor; copy++) ids.push(...real.map((id) => copyId(id, copy)));
}

export function scalePatterns(patterns: Record<string, Pattern>, factor: number): void {
  const real = Object.values(patterns);
  for (let copy = 1; copy < factor; copy++) {
    for (const p of real) {
      const id = copyId(p.id, copy);
      patterns[id] = {
        ...p,
        id,
        number: p.number + real.length * copy,
        name: `${p.name} ${copy + 1}`,
        aliases: [],
        related: p.related.map((r) => ({ ...r, pattern: copyId(r.pattern, copy) })),
      } as Pattern;
    }
  }
}

/** Each pattern copy draws as its original does. */
export function scalePatternStructures(structures: Record<string, PatternStructure>, factor: number): void {
  const real = Object.values(structures);
  for (let copy = 1; copy < factor; copy++) {
    for (const s of real) structures[copyId(s.pattern, copy)] = { ...s, pattern: copyId(s.pattern, copy) } as PatternStructure;
  }
}

export function scaleTools(tools: Record<string, Tool>, factor: number): void {
  const real = Object.values(tools);
  for (let copy = 1; copy < factor; copy++) {
    for (const t of real) {
      const id = copyId(t.id, copy);
      tools[id] = { ...t, id, name: `${t.name} ${copy + 1}` } as Tool;
    }
  }
}

/** Each tool copy carries its original's ledger entry. */
export function scaleToolLedger(ledger: Record<string, ToolLedgerEntry>, factor: number): void {
  const real = Object.values(ledger);
  for (let copy = 1; copy < factor; copy++) {
    for (const entry of real) ledger[copyId(entry.id, copy)] = { ...entry, id: copyId(entry.id, copy) } as ToolLedgerEntry;
  }
}

/**
 * Turns the project copy at `root` into a `factor`× model: the id lists, pattern, pattern-structure and tool
 * records are extended when their modules load, and each pattern page is copied once per copy.
 * Returns the number of pattern pages added.
 */
export async function applySyntheticModel(root: string, factor: number): Promise<number> {
  const hook = (call: string) => `\nimport * as synthetic from './synthetic-model.ts';\n${call}\n`;
  await appendFile(join(root, 'src/model/data/ids.ts'), hook(`synthetic.scaleIds(PATTERN_IDS, ${factor});\nsynthetic.scaleIds(TOOL_IDS, ${factor});`));
  await appendFile(join(root, 'src/model/data/patterns.ts'), hook(`synthetic.scalePatterns(patterns, ${factor});`));
  await appendFile(join(root, 'src/model/data/pattern-structures.ts'), hook(`synthetic.scalePatternStructures(patternStructures, ${factor});`));
  await appendFile(join(root, 'src/model/data/tools.ts'), hook(`synthetic.scaleTools(tools, ${factor});`));
  await appendFile(join(root, 'src/model/data/tool-ledger.ts'), hook(`synthetic.scaleToolLedger(toolLedger, ${factor});`));

  const folder = join(root, 'content', 'patterns');
  const pages = (await readdir(folder)).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx');
  let added = 0;
  for (const file of pages) {
    const text = await readFile(join(folder, file), 'utf8');
    const id = /^pattern: (\S+)$/m.exec(text)?.[1];
    // A page of the section that is no pattern's (the maps of how they connect) is not copied.
    if (!id) continue;
    for (let copy = 1; copy < factor; copy++) {
      const page = text.replace(/^pattern: \S+$/m, `pattern: ${copyId(id, copy)}`).replace(/^title: (.*)$/m, `title: $1 ${copy + 1}`);
      await writeFile(join(folder, `${copyId(id, copy)}.mdx`), page);
      added++;
    }
  }
  return added;
}
