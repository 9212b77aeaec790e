import { SERVING_MODE_IDS } from '../data/deployment.ts';
import { STAGE_IDS, TOOL_IDS } from '../data/ids.ts';
import { AUTOSCALING_SIGNAL_IDS, BUILD_BUY_CRITERION_IDS, BUILD_BUY_OPTION_IDS, GPU_SHARING_IDS } from '../data/infrastructure.ts';
import { asArray, checkRefs, field, type LooseRecord, type Report } from './validate-helpers.ts';
import { checkRecord } from './validate-record.ts';

/** What validateInfrastructure() reads: ids widened to strings, so fixtures and JSON can be checked too. A fixture without them is not checked. */
export interface UncheckedInfrastructure {
  readonly servingModeCosts?: LooseRecord;
  readonly autoscalingSignals?: LooseRecord;
  readonly gpuSharing?: LooseRecord;
  readonly buildBuyOptions?: LooseRecord;
  readonly buildBuyCriteria?: LooseRecord;
}

const MODES = new Set<string>(SERVING_MODE_IDS);
const TOOLS = new Set<string>(TOOL_IDS);
const STAGES = new Set<string>(STAGE_IDS);

/**
 * Infrastructure and cost records: every id has its entry, references name known serving modes,
 * tools and stages (patterns are checked by the shape alone), every serving mode that runs on servers has a signal to scale it,
 * and no tool is both built and bought.
 */
export function validateInfrastructure(records: UncheckedInfrastructure, file: string, report: Report): void {
  const { servingModeCosts, autoscalingSignals, gpuSharing, buildBuyOptions, buildBuyCriteria } = records;
  if (servingModeCosts) checkRecord(report, file, 'serving mode cost', SERVING_MODE_IDS, servingModeCosts, ['paysFor', 'whenIdle', 'lever']);
  if (autoscalingSignals) {
    checkRecord(report, file, 'autoscaling signal', AUTOSCALING_SIGNAL_IDS, autoscalingSignals, ['name', 'measures', 'tradeOff']);
    const scaled = new Set<unknown>();
    for (const [key, signal] of Object.entries(autoscalingSignals)) {
      const entity = `autoscaling signal "${key}"`;
      const modes = asArray(field(signal, 'modes'));
      modes.forEach((m) => scaled.add(m));
      checkRefs(report, file, entity, 'modes', modes, MODES, 'serving mode');
      checkRefs(report, file, entity, 'tools', asArray(field(signal, 'tools')), TOOLS, 'tool');
    }
    // Edge serving runs on the user's device: there is nothing of the team's to scale.
    for (const mode of SERVING_MODE_IDS) {
      if (mode !== 'edge' && !scaled.has(mode)) report(file, `serving mode cost "${mode}"`, 'id', `no autoscaling signal scales ${mode} serving; add the mode to a signal's modes`);
    }
  }
  if (gpuSharing) {
    checkRecord(report, file, 'GPU sharing option', GPU_SHARING_IDS, gpuSharing, ['name', 'how', 'isolation', 'fits', 'caveat']);
    for (const [key, option] of Object.entries(gpuSharing)) {
      const entity = `GPU sharing option "${key}"`;
      checkRefs(report, file, entity, 'stages', asArray(field(option, 'stages')), STAGES, 'stage');
    }
  }
  if (buildBuyOptions) {
    checkRecord(report, file, 'build-or-buy option', BUILD_BUY_OPTION_IDS, buildBuyOptions, ['name', 'summary']);
    const optionOf = new Map<unknown, string>();
    for (const [key, option] of Object.entries(buildBuyOptions)) {
      const entity = `build-or-buy option "${key}"`;
      const tools = asArray(field(option, 'tools'));
      checkRefs(report, file, entity, 'tools', tools, TOOLS, 'tool');
      tools.forEach((tool, i) => {
        const other = optionOf.get(tool);
        if (other !== undefined && other !== key) report(file, entity, `tools[${i}]`, `${JSON.stringify(tool)} is already an example of "${other}"; a tool is built or bought, not both`);
        optionOf.set(tool, key);
      });
    }
  }
  if (buildBuyCriteria) checkRecord(report, file, 'build-or-buy criterion', BUILD_BUY_CRITERION_IDS, buildBuyCriteria, ['name', 'question', 'build', 'buy']);
}
