// `npm start`: build the site if the build is missing or older than its sources, then serve
// dist/ on http://localhost:4321. Search only exists in a build, so this is what readers use.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'content', 'examples', 'public', 'astro.config.mjs', 'package-lock.json'];
const BUILT = join('dist', 'index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function run(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt < changedAt) {
  console.log(builtAt === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: rebuilding…');
  run(['astro', 'build']);
} else {
  console.log('The build is up to date.');
}
console.log('Serving the built site on http://localhost:4321/ (Ctrl+C to stop)');
run(['astro', 'preview', '--host', '127.0.0.1', '--port', '4321']);
