import { ML_TEST_KIND_IDS, type MlTestKind, type MlTestTrigger } from '../data/ml-tests.ts';
import type { Model } from '../data/model.ts';
import { MONITORING_SIGNAL_IDS, type MonitoringSignal } from '../data/monitoring.ts';
import { STAGE_IDS, type StageId } from '../data/ids.ts';

/** Monitoring signals in the model's order. */
export function monitoringSignalList(model: Pick<Model, 'monitoringSignals'>): MonitoringSignal[] {
  return MONITORING_SIGNAL_IDS.map((id) => model.monitoringSignals[id]);
}

/** The stages monitoring sends work back to, in pipeline order, each with the signals that do. */
export function monitoringFeedback(model: Pick<Model, 'monitoringSignals'>): { stage: StageId; signals: MonitoringSignal[] }[] {
  const signals = monitoringSignalList(model);
  return STAGE_IDS.map((stage) => ({ stage, signals: signals.filter((s) => s.feedsBack === stage) })).filter((f) => f.signals.length > 0);
}

/** Test kinds in the model's order. */
export function mlTestKindList(model: Pick<Model, 'mlTestKinds'>): MlTestKind[] {
  return ML_TEST_KIND_IDS.map((id) => model.mlTestKinds[id]);
}

/** The test kinds that check a stage's output and run at a given moment. */
export function mlTestKindsAt(model: Pick<Model, 'mlTestKinds'>, stage: StageId, runs: MlTestTrigger): MlTestKind[] {
  return mlTestKindList(model).filter((k) => k.runs === runs && k.stages.includes(stage));
}
