import type { APIRoute } from 'astro';
import { model } from '../model/index.ts';

/** `/model.json`: the whole model, keyed by id, in the order the guide uses. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(model, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
