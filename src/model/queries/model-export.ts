import { model } from '../index.ts';
import { contractFields, labelChecks, labellingStrategies } from '../data/training-data.ts';

/** What /model.json publishes: the model, and the guide's records other tools may read. */
export const modelExport = { ...model, labellingStrategies, labelChecks, contractFields } as const;
