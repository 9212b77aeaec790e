import { describe, expect, test } from 'vitest';
import { mermaidLabel, mermaidWithTextLabels } from '../../src/diagrams/mermaid-text.ts';
import { modelToViews } from '../../src/diagrams/index.ts';
import { model } from '../../src/model/index.ts';

describe('mermaidWithTextLabels', () => {
  test('turns every tag a label could open into text', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">link</a>',
      '<svg onload=alert(1)>',
      '<!-- comment -->',
      '<?xml?>',
      '<IMG SRC=x>',
      '<b onclick="alert(1)">bold?</b>',
      '<br onmouseover=alert(1)>',
      '<img src=x',
    ];
    for (const label of hostile) {
      const out = mermaidWithTextLabels(`flowchart LR\n  a["${label}"]\n`);
      // No `<` before a letter, `/`, `!` or `?` is left, except a closing </b> after an escaped opener.
      const left = [...out.matchAll(/<(?=[A-Za-z/!?])/g)].map((m) => out.slice(m.index, m.index + 6));
      expect(left.filter((tag) => !/^<\/b>/.test(tag)), label).toEqual([]);
      expect(out).toContain('#60;');
    }
  });

  test('keeps the formatting tags Mermaid documents: line breaks, bold and italics', () => {
    const text = 'flowchart LR\n  a["one<br>two<br/>three<br />four <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <BR>"]\n';
    expect(mermaidWithTextLabels(text)).toBe(text);
  });

  test('leaves Mermaid syntax alone: arrows, annotations, entity codes', () => {
    const syntax = [
      'flowchart LR\n  a <--> b\n  a <-- "x" --> b\n  a -.-> b\n  a ==> b\n',
      'sequenceDiagram\n  A->>B: hi\n  B-->>A: #60;ok#62;\n',
      'classDiagram\n  class Shape {\n    <<interface>>\n  }\n',
      'stateDiagram-v2\n  state f <<fork>>\n',
      '%%{init: {"theme": "dark"}}%%\nflowchart LR\n  a --> b\n',
    ];
    for (const text of syntax) expect(mermaidWithTextLabels(text)).toBe(text);
  });

  test('leaves accessibility lines to Mermaid, which strips their markup itself', () => {
    const text = 'flowchart LR\n  accTitle: A <b>title</b> <img src=x>\n  accDescr: why <it> matters\n  a["<img src=x>"]\n';
    expect(mermaidWithTextLabels(text)).toBe(
      'flowchart LR\n  accTitle: A <b>title</b> <img src=x>\n  accDescr: why <it> matters\n  a["#60;img src=x>"]\n',
    );
  });

  test('changes no text the views generate: their labels are already escaped', () => {
    const views = modelToViews(model);
    expect(views.length).toBeGreaterThan(10);
    for (const view of views) expect(mermaidWithTextLabels(view.mermaid), view.id).toBe(view.mermaid);
    expect(mermaidWithTextLabels(`a["${mermaidLabel('<img src=x>')}"]`)).toBe(`a["${mermaidLabel('<img src=x>')}"]`);
  });
});
