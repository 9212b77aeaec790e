import type { APIRoute } from 'astro';
import { model } from '../../model/index.ts';
import { starterKitFiles, starterKitToZip } from '../../starter-kit/files.ts';

/** /starter-kit/starter-kit.zip: STAGES.md and every stage notebook in one archive. */
export const GET: APIRoute = () =>
  new Response(starterKitToZip(starterKitFiles(model)), { headers: { 'Content-Type': 'application/zip' } });
