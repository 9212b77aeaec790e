import type { APIRoute, GetStaticPaths } from 'astro';
import { EXAMPLES, exampleHref } from '../../examples/catalog.ts';

// /examples/<path>.py: each example of the catalogue as a file to download, byte for byte what the
// guide's tests run. A page that shows only part of an example links the whole file here.
const sources = import.meta.glob<string>('../../../examples/**/*.py', { query: '?raw', import: 'default', eager: true });

export const getStaticPaths = (() =>
  Object.keys(EXAMPLES).map((file) => {
    const text = sources[`../../../examples/${file}`];
    if (text === undefined) throw new Error(`src/examples/catalog.ts › ${file}: no such file under examples/`);
    return { params: { file: exampleHref(file).replace(/^\/examples\//, '') }, props: { text } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(String(props.text), { headers: { 'Content-Type': 'text/x-python; charset=utf-8' } });
