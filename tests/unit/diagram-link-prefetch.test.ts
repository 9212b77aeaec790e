import { describe, expect, test } from 'vitest';
import { diagramLinkToPrefetch } from '../../src/islands/diagram-link-prefetch.ts';

describe('diagramLinkToPrefetch', () => {
  const page = new URL('https://guide.example.org/pipeline/');

  test("prefetches a diagram's link to another page of the guide", () => {
    expect(diagramLinkToPrefetch('/pipeline/data-validation/', page, '/')).toBe('/pipeline/data-validation/');
    expect(diagramLinkToPrefetch('/tools/?category=serving', page, '/')).toBe('/tools/?category=serving');
  });

  test('leaves out downloads, other sites, the page itself and pages outside the base path', () => {
    expect(diagramLinkToPrefetch('/diagrams/pipeline-flow.svg', page, '/')).toBeUndefined();
    expect(diagramLinkToPrefetch('https://example.com/docs/', page, '/')).toBeUndefined();
    expect(diagramLinkToPrefetch('/pipeline/', page, '/')).toBeUndefined();
    expect(diagramLinkToPrefetch('#stage-data-validation', page, '/')).toBeUndefined();
    expect(diagramLinkToPrefetch('/pipeline/data-validation/', page, '/guide/')).toBeUndefined();
    expect(diagramLinkToPrefetch('/guide/pipeline/data-validation/', new URL('https://guide.example.org/guide/pipeline/'), '/guide/')).toBe('/guide/pipeline/data-validation/');
  });
});
