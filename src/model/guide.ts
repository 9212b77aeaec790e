import { antiPatterns } from './anti-patterns.ts';
import { comparisons } from './comparisons.ts';
import { dataVersioning } from './data-versioning.ts';
import { mercariPatterns, rolloutStrategies, safetyNets, servingModes } from './deployment.ts';
import { glossary } from './glossary.ts';
import { governanceConcerns, modelFormats, regulations } from './governance.ts';
import { llmPipelineTypes, llmStages } from './llm-pipelines.ts';
import { maturityLevels, pipelineTypeEntries } from './maturity.ts';
import { microsoftLevels, selfAssessment } from './maturity-microsoft.ts';
import { practices } from './practices.ts';
import { shiftKinds } from './shift.ts';
import { contractFields, labelChecks, labellingStrategies } from './training-data.ts';

export * from './anti-patterns.ts';
export * from './comparisons.ts';
export * from './data-versioning.ts';
export * from './deployment.ts';
export * from './glossary.ts';
export * from './governance.ts';
export * from './llm-pipelines.ts';
export * from './maturity.ts';
export * from './maturity-microsoft.ts';
export * from './practices.ts';
export * from './shift.ts';
export * from './training-data.ts';
export * from './validate-guide.ts';

/** The guide's own facts beside the pipeline model: maturity ladder, practices, anti-patterns, glossary, governance, comparisons, kinds of shift, labelling and data contracts. */
export const guide = { maturityLevels, pipelineTypeEntries, microsoftLevels, selfAssessment, rolloutStrategies, safetyNets, servingModes, mercariPatterns, dataVersioning, modelFormats, governanceConcerns, regulations, comparisons, llmStages, llmPipelineTypes, practices, antiPatterns, glossary, shiftKinds, labellingStrategies, labelChecks, contractFields } as const;
export type Guide = typeof guide;
