import { describe, expect, test } from 'vitest';
import { missingSiteUrlWarning, pathToPrintedAddress, siteUrlFromEnv } from '../../src/links/site-url.ts';

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
