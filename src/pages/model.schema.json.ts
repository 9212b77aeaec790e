import type { APIRoute } from 'astro';
import { modelJsonSchema } from '../model/validate/model-schema.ts';

/** `/model.schema.json`: the JSON Schema that /model.json satisfies. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
