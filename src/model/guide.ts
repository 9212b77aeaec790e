import { antiPatterns } from './data/anti-patterns.ts';
import { comparisons } from './data/comparisons.ts';
import { dataVersioning } from './data/data-versioning.ts';
import { mercariPatterns, rolloutStrategies, safetyNets, servingModes } from './data/deployment.ts';
import { glossary } from './data/glossary.ts';
import { governanceConcerns, modelFormats, regulations } from './data/governance.ts';
import { llmPipelineTypes, llmStages } from './data/llm-pipelines.ts';
import { maturityLevels, pipelineTypeEntries } from './data/maturity.ts';
import { microsoftLevels, selfAssessment } from './data/maturity-microsoft.ts';
import { practices } from './data/practices.ts';
import { shiftKinds } from './data/shift.ts';
import { contractFields, labelChecks, labellingStrategies } from './data/training-data.ts';

export * from './data/anti-patterns.ts';
export * from './data/comparisons.ts';
export * from './data/data-versioning.ts';
export * from './data/deployment.ts';
export * from './data/glossary.ts';
export * from './data/governance.ts';
export * from './data/llm-pipelines.ts';
export * from './data/maturity.ts';
export * from './data/maturity-microsoft.ts';
export * from './data/practices.ts';
export * from './data/shift.ts';
export * from './data/training-data.ts';
export * from './validate/validate-guide.ts';

/** The guide's own facts beside the pipeline model: maturity ladder, practices, anti-patterns, glossary, governance, comparisons, kinds of shift, labelling and data contracts. */
export const guide = { maturityLevels, pipelineTypeEntries, microsoftLevels, selfAssessment, rolloutStrategies, safetyNets, servingModes, mercariPatterns, dataVersioning, modelFormats, governanceConcerns, regulations, comparisons, llmStages, llmPipelineTypes, practices, antiPatterns, glossary, shiftKinds, labellingStrategies, labelChecks, contractFields } as const;
export type Guide = typeof guide;
