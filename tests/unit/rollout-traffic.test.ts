import { describe, expect, test } from 'vitest';
import { rolloutTrafficView, trafficInWords } from '../../src/diagrams/rollout-traffic.ts';
import { ROLLOUT_STRATEGY_IDS, rolloutStrategies } from '../../src/model/data/deployment.ts';

describe('rolloutTrafficView', () => {
  const view = rolloutTrafficView(rolloutStrategies);

  test('draws one box per strategy, in the model order, each with requests and both models', () => {
    const boxes = [...view.mermaid.matchAll(/^\s*subgraph ([a-z-]+)\[/gm)].map((m) => m[1]).filter((id) => !id.startsWith('row'));
    expect(boxes).toEqual([...ROLLOUT_STRATEGY_IDS]);
    for (const id of ROLLOUT_STRATEGY_IDS) {
      expect(view.mermaid).toContain(`${id}__requests["Requests"]`);
      expect(view.mermaid).toContain(`${id}__new["New model"]`);
    }
  });

  test("dots the new model's edge only where its answers are never served", () => {
    const dotted = ROLLOUT_STRATEGY_IDS.filter((id) => view.mermaid.includes(`${id}__requests -.->`));
    expect(dotted).toEqual(ROLLOUT_STRATEGY_IDS.filter((id) => rolloutStrategies[id].traffic.kind === 'mirror'));
    expect(dotted.length).toBeGreaterThan(0);
  });

  test('says a share strategy sends its stated share to the new model', () => {
    const share = ROLLOUT_STRATEGY_IDS.map((id) => rolloutStrategies[id]).find((s) => s.traffic.kind === 'share');
    expect(share).toBeDefined();
    if (share?.traffic.kind === 'share') expect(trafficInWords(share.traffic)[1]).toBe(share.traffic.share);
  });

  test('escapes a hostile name and share', () => {
    const hostile = {
      ...rolloutStrategies,
      canary: { ...rolloutStrategies.canary, name: 'Canary "<b>"', traffic: { kind: 'share', share: '5% | "then" more' } },
    } as const;
    const text = rolloutTrafficView(hostile).mermaid;
    expect(text).toContain('subgraph canary["Canary #34;#60;b#62;#34;"]');
    expect(text).not.toContain('<b>');
    expect(text).toContain('5#37;');
  });

  test('lays out a phone layout one strategy to a row, with the same boxes', () => {
    const phone = view.alternates?.phone ?? '';
    for (const id of ROLLOUT_STRATEGY_IDS) expect(phone).toContain(`subgraph ${id}[`);
    expect(phone.match(/subgraph row__/g)?.length).toBe(ROLLOUT_STRATEGY_IDS.length);
  });
});
