import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDir } from '../../src/render/content-cache.ts';

/** Runs `astro build` in `cwd` and returns how long it took, in milliseconds. */
export function timeBuild(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`astro build in ${cwd} failed (exit ${code}):\n${stderr}`));
    });
  });
}

/** Removes what makes a build warm: the output, Astro's caches and the rendered-diagram cache. */
export async function removeBuildCaches(cwd: string): Promise<void> {
  for (const path of ['dist', '.astro', join('node_modules', '.astro'), cacheDir('diagrams'), join('node_modules', '.vite')]) {
    await rm(join(cwd, path), { recursive: true, force: true });
  }
}
