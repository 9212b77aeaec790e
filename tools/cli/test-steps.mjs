// The steps of `npm test` (tools/cli/test-all.mjs), each an npm script, with what each must wait for.

/**
 * @typedef {object} TestStep
 * @property {string} name   the npm script
 * @property {string[]} after the steps that must have passed before it starts
 * @property {boolean} [alone] runs with nothing beside it (it keeps every core busy by itself)
 */

/**
 * In the order they are started when free to start. Why each waits:
 *  - build after check: both write Astro's generated types and content store (.astro/);
 *  - test:build and test:built after build: the copies' builds reuse the diagram, card and export
 *    caches the build fills (src/render/content-cache.ts), and test:built reads dist/;
 *  - test:e2e after everything: it keeps both cores busy alone, and a failure found earlier
 *    should not wait eight minutes behind it.
 * @type {readonly TestStep[]}
 */
export const TEST_STEPS = [
  { name: 'check', after: [] },
  { name: 'test:unit', after: [] },
  { name: 'build', after: ['check'] },
  { name: 'test:examples', after: [] },
  { name: 'test:build', after: ['build'] },
  { name: 'test:built', after: ['build'] },
  { name: 'test:e2e', after: ['check', 'test:unit', 'build', 'test:examples', 'test:build', 'test:built'], alone: true },
];

/**
 * The steps, checked: each waits only for steps listed before it (so there is no cycle), and
 * each name is an npm script of `scripts`. Throws naming the step and the field otherwise.
 * @param {readonly TestStep[]} steps
 * @param {Record<string, string>} [scripts] package.json's scripts, when they are to be checked
 * @returns {TestStep[]}
 */
export function stepsInOrder(steps, scripts) {
  const seen = new Set();
  for (const step of steps) {
    if (seen.has(step.name)) throw new Error(`tools/cli/test-steps.mjs › ${step.name}: listed twice`);
    if (scripts && !(step.name in scripts)) throw new Error(`tools/cli/test-steps.mjs › ${step.name}: no npm script of that name in package.json`);
    for (const dep of step.after) {
      if (!seen.has(dep)) throw new Error(`tools/cli/test-steps.mjs › ${step.name} › after: "${dep}" is not a step listed before it`);
    }
    seen.add(step.name);
  }
  return [...steps];
}
