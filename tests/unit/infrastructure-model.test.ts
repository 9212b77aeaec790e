import { describe, expect, test } from 'vitest';
import { SERVING_MODE_IDS } from '../../src/model/data/deployment.ts';
import { formatModelIssues, gpuSharingAt, infrastructureOfTool, model, validateModel } from '../../src/model/index.ts';

const FILE = 'src/model/data/infrastructure.ts';
const issuesIn = (broken: Record<string, unknown>) => validateModel({ ...model, ...broken }).filter((i) => i.file === FILE);

describe('infrastructure and cost facts', () => {
  test('are valid as written', () => {
    expect(formatModelIssues(validateModel(model).filter((i) => i.file === FILE))).toBe('');
  });

  test('name the file, entity and field of an unknown tool, stage and serving mode, once each', () => {
    const broken = {
      autoscalingSignals: { ...model.autoscalingSignals, 'queue-length': { ...model.autoscalingSignals['queue-length'], tools: ['keda'], modes: ['batch', 'streaming', 'nightly'] } },
      gpuSharing: { ...model.gpuSharing, mig: { ...model.gpuSharing.mig, stages: ['model-serving'] } },
    };
    const lines = formatModelIssues(issuesIn(broken)).split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^src\/model\/data\/infrastructure\.ts › autoscaling signal "queue-length" › modes\[2\]: unknown serving mode id "nightly"/),
      expect.stringMatching(/^src\/model\/data\/infrastructure\.ts › autoscaling signal "queue-length" › tools\[0\]: unknown tool id "keda"/),
      expect.stringMatching(/^src\/model\/data\/infrastructure\.ts › GPU sharing option "mig" › stages\[0\]: unknown stage id "model-serving"/),
    ]);
  });

  test('report an unknown id, a missing entry and an empty text in the words of the id list', () => {
    const { mps: _gone, ...rest } = model.gpuSharing;
    const broken = {
      gpuSharing: { ...rest, vgpu: { ...model.gpuSharing.mig, id: 'vgpu' } },
      buildBuyCriteria: { ...model.buildBuyCriteria, hardware: { ...model.buildBuyCriteria.hardware, question: ' ' } },
    };
    const messages = issuesIn(broken).map((i) => `${i.entity} › ${i.field}: ${i.message}`);
    expect(messages).toContain('GPU sharing option "mps" › id: GPU sharing option id "mps" has no entry');
    expect(messages).toContain('GPU sharing option "vgpu" › id: unknown GPU sharing option id "vgpu"; add it to the id list first');
    expect(messages).toContain('build-or-buy criterion "hardware" › question: question is missing or empty');
    // Shape and references both see these; each is reported once.
    expect(new Set(messages).size).toBe(messages.length);
  });

  test('refuse a tool that is both built and bought, and a server mode nothing scales', () => {
    const streaming = Object.fromEntries(
      Object.entries(model.autoscalingSignals).map(([k, s]) => [k, { ...s, modes: s.modes.filter((m) => m !== 'streaming') }]),
    );
    const broken = {
      buildBuyOptions: { ...model.buildBuyOptions, buy: { ...model.buildBuyOptions.buy, tools: [...model.buildBuyOptions.buy.tools, 'kserve'] } },
      autoscalingSignals: streaming,
    };
    const issues = issuesIn(broken);
    expect(issues.find((i) => i.entity === 'build-or-buy option "buy"')?.message).toMatch(/"kserve" is already an example of "build"/);
    expect(issues.find((i) => i.entity === 'serving mode cost "streaming"')?.message).toMatch(/no autoscaling signal scales streaming serving/);
  });

  test('cost every serving mode of the deployment model, and link stages and tools back', () => {
    expect(Object.keys(model.servingModeCosts)).toEqual([...SERVING_MODE_IDS]);
    expect(gpuSharingAt('model-deployment').map((g) => g.id)).toContain('mig');
    expect(gpuSharingAt('data-validation')).toEqual([]);
    const kserve = infrastructureOfTool('kserve');
    expect(kserve.signals.map((s) => s.id)).toContain('request-concurrency');
    expect(kserve.options.map((o) => o.id)).toEqual(['build']);
  });
});
