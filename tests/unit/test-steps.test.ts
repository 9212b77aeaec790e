import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stepsInOrder, TEST_STEPS } from '../../tools/cli/test-steps.mjs';

interface Step {
  name: string;
  after: string[];
  alone?: boolean;
}
const steps: readonly Step[] = TEST_STEPS;
const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const named = (name: string) => steps.find((s) => s.name === name);

describe('the steps of npm test', () => {
  test('are npm scripts, each waiting only for steps listed before it', () => {
    expect(() => stepsInOrder(TEST_STEPS, scripts)).not.toThrow();
  });

  test('cover every test script of package.json, and the build', () => {
    const testScripts = Object.keys(scripts).filter((name) => /^test:/.test(name));
    expect(steps.map((s) => s.name).sort()).toEqual([...testScripts, 'check', 'build'].sort());
  });

  test('run what reads dist/ or the build’s caches after the build, and the build after the type check', () => {
    for (const name of ['test:build', 'test:built', 'test:e2e']) expect(named(name)?.after, name).toContain('build');
    expect(named('build')?.after).toContain('check');
  });

  test('run the browser tests last, alone, after every other step', () => {
    const e2e = named('test:e2e');
    expect(e2e?.alone).toBe(true);
    expect(steps.at(-1)?.name).toBe('test:e2e');
    expect([...(e2e?.after ?? [])].sort()).toEqual(steps.filter((s) => s.name !== 'test:e2e').map((s) => s.name).sort());
  });

  test('a step waiting for one listed after it, or for no step, is refused, naming it and the field', () => {
    expect(() => stepsInOrder([{ name: 'a', after: ['b'] }, { name: 'b', after: [] }])).toThrow('tools/cli/test-steps.mjs › a › after: "b" is not a step listed before it');
    expect(() => stepsInOrder([{ name: 'nope', after: [] }], scripts)).toThrow('nope: no npm script of that name in package.json');
    expect(() => stepsInOrder([{ name: 'a', after: [] }, { name: 'a', after: [] }])).toThrow('a: listed twice');
  });
});
