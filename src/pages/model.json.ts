import type { APIRoute } from 'astro';
import { modelExport } from '../model/queries/model-export.ts';

/** `/model.json`: the whole model, and the training data page's records, keyed by id, in the order the guide uses. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(modelExport, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
