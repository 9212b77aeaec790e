import type { APIRoute } from 'astro';
import { model } from '../../model/index.ts';
import { starterKitToZip } from '../../starter-kit/files.ts';
import { workedExampleFiles } from '../../starter-kit/worked-example-files.ts';

/** /starter-kit/worked-example.zip: the six notebooks filled in for a churn problem, with their runner and README. */
export const GET: APIRoute = () =>
  new Response(starterKitToZip(workedExampleFiles(model), 'worked-example'), {
    headers: { 'Content-Type': 'application/zip' },
  });
