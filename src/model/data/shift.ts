import type { GlossaryTermId } from './glossary.ts';
import type { StageId } from './ids.ts';
import type { IsoDate } from './tools.ts';

/**
 * Kinds of distribution shift, in the terms of Huyen's *Designing Machine Learning Systems*,
 * chapter 8: what changes between the data a model learned from and the data it now sees.
 */
export const SHIFT_KIND_IDS = ['covariate-shift', 'label-shift', 'concept-shift'] as const;
export type ShiftKindId = (typeof SHIFT_KIND_IDS)[number];

/** The distributions a shift is defined on: X the inputs, Y the label. */
export const DISTRIBUTIONS = ['P(X)', 'P(Y)', 'P(Y|X)', 'P(X|Y)'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A document a fact was taken from; `checked` only when the fact was compared with it on that day. */
export interface ShiftSource {
  /** Short form shown in the table, e.g. "Huyen, ch. 8". */
  cite: string;
  title: string;
  url: string;
  checked?: IsoDate;
}

export interface ShiftKind<Id extends ShiftKindId = ShiftKindId> {
  id: Id;
  /** Name shown in the table's row header, as Huyen's chapter 8 names it. */
  name: string;
  /** Other names in papers and tools. */
  aliases: readonly string[];
  /** The distribution that moves. */
  changes: Distribution;
  /** The distribution the definition assumes stays the same. */
  holds: Distribution;
  /** The same kind of change in the guide's churn example. */
  churnExample: string;
  /** What production shows, signal by signal, that tells this kind from the others. */
  signal: string;
  /** What can be seen before any label arrives. */
  beforeLabels: string;
  /** What to do about it. */
  response: string;
  /** The stage of the pipeline the work goes back to first. */
  feedsBack: StageId;
  /** The glossary entry that defines it. */
  term: GlossaryTermId;
  sources: readonly ShiftSource[];
}

const HUYEN: ShiftSource = {
  cite: 'Huyen, ch. 8',
  title: 'Huyen, Designing Machine Learning Systems (O’Reilly, 2022), chapter 8, “Data Distribution Shifts and Monitoring”',
  url: 'https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/',
};
const NANNYML: ShiftSource = {
  cite: 'NannyML docs',
  title: 'NannyML, “Performance estimation”, its assumptions and limitations',
  url: 'https://nannyml.readthedocs.io/en/stable/how_it_works/performance_estimation.html',
  checked: '2026-12-06',
};
const LIPTON: ShiftSource = {
  cite: 'Lipton et al. 2018',
  title: 'Lipton, Wang and Smola, “Detecting and Correcting for Label Shift with Black Box Predictors” (ICML 2018)',
  url: 'https://arxiv.org/abs/1802.03916',
  checked: '2026-12-06',
};

export const shiftKinds = {
  'covariate-shift': {
    id: 'covariate-shift',
    name: 'Covariate shift',
    aliases: ['input distribution shift'],
    changes: 'P(X)',
    holds: 'P(Y|X)',
    churnExample: 'A campaign brings in many new customers: short tenures dominate, but a customer of a given tenure and plan churns as often as before.',
    signal: 'Input drift fires on the features that moved; performance, once labels arrive, holds on each slice and moves overall only as much as the new mix of slices implies.',
    beforeLabels: 'Feature drift, and a matching change in the scores. A performance estimate from the model’s own confidence (CBPE, DLE) stays usable while the new inputs fall where its reference data was dense.',
    response: 'Check the model on the slices that grew, weighting held-out data to the new mix. Retrain only where it is weak there, or where inputs have moved to values training never saw: collect data there first.',
    feedsBack: 'training-evaluation',
    term: 'covariate-shift',
    sources: [HUYEN, NANNYML],
  },
  'label-shift': {
    id: 'label-shift',
    name: 'Label shift',
    aliases: ['prior shift', 'prior probability shift', 'target shift'],
    changes: 'P(Y)',
    holds: 'P(X|Y)',
    churnExample: 'A wave of annual contracts ends in January: more customers churn, and those who churn look as churners always did.',
    signal: 'The churn rate in the labels moves, and the share of high scores with it; within each class the features keep their distributions, so input drift is the mix of classes moving.',
    beforeLabels: 'Prediction drift: the mean score and the share predicted to churn move. From the confusion matrix on held-out data and today’s predictions, the new churn rate can be estimated without labels (black box shift estimation).',
    response: 'Correct for the new base rate: reweight classes or recalibrate the scores, and move the decision threshold so the number of offers still fits the budget. The ranking is still sound, so retraining from scratch is seldom the first step.',
    feedsBack: 'training-evaluation',
    term: 'label-shift',
    sources: [HUYEN, LIPTON],
  },
  'concept-shift': {
    id: 'concept-shift',
    name: 'Concept drift',
    aliases: ['concept shift', 'posterior shift'],
    changes: 'P(Y|X)',
    holds: 'P(X)',
    churnExample: 'A competitor launches a cheaper plan: customers with the same tenure, spend and plan as before now churn more.',
    signal: 'Performance drops when labels arrive, on slices whose inputs did not move; input drift stays quiet, which is what tells it from covariate shift.',
    beforeLabels: 'Little or nothing: the inputs look as before, and performance estimated from the model’s confidence assumes no concept drift, so it reports the old performance. Shorten the wait for labels instead.',
    response: 'Collect recently labelled data and retrain on it, weighting recent examples; old labels now teach the old relation. If the cause is missing from the features (the competitor’s price), add it.',
    feedsBack: 'data-collection',
    term: 'concept-drift',
    sources: [HUYEN, NANNYML],
  },
} as const satisfies { [K in ShiftKindId]: ShiftKind<K> };
