import { existsSync } from 'node:fs';
import { readDistSite, type DistSite } from '../../src/links/dist-site.ts';

/** The built site; a clear message instead of a pile of failures when there is none. */
export async function builtSite(): Promise<DistSite> {
  if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` before these checks.');
  return readDistSite('dist');
}
