import type { Rollup } from 'vite';
import { describe, expect, test } from 'vitest';
import { unwrapEmptyPreloads, unwrapEmptyPreloadsInBundle } from '../../src/build/empty-preloads.ts';

// Chunks as Vite 8 writes them, minified: the helper is imported as a one-letter name that the
// chunk's functions also use for their own parameters.
const HELPER = './preload-helper.DygEbaNj.js';
const IMPORT = `import{t as e}from"${HELPER}";`;

const unwrapped = (code: string) => {
  const result = unwrapEmptyPreloads(code, HELPER);
  if (result.kind !== 'unwrapped') throw new Error(`left unchanged: ${result.reason}`);
  return result;
};

describe('unwrapEmptyPreloads', () => {
  test('an empty dependency list: the call becomes the import it wraps, and the helper’s import goes', () => {
    const code = `${IMPORT}function a(e,n,r){let a=!1;e.addEventListener(\`click\`,()=>{a||(a=!0,r().then(()=>e.dispatchEvent(new Event(\`x\`))))})}typeof window<\`u\`&&a(window,location.hash,()=>e(()=>import(\`./link-tools.TrTXI21v.js\`),[]));export{a as t};`;
    const result = unwrapped(code);
    expect(result.code).toBe(
      'function a(e,n,r){let a=!1;e.addEventListener(`click`,()=>{a||(a=!0,r().then(()=>e.dispatchEvent(new Event(`x`))))})}typeof window<`u`&&a(window,location.hash,()=>import(`./link-tools.TrTXI21v.js`));export{a as t};',
    );
    expect(result).toMatchObject({ calls: 1, helperImportDropped: true });
  });

  test('a template-literal argument is kept as it is', () => {
    const code = `${IMPORT}var o=\`/_astro/search/\`;let B=async()=>{let t;try{t=await e(()=>import(\`\${o}pagefind.js\`),[])}catch(e){console.error(e)}return t};export{B as t};`;
    expect(unwrapped(code).code).toBe('var o=`/_astro/search/`;let B=async()=>{let t;try{t=await import(`${o}pagefind.js`)}catch(e){console.error(e)}return t};export{B as t};');
  });

  test('a callback that picks names from the module is called instead of wrapped', () => {
    const code = `${IMPORT}class r{#e;#r(){return this.#e??=e(async()=>{let{mount:e,show:t}=await import(\`./mount.js\`);return{mount:e,show:t}},[]).then(({mount:e})=>e())}}export{r as t};`;
    expect(unwrapped(code).code).toBe('class r{#e;#r(){return this.#e??=(async()=>{let{mount:e,show:t}=await import(`./mount.js`);return{mount:e,show:t}})().then(({mount:e})=>e())}}export{r as t};');
  });

  test('a call with dependencies (a stylesheet to load first) stays, and so does the helper’s import', () => {
    const code = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.css"])))=>i.map(i=>d[i]);\n${IMPORT}const x=()=>e(()=>import(\`./a.js\`),__vite__mapDeps([0])),y=()=>e(()=>import(\`./b.js\`),[]);export{x,y};`;
    const result = unwrapped(code);
    expect(result.code).toContain('e(()=>import(`./a.js`),__vite__mapDeps([0]))');
    expect(result.code).toContain('y=()=>import(`./b.js`)');
    expect(result.code).toContain(IMPORT);
    expect(result).toMatchObject({ calls: 1, helperImportDropped: false });
  });

  test('only dependencies: the chunk is left as it is', () => {
    const code = `${IMPORT}export const x=()=>e(()=>import(\`./a.js\`),[\`_astro/a.css\`]);`;
    expect(unwrapEmptyPreloads(code, HELPER)).toEqual({ kind: 'unchanged', reason: 'every call of the helper has dependencies' });
  });

  test.each([
    ['re-exported', `${IMPORT}const x=()=>e(()=>import(\`./a.js\`),[]);export{x,e as p};`],
    ['passed as a value', `${IMPORT}const x=()=>e(()=>import(\`./a.js\`),[]),y=[e];export{x,y};`],
    ['called with one argument', `${IMPORT}const x=()=>e(()=>import(\`./a.js\`),[]),y=()=>e(()=>import(\`./b.js\`));export{x,y};`],
  ])('a chunk where the helper is %s is left as it is', (_how, code) => {
    const result = unwrapEmptyPreloads(code, HELPER);
    expect(result.kind).toBe('unchanged');
  });

  test('a parameter, a catch binding or a local of the same name is not the helper', () => {
    const code = `${IMPORT}function f(e){return e(()=>import(\`./no.js\`),[])}function g(){try{}catch(e){e(1)}{let e=2;e.toString()}var h=function e(){return e};return h}const x=()=>e(()=>import(\`./a.js\`),[]);export{f,g,x};`;
    const result = unwrapped(code);
    // The parameter's call is not the helper's: untouched; the module-level one is unwrapped.
    expect(result.code).toContain('function f(e){return e(()=>import(`./no.js`),[])}');
    expect(result.code).toContain('x=()=>import(`./a.js`)');
    expect(result).toMatchObject({ calls: 1, helperImportDropped: true });
  });

  test('a `var` of the same name in a nested block shadows the helper in the whole function', () => {
    const code = `${IMPORT}function f(){if(1){var e=g}return e(()=>import(\`./no.js\`),[])}const x=()=>e(()=>import(\`./a.js\`),[]);export{f,x};`;
    expect(unwrapped(code).code).toContain('return e(()=>import(`./no.js`),[])');
  });

  test('offsets hold after text that is not ASCII', () => {
    const code = `${IMPORT}const m=\`No results for “\${1}”.\`,x=()=>e(()=>import(\`./a.js\`),[]);export{m,x};`;
    expect(unwrapped(code).code).toBe('const m=`No results for “${1}”.`,x=()=>import(`./a.js`);export{m,x};');
  });

  test('a chunk that imports the helper twice or with other bindings is left as it is', () => {
    expect(unwrapEmptyPreloads(`import{t as e,u}from"${HELPER}";e(()=>import(\`./a.js\`),[]);u();`, HELPER).kind).toBe('unchanged');
  });

  test('code that does not parse is left as it is', () => {
    expect(unwrapEmptyPreloads(`${IMPORT}const x=()=>e(()=>import(\`./a.js\`),[]);)`, HELPER).kind).toBe('unchanged');
  });
});

describe('unwrapEmptyPreloadsInBundle', () => {
  const HELPER_FILE = '_astro/preload-helper.DygEbaNj.js';
  const chunk = (fileName: string, code: string, imports: string[] = [HELPER_FILE]) => ({
    type: 'chunk',
    fileName,
    code,
    imports,
    dynamicImports: [],
    moduleIds: [`/src/${fileName}`],
    map: null,
  });
  const bundleOf = (...chunks: ReturnType<typeof chunk>[]) => {
    const helper = { ...chunk(HELPER_FILE, 'var a=function(){};export{a as t};', []), moduleIds: ['\0vite/preload-helper.js'] };
    return Object.fromEntries([helper, ...chunks].map((c) => [c.fileName, c])) as unknown as Rollup.OutputBundle;
  };
  const loader = () => chunk('_astro/Head.abc.js', `${IMPORT}a(()=>e(()=>import(\`./link-tools.x.js\`),[]));`);

  test('drops the helper’s chunk once no chunk imports it', () => {
    const bundle = bundleOf(loader());
    const warnings: string[] = [];
    expect(unwrapEmptyPreloadsInBundle(bundle, (w) => warnings.push(w))).toEqual({ helper: HELPER_FILE, rewritten: ['_astro/Head.abc.js'], helperDropped: true });
    expect(Object.keys(bundle)).toEqual(['_astro/Head.abc.js']);
    const head = bundle['_astro/Head.abc.js'] as Rollup.OutputChunk;
    expect(head.code).toBe('a(()=>import(`./link-tools.x.js`));');
    expect(head.imports).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('keeps it while a chunk still calls it with dependencies, and says why', () => {
    const styled = chunk('_astro/Styled.abc.js', `${IMPORT}export const x=()=>e(()=>import(\`./a.js\`),[\`_astro/a.css\`]);`);
    const bundle = bundleOf(loader(), styled);
    const warnings: string[] = [];
    expect(unwrapEmptyPreloadsInBundle(bundle, (w) => warnings.push(w)).helperDropped).toBe(false);
    expect(Object.keys(bundle)).toContain(HELPER_FILE);
    expect((bundle['_astro/Styled.abc.js'] as Rollup.OutputChunk).code).toContain(IMPORT);
    expect(warnings).toEqual(['_astro/Styled.abc.js: the preload helper stays (every call of the helper has dependencies)']);
  });

  test('keeps it while another chunk names its file (a list of files to preload)', () => {
    const listing = chunk('_astro/List.abc.js', `const d=["${HELPER_FILE}"];export{d};`, []);
    const bundle = bundleOf(loader(), listing);
    expect(unwrapEmptyPreloadsInBundle(bundle, () => undefined).helperDropped).toBe(false);
    expect(Object.keys(bundle)).toContain(HELPER_FILE);
  });
});
