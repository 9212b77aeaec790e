import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deployBuildProblem, missingSiteUrlWarning, pathToPrintedAddress, siteUrlFromEnv } from '../../src/links/site-url.ts';

describe('siteUrlFromEnv', () => {
  test('reads SITE_URL as a URL, and nothing when it is unset or blank', () => {
    expect(siteUrlFromEnv({ SITE_URL: 'https://ml-pipelines.example.org' })).toBe('https://ml-pipelines.example.org/');
    expect(siteUrlFromEnv({})).toBeUndefined();
    expect(siteUrlFromEnv({ SITE_URL: '  ' })).toBeUndefined();
  });

  test('refuses a value that is not an http(s) URL, naming SITE_URL and the value', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: 'ml-pipelines.example.org' })).toThrow(/^SITE_URL: "ml-pipelines\.example\.org" is not a URL/);
    expect(() => siteUrlFromEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/^SITE_URL: "ftp:\/\/example\.org" is not an http\(s\) URL/);
  });
});

describe('missingSiteUrlWarning', () => {
  test('says in one line that SITE_URL is unset and what falls back to localhost', () => {
    const warning = missingSiteUrlWarning(undefined) ?? '';
    expect(warning).toMatch(/^SITE_URL is not set: /);
    expect(warning).toContain('http://localhost:4321');
    expect(warning).toContain('printed pages and sheets show paths');
    expect(warning).toContain('snippets under diagrams take the host the page is opened on');
    expect(warning).not.toContain('\n');
  });

  test('says nothing when the public address is known', () => {
    expect(missingSiteUrlWarning('https://ml-pipelines.example.org/')).toBeUndefined();
  });
});

describe('pathToPrintedAddress', () => {
  test('prints the public URL when the build knows it', () => {
    expect(pathToPrintedAddress('/pipeline/data-validation/', 'https://ml-pipelines.example.org/')).toBe(
      'https://ml-pipelines.example.org/pipeline/data-validation/',
    );
  });

  test('prints the path alone for a local build, never a localhost URL', () => {
    expect(pathToPrintedAddress('/pipeline/data-validation/', undefined)).toBe('/pipeline/data-validation/');
  });
});

describe('deployBuildProblem', () => {
  test('stops a deploy build without SITE_URL, naming SITE_URL and BASE_PATH and how to set them', () => {
    for (const env of [{}, { SITE_URL: ' ' }, { BASE_PATH: '/ml-guide/' }]) {
      const problem = deployBuildProblem(env) ?? '';
      expect(problem).toMatch(/^npm run build:deploy: SITE_URL is not set; /);
      expect(problem).toContain('SITE_URL=https://<your host>/');
      expect(problem).toContain('BASE_PATH=/ml-guide/');
    }
  });

  test('stops a deploy build whose SITE_URL is not a URL, or is this machine', () => {
    expect(deployBuildProblem({ SITE_URL: 'ml-pipelines.example.org' })).toMatch(/^npm run build:deploy: SITE_URL: "ml-pipelines\.example\.org" is not a URL/);
    for (const local of ['http://localhost:4321', 'http://127.0.0.1:8080/', 'http://[::1]/']) {
      expect(deployBuildProblem({ SITE_URL: local }), local).toMatch(/^npm run build:deploy: SITE_URL is .*, an address on this machine; set SITE_URL/);
    }
  });

  test('lets a deploy build with a public SITE_URL start, with or without BASE_PATH', () => {
    expect(deployBuildProblem({ SITE_URL: 'https://ml-pipelines.example.org' })).toBeUndefined();
    expect(deployBuildProblem({ SITE_URL: 'https://octo.github.io', BASE_PATH: '/ml-guide' })).toBeUndefined();
  });
});

describe('npm run build:deploy', () => {
  test('without SITE_URL, exits non-zero with the message before anything is built', () => {
    const { SITE_URL: _unset, ...env } = process.env;
    const result = spawnSync('npm', ['run', '--silent', 'build:deploy'], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
    expect(result.status).not.toBe(0);
    // Exactly the one message: Astro, had it started, would have printed its own lines.
    expect(`${result.stdout}${result.stderr}`.trim()).toBe(deployBuildProblem({}));
  });
});
