import { MONITORING_INPUT_IDS, MONITORING_RESPONDER_IDS, MONITORING_SIGNAL_IDS } from '../data/monitoring.ts';
import { asArray, checkRefs, field, unknownId, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

/** What validateMonitoring() reads: ids widened to strings, so fixtures and JSON can be checked too. A fixture without signals is not checked. */
export interface UncheckedMonitoring {
  readonly monitoringInputs?: LooseRecord;
  readonly monitoringResponders?: LooseRecord;
  readonly monitoringSignals?: LooseRecord;
}


/** Signals name known inputs, responders and stages, have every text, and every input is used. */
export function validateMonitoring(monitoring: UncheckedMonitoring, stages: ReadonlySet<string>, file: string, report: Report): void {
  const { monitoringSignals: signals, monitoringInputs: inputRecords = {}, monitoringResponders: responderRecords = {} } = monitoring;
  if (!signals) return;
  const inputs = new Set<string>(MONITORING_INPUT_IDS);
  const responders = new Set<string>(MONITORING_RESPONDER_IDS);
  checkRecord(report, file, 'monitoring input', MONITORING_INPUT_IDS, inputRecords);
  checkRecord(report, file, 'monitoring responder', MONITORING_RESPONDER_IDS, responderRecords);
  checkRecord(report, file, 'monitoring signal', MONITORING_SIGNAL_IDS, signals);

  const used = new Set<unknown>();
  for (const [key, signal] of Object.entries(signals)) {
    const entity = `monitoring signal "${key}"`;
    const needs = asArray(field(signal, 'needs'));
    checkRefs(report, file, entity, 'needs', needs, inputs, 'monitoring input');
    needs.forEach((n) => used.add(n));
    const alerts = field(signal, 'alerts');
    if (typeof alerts !== 'string' || !responders.has(alerts)) report(file, entity, 'alerts', unknownId('monitoring responder', alerts, responders));
    const stage = field(signal, 'feedsBack');
    if (typeof stage !== 'string' || !stages.has(stage)) report(file, entity, 'feedsBack', unknownId('stage', stage, stages));
  }
  for (const id of MONITORING_INPUT_IDS) {
    if (Object.hasOwn(inputRecords, id) && !used.has(id)) report(file, `monitoring input "${id}"`, 'needs', 'no signal needs this input; remove it or say which signal reads it');
  }
}
