import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../../model/index.ts';
import { starterKitFiles } from '../../starter-kit/files.ts';

/** /starter-kit/STAGES.md and /starter-kit/<stage>.ipynb, generated from the model at build time. */
export const getStaticPaths = (() =>
  starterKitFiles(model).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = starterKitFiles(model).find((f) => f.name === params.file);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.text, { headers: { 'Content-Type': file.contentType } });
};
