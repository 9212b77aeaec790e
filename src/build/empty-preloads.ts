import { posix } from 'node:path';
import { parseSync, type Plugin, type Rollup } from 'vite';

/*
 * Vite 8 wraps every dynamic `import()` of the client build in its preload helper,
 * `helper(() => import(x), deps)`, even when `deps` is empty, and every chunk with a dynamic import
 * then imports the helper's own chunk (0.9 KB gzip): each page fetched it before the reader did
 * anything, for no preload at all (https://github.com/vitejs/vite/issues/13952,
 * https://github.com/vitejs/vite/issues/18551). This plugin turns JS preloads off and, in the
 * final chunks, unwraps each call whose list is empty, drops the helper's import where no call is
 * left, and the helper's chunk when nothing needs it. A call with dependencies (a stylesheet to
 * load first) is left as it is, and so is a whole chunk that uses the helper in a way this cannot
 * account for.
 */

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
const childNodes = (node: Node): Node[] =>
  Object.entries(node).flatMap(([key, value]) => (key === 'type' ? [] : Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []));
const child = (node: Node, key: string): Node | undefined => (isNode(node[key]) ? node[key] : undefined);
const children = (node: Node, key: string): Node[] => (Array.isArray(node[key]) ? node[key].filter(isNode) : []);

/** The names a binding pattern declares (`a`, `{ a, b: [c] }`, `...d`, `e = 1`). */
function boundNames(pattern: Node | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [String(pattern.name)];
    case 'ObjectPattern':
      return children(pattern, 'properties').flatMap((p) => boundNames(p.type === 'RestElement' ? child(p, 'argument') : child(p, 'value')));
    case 'ArrayPattern':
      return children(pattern, 'elements').flatMap((e) => boundNames(e));
    case 'RestElement':
      return boundNames(child(pattern, 'argument'));
    case 'AssignmentPattern':
      return boundNames(child(pattern, 'left'));
    default:
      return [];
  }
}

const isFunction = (node: Node) => node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';

/** Names `var` declares anywhere in a function's body (not in functions nested in it). */
function varNames(node: Node): string[] {
  if (isFunction(node) || node.type === 'StaticBlock') return [];
  const own = node.type === 'VariableDeclaration' && node.kind === 'var' ? children(node, 'declarations').flatMap((d) => boundNames(child(d, 'id'))) : [];
  return [...own, ...childNodes(node).flatMap((c) => varNames(c))];
}

/** Names a list of statements declares for its block: let, const, class and (in a module's strict code) function. */
function lexicalNames(statements: readonly Node[]): string[] {
  return statements.flatMap((statement) => {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? child(statement, 'declaration') : statement;
    if (!declaration) return [];
    if (declaration.type === 'VariableDeclaration' && declaration.kind !== 'var') return children(declaration, 'declarations').flatMap((d) => boundNames(child(d, 'id')));
    if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') return boundNames(child(declaration, 'id'));
    return [];
  });
}

/** What a node declares for the code inside it, if it opens a scope. */
function scopeNames(node: Node): string[] | undefined {
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression': {
      const body = child(node, 'body');
      const own = node.type === 'FunctionExpression' ? boundNames(child(node, 'id')) : [];
      return [...own, ...children(node, 'params').flatMap((p) => boundNames(p)), ...(body ? varNames(body) : [])];
    }
    case 'BlockStatement':
      return lexicalNames(children(node, 'body'));
    case 'StaticBlock':
      return [...lexicalNames(children(node, 'body')), ...children(node, 'body').flatMap((s) => varNames(s))];
    case 'SwitchStatement':
      return lexicalNames(children(node, 'cases').flatMap((c) => children(c, 'consequent')));
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement': {
      const head = child(node, node.type === 'ForStatement' ? 'init' : 'left');
      return head?.type === 'VariableDeclaration' && head.kind !== 'var' ? lexicalNames([head]) : [];
    }
    case 'CatchClause':
      return boundNames(child(node, 'param'));
    case 'ClassDeclaration':
    case 'ClassExpression':
      return boundNames(child(node, 'id'));
    default:
      return undefined;
  }
}

/** Keys under which an identifier names something other than a variable (a property, a label, an exported name). */
function notReferences(node: Node): Set<string> {
  const keys = new Set<string>();
  if ((node.type === 'MemberExpression' || node.type === 'PropertyDefinition' || node.type === 'MethodDefinition' || node.type === 'Property' || node.type === 'AccessorProperty') && !node.computed) {
    keys.add(node.type === 'MemberExpression' ? 'property' : 'key');
  }
  if (node.type === 'LabeledStatement' || node.type === 'BreakStatement' || node.type === 'ContinueStatement') keys.add('label');
  if (node.type === 'ExportSpecifier') keys.add('exported');
  if (node.type === 'MetaProperty') (keys.add('meta'), keys.add('property'));
  return keys;
}

/** A call of the helper: its range, and the text that can stand for it when its list of dependencies is empty. */
interface HelperCall {
  start: number;
  end: number;
  /** `import(x)` for `helper(() => import(x), [])`, `(async () => { … })()` for another callback; undefined when the call has dependencies. */
  unwrapped: string | undefined;
}

/** Whether a node is `import.meta.url`, the third argument Vite passes under a relative base. */
const isImportMetaUrl = (node: Node | undefined) =>
  node?.type === 'MemberExpression' && child(node, 'object')?.type === 'MetaProperty' && child(node, 'property')?.name === 'url';

/** A dependency list as Vite writes it: an array, or `__vite__mapDeps([…])`. */
const isDependencyList = (node: Node | undefined) =>
  node?.type === 'ArrayExpression' || (node?.type === 'CallExpression' && child(node, 'callee')?.name === '__vite__mapDeps');

/** A call of the helper in the shape Vite writes, `helper(() => …, deps[, import.meta.url])`; undefined for any other. */
function helperCall(code: string, call: Node): HelperCall | undefined {
  const [load, deps, ...rest] = children(call, 'arguments');
  const known = load?.type === 'ArrowFunctionExpression' && children(load, 'params').length === 0 && isDependencyList(deps) && (rest.length === 0 || (rest.length === 1 && isImportMetaUrl(rest[0])));
  if (!load || !deps || !known) return undefined;
  if (deps.type !== 'ArrayExpression' || (deps.elements as unknown[]).length > 0) return { start: call.start, end: call.end, unwrapped: undefined };
  const body = child(load, 'body');
  const unwrapped = body?.type === 'ImportExpression' ? code.slice(body.start, body.end) : `(${code.slice(load.start, load.end)})()`;
  return { start: call.start, end: call.end, unwrapped };
}

/** Every use of the module-level binding `name`: calls of it, and whether anything else reads or writes it. */
function usesOf(program: Node, code: string, name: string): { calls: HelperCall[]; other: boolean } {
  const calls: HelperCall[] = [];
  let other = false;
  const scopes: Set<string>[] = [];
  const shadowed = () => scopes.some((s) => s.has(name));
  const visit = (node: Node, binding: boolean): void => {
    if (node.type === 'Identifier') {
      if (!binding && node.name === name && !shadowed()) other = true;
      return;
    }
    if (node.type === 'ImportDeclaration') return;
    const callee = node.type === 'CallExpression' ? child(node, 'callee') : undefined;
    if (callee?.type === 'Identifier' && callee.name === name && !shadowed()) {
      const call = helperCall(code, node);
      if (call) calls.push(call);
      else other = true;
      for (const argument of children(node, 'arguments')) visit(argument, false);
      return;
    }
    const names = node.type === 'Program' ? undefined : scopeNames(node);
    if (names) scopes.push(new Set(names));
    const skip = notReferences(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || skip.has(key)) continue;
      const bindingHere = bindingKey(node, key, binding);
      for (const c of Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []) visit(c, bindingHere);
    }
    if (names) scopes.pop();
  };
  visit(program, false);
  return { calls, other };
}

/** Whether the identifiers under `node[key]` declare names (a pattern) rather than read them; defaults and computed keys inside a pattern read. */
function bindingKey(node: Node, key: string, binding: boolean): boolean {
  switch (node.type) {
    case 'VariableDeclarator':
      return key === 'id';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return key === 'id' || key === 'params';
    case 'ClassDeclaration':
    case 'ClassExpression':
      return key === 'id';
    case 'CatchClause':
      return key === 'param';
    case 'AssignmentPattern':
      return key === 'left' ? binding : false;
    case 'Property':
      return key === 'value' ? binding : false;
    case 'ObjectPattern':
    case 'ArrayPattern':
    case 'RestElement':
      return binding;
    default:
      return false;
  }
}

/** Why a chunk was left as it was, or what was done to it. */
export type UnwrapResult =
  | { kind: 'unchanged'; reason: string }
  | { kind: 'unwrapped'; code: string; calls: number; helperImportDropped: boolean };

/**
 * One chunk's code with each call of the preload helper (imported from `helperSpecifier`, as the
 * chunk writes it) whose dependency list is empty replaced by the dynamic import it wraps, and the
 * helper's import dropped when no call of it is left. Unchanged when the helper is used in any
 * other way than called, or imported with other bindings.
 */
export function unwrapEmptyPreloads(code: string, helperSpecifier: string): UnwrapResult {
  const parsed = parseSync('chunk.js', code, { sourceType: 'module' });
  if (parsed.errors.length > 0) return { kind: 'unchanged', reason: `does not parse: ${parsed.errors[0].message}` };
  const program = parsed.program as unknown as Node;
  const imports = children(program, 'body').filter((s) => s.type === 'ImportDeclaration' && child(s, 'source')?.value === helperSpecifier);
  if (imports.length !== 1) return { kind: 'unchanged', reason: `imports ${helperSpecifier} ${imports.length} times` };
  const declaration = imports[0];
  const specifiers = children(declaration, 'specifiers');
  const local = specifiers.length === 1 ? child(specifiers[0], 'local') : undefined;
  if (specifiers[0]?.type !== 'ImportSpecifier' || !local) return { kind: 'unchanged', reason: `imports ${specifiers.length} bindings of the helper's chunk` };
  const { calls, other } = usesOf(program, code, String(local.name));
  if (other) return { kind: 'unchanged', reason: `uses the helper "${String(local.name)}" other than by calling it as Vite does` };
  const unwrap = calls.filter((c): c is HelperCall & { unwrapped: string } => c.unwrapped !== undefined);
  if (unwrap.some((c) => calls.some((d) => d !== c && d.start >= c.start && d.end <= c.end))) return { kind: 'unchanged', reason: 'calls the helper inside a call of it' };
  if (unwrap.length === 0) return { kind: 'unchanged', reason: 'every call of the helper has dependencies' };
  const dropImport = unwrap.length === calls.length;
  const edits = [...unwrap.map((c) => ({ start: c.start, end: c.end, text: c.unwrapped })), ...(dropImport ? [{ start: declaration.start, end: declaration.end, text: '' }] : [])].sort(
    (a, b) => b.start - a.start,
  );
  let result = code;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { kind: 'unwrapped', code: result, calls: unwrap.length, helperImportDropped: dropImport };
}

/** The specifier by which `from` imports `to`, both file names in the bundle (`_astro/a.js`, `_astro/b.js` → `./b.js`). */
function specifierBetween(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const PRELOAD_HELPER_ID = 'vite/preload-helper';

/** What `unwrapEmptyPreloadsInBundle` did: the helper's chunk, the chunks it rewrote, and whether the helper's chunk went. */
export interface BundleReport {
  helper: string | undefined;
  rewritten: string[];
  helperDropped: boolean;
}

/**
 * The client bundle with every chunk that imports the preload helper rewritten by
 * `unwrapEmptyPreloads` (or left as it is, with a warning saying why), and the helper's chunk
 * deleted when no chunk imports it or names its file any more.
 */
export function unwrapEmptyPreloadsInBundle(bundle: Rollup.OutputBundle, warn: (message: string) => void): BundleReport {
  const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const helper = chunks.find((c) => c.moduleIds.some((id) => id.includes(PRELOAD_HELPER_ID)));
  const report: BundleReport = { helper: helper?.fileName, rewritten: [], helperDropped: false };
  if (!helper) return report;
  for (const chunk of chunks) {
    if (chunk === helper || !chunk.imports.includes(helper.fileName)) continue;
    if (chunk.map) {
      warn(`${chunk.fileName}: the preload helper stays (its source map would not follow a rewrite)`);
      continue;
    }
    const result = unwrapEmptyPreloads(chunk.code, specifierBetween(chunk.fileName, helper.fileName));
    if (result.kind === 'unchanged') {
      warn(`${chunk.fileName}: the preload helper stays (${result.reason})`);
      continue;
    }
    chunk.code = result.code;
    report.rewritten.push(chunk.fileName);
    if (result.helperImportDropped) chunk.imports = chunk.imports.filter((f) => f !== helper.fileName);
  }
  const name = posix.basename(helper.fileName);
  const needed = Object.values(bundle).some((o) =>
    o === helper
      ? false
      : o.type === 'chunk'
        ? o.imports.includes(helper.fileName) || o.dynamicImports.includes(helper.fileName) || o.code.includes(name)
        : typeof o.source === 'string' && o.source.includes(name),
  );
  if (!needed) {
    delete bundle[helper.fileName];
    report.helperDropped = true;
  }
  return report;
}

/** The client build's Vite plugin; see the comment at the top of this file. */
export function withoutEmptyPreloads(): Plugin {
  return {
    name: 'field-guide-without-empty-preloads',
    apply: 'build',
    // No JS preloads: the guide's dynamic imports are scripts loaded on a reader's act (search,
    // the link tools, the code blocks' buttons), whose few imports the browser fetches as it finds
    // them. With them, the search button's import listed its chunk's imports, which kept the helper.
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
    },
    // The rewrite changes chunks after their names are hashed: a salt keeps a name from standing for
    // both a chunk with the helper (cached by a browser from an earlier deploy) and one without.
    augmentChunkHash() {
      if (this.environment.name === 'client') return 'empty-preloads-unwrapped';
    },
    generateBundle: {
      // After Vite has written each call's dependencies, in minified code.
      order: 'post',
      handler(_options, bundle) {
        if (this.environment.name === 'client') unwrapEmptyPreloadsInBundle(bundle, (message) => this.warn(message));
      },
    },
  };
}
