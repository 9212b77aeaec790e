import { describe, expect, test } from 'vitest';
import { monitoringLoopView } from '../../src/diagrams/monitoring-loop.ts';
import { mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { model, MONITORING_SIGNAL_IDS, monitoringFeedback, type Model } from '../../src/model/index.ts';
import { HOSTILE_LABELS, hostileModel } from '../fixtures/models.ts';

const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('monitoringLoopView', () => {
  const view = monitoringLoopView(model);

  test('draws every signal once, fed by each input it needs', () => {
    for (const id of MONITORING_SIGNAL_IDS) {
      const signal = model.monitoringSignals[id];
      expect(lines(view.mermaid).filter((l) => l.startsWith(`signal__${id}[`))).toEqual([`signal__${id}["${signal.name}"]`]);
      for (const input of signal.needs) expect(lines(view.mermaid)).toContain(`input__${input} --> signal__${id}`);
    }
  });

  test('sends each signal back to its stage with a dotted edge, one box per stage it reaches', () => {
    for (const id of MONITORING_SIGNAL_IDS) expect(lines(view.mermaid)).toContain(`signal__${id} -.-> stage__${model.monitoringSignals[id].feedsBack}`);
    const stageBoxes = lines(view.mermaid).filter((l) => /^stage__[a-z-]+\[/.test(l));
    expect(stageBoxes).toHaveLength(monitoringFeedback(model).length);
  });

  test('says in words and in its table what each signal needs and where it feeds back', () => {
    expect(view.textAlternative.rows).toHaveLength(MONITORING_SIGNAL_IDS.length);
    const drift = model.monitoringSignals['data-drift'];
    expect(view.description).toContain(`${drift.name} needs`);
    expect(view.textAlternative.rows.find((r) => r[0] === drift.name)?.[3]).toBe(model.stages[drift.feedsBack].name);
  });

  test('has a phone layout with the same boxes', () => {
    const boxes = (text: string) => lines(text).filter((l) => /^[a-z_-]+[[(]"/.test(l));
    expect(boxes(view.alternates?.phone ?? '')).toEqual(boxes(view.mermaid));
  });

  test('escapes hostile stage and signal names', () => {
    const hostile: Model = hostileModel();
    const signals = structuredClone(model.monitoringSignals) as unknown as Record<string, { name: string }>;
    Object.values(signals).forEach((s, i) => (s.name = HOSTILE_LABELS[i % HOSTILE_LABELS.length]));
    const text = monitoringLoopView({ ...hostile, monitoringSignals: signals as unknown as Model['monitoringSignals'] }).mermaid;
    expect(text).not.toContain('<script>');
    expect(text).toContain(mermaidLabel(HOSTILE_LABELS[0]));
    expect(text).toContain(mermaidLabel(hostile.stages['data-collection'].name));
  });
});
