// `npm test`: every test step of the guide, each an npm script, run two at a time where they do
// not depend on each other, then the browser tests alone; ends with the time each step took.
//
// Why two at a time: on the 2-core machine CI runs on, most steps keep one core busy (type
// checking, the build, the builds of project copies are one Node process each), so a second step
// beside it uses the core that would sit idle. The browser tests keep both cores busy on their
// own, so they run last, alone. Each step's output is held and printed whole when it ends, so the
// log reads step by step; on the first failure the others are stopped and the run fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TEST_STEPS, stepsInOrder } from './test-steps.mjs';

const SLOTS = Number(process.env.TEST_SLOTS ?? 2);
const started = performance.now();
/** @type {Map<string, { start: number, end?: number, status?: number, stopped?: boolean }>} */
const times = new Map();
/** The steps running, by their process. @type {Map<import('node:child_process').ChildProcess, string>} */
const running = new Map();

const seconds = (ms) => `${Math.floor(ms / 60_000)}m ${((ms % 60_000) / 1000).toFixed(1).padStart(4, '0')}s`;

function printTimes() {
  console.log('\nTime per test step (start → end, from the start of `npm test`):');
  for (const [name, t] of times) {
    const end = t.end ?? performance.now();
    const state = t.stopped ? ' (stopped)' : t.status === 0 ? '' : ' (failed)';
    console.log(`  ${name.padEnd(16)} ${seconds(end - t.start).padStart(9)}   ${seconds(t.start - started)} → ${seconds(end - started)}${state}`);
  }
  console.log(`  ${'all'.padEnd(16)} ${seconds(performance.now() - started).padStart(9)}`);
}

/**
 * Runs one npm script; resolves with its exit status. Its output is held and printed whole when
 * it ends, unless it runs alone (`live`), when nothing can interleave with it and it streams.
 */
function runStep(name, live) {
  times.set(name, { start: performance.now() });
  if (live) process.stdout.write(`\n> npm run ${name}\n`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: live ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'], detached: true });
    running.set(child, name);
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      const status = code ?? (signal ? 1 : 0);
      Object.assign(times.get(name), { end: performance.now(), status });
      if (!live) process.stdout.write(`\n> npm run ${name}\n`);
      process.stdout.write(Buffer.concat(output));
      const { stopped } = times.get(name);
      if (stopped) process.stdout.write(`\nnpm run ${name} stopped: another step failed\n`);
      else if (status !== 0) process.stdout.write(`\nnpm run ${name} failed (exit ${status})\n`);
      resolve(status);
    });
  });
}

function stopAll() {
  for (const [child, name] of running) {
    times.get(name).stopped = true;
    try {
      // The whole group: npm, the tool it started, and the browsers or servers that one started.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function main() {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const pending = stepsInOrder(TEST_STEPS, scripts);
  const done = new Set();
  let failed = false;
  let aloneRunning = false;
  await new Promise((finish) => {
    const launch = () => {
      if (running.size === 0 && (failed || pending.length === 0)) return finish();
      if (failed || aloneRunning) return;
      for (const step of [...pending]) {
        if (running.size >= SLOTS) break;
        if (!step.after.every((dep) => done.has(dep))) continue;
        // A step that wants the machine to itself waits for the others, and nothing starts beside it.
        if (step.alone && running.size > 0) break;
        pending.splice(pending.indexOf(step), 1);
        aloneRunning = step.alone === true;
        void runStep(step.name, step.alone === true).then((status) => {
          if (step.alone) aloneRunning = false;
          if (status === 0) done.add(step.name);
          else if (!failed) {
            failed = true;
            stopAll();
          }
          launch();
        });
        if (step.alone) break;
      }
    };
    launch();
  });
  printTimes();
  if (failed) process.exitCode = 1;
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});
await main();
