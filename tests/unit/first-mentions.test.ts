import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/html/page-document.ts';
import { entityNames, firstMentions, htmlWithFirstMentionsLinked, type EntityName } from '../../src/links/first-mentions.ts';
import { model } from '../../src/model/index.ts';

const names: EntityName[] = [
  { name: 'Data validation', href: '/pipeline/data-validation/', kind: 'stage' },
  { name: 'data validation', href: '/pipeline/data-validation/', kind: 'stage' },
  { name: 'Vertex AI', href: '/tools/vertex-ai/', kind: 'tool' },
  { name: 'Vertex AI Pipelines', href: '/tools/vertex-ai-pipelines/', kind: 'tool' },
  { name: 'Weights & Biases', href: '/tools/wandb/', kind: 'tool' },
];
const page = (body: string) => `<html><body><nav>Data validation</nav><div class="sl-markdown-content">${body}</div></body></html>`;
const linked = (body: string, path = '/x/') => htmlWithFirstMentionsLinked(page(body), path, names).html;

describe('htmlWithFirstMentionsLinked', () => {
  test('links the first prose mention of each entity, and only the first', () => {
    expect(linked('<p>Before data validation. Data validation again.</p>')).toContain(
      '<p>Before <a href="/pipeline/data-validation/">data validation</a>. Data validation again.</p>',
    );
  });

  test('prefers the longest name and reads escaped ampersands and line breaks', () => {
    const out = linked('<p>Vertex AI\nPipelines and Weights &amp; Biases.</p>');
    expect(out).toContain('<a href="/tools/vertex-ai-pipelines/">Vertex AI\nPipelines</a>');
    expect(out).toContain('<a href="/tools/wandb/">Weights &amp; Biases</a>');
    expect(out).not.toContain('href="/tools/vertex-ai/"');
  });

  test('skips headings, code, links, quotations, diagrams, the opt-out and text outside the content', () => {
    const body = [
      '<h2>Data validation</h2>',
      '<p><code>Vertex AI</code> <a href="/elsewhere/">Weights &amp; Biases</a></p>',
      '<blockquote>Vertex AI Pipelines</blockquote>',
      '<figure>Vertex AI</figure>',
      '<p data-no-autolink>Weights &amp; Biases</p>',
    ].join('');
    expect(htmlWithFirstMentionsLinked(page(body), '/x/', names).linked).toBe(0);
  });

  test('leaves a mention alone once the page already links the entity, and on the entity\'s own page', () => {
    expect(linked('<table><tr><td><a href="/tools/vertex-ai/">it</a></td></tr></table><p>Vertex AI.</p>')).not.toContain('<a href="/tools/vertex-ai/">Vertex AI</a>');
    expect(linked('<p>Vertex AI.</p>', '/tools/vertex-ai/')).not.toContain('<a href');
  });

  test('matches names as spelled, not words inside other words', () => {
    expect(htmlWithFirstMentionsLinked(page('<p>vertex ai, Vertex AIs, preData validation</p>'), '/x/', names).linked).toBe(0);
  });
});

describe('firstMentions', () => {
  test('reports an unlinked first mention with where it is', () => {
    const [mention] = firstMentions(parsePage(page('<p>See Vertex AI.</p>')), '/x/', names);
    expect(mention.linked).toBe(false);
    expect(mention.text.text).toBe('See Vertex AI.');
    expect(mention.text.text.slice(mention.start, mention.end)).toBe('Vertex AI');
  });
});

describe('entityNames', () => {
  test('comes from the model: stages in two cases, tools without a parenthesis, no one-word pattern', () => {
    const all = entityNames(model).map((n) => n.name);
    expect(all).toContain('Training & evaluation');
    expect(all).toContain('training & evaluation');
    expect(all).toContain('TFX');
    expect(all).toContain('Hyperparameter Tuning');
    expect(all).not.toContain('Transform');
    expect(all).not.toContain('Cascade');
  });
});
