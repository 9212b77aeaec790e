import { describe, expect, test } from 'vitest';
import { unwrapEmptyPreloads } from '../../src/build/empty-preloads.ts';

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
