import type { PatternId, StageId, ToolId } from './ids.ts';
import type { IsoDate } from './tools.ts';

/** The training data and labels page. */
export const TRAINING_DATA_HREF = '/production/training-data-and-labels/';

/** A document a fact was taken from; `checked` only when the fact was compared with it on that day. */
export interface TrainingDataSource {
  /** Short form shown beside the fact, e.g. "Huyen, ch. 4". */
  cite: string;
  title: string;
  url: string;
  checked?: IsoDate;
}

/** Ways to get labels, in the terms of Huyen's *Designing Machine Learning Systems*, chapter 4. */
export const LABELLING_STRATEGY_IDS = ['natural-labels', 'hand-labels', 'weak-supervision', 'active-learning', 'transfer-learning'] as const;
export type LabellingStrategyId = (typeof LABELLING_STRATEGY_IDS)[number];

export interface LabellingStrategy<Id extends LabellingStrategyId = LabellingStrategyId> {
  id: Id;
  name: string;
  /** Where the labels come from, in one sentence. */
  how: string;
  /** When it is the right first choice. */
  whenToUse: string;
  /** What it costs: people, time, code. */
  cost: string;
  /** How its labels go wrong, and what catches it. */
  qualityRisk: string;
  /** Stages whose work it changes; their pages link here. */
  stages: readonly StageId[];
  /** Design patterns that go with it; their pages link here. */
  patterns?: readonly PatternId[];
  /** Where the guide's advice is its own judgement, said so. */
  opinion?: string;
  sources: readonly TrainingDataSource[];
}

/** Checks on labels before they train or evaluate a model. */
export const LABEL_CHECK_IDS = ['annotator-agreement', 'gold-audit', 'label-distribution', 'likely-label-errors', 'label-timing'] as const;
export type LabelCheckId = (typeof LABEL_CHECK_IDS)[number];

export interface LabelCheck<Id extends LabelCheckId = LabelCheckId> {
  id: Id;
  name: string;
  /** What it catches. */
  catches: string;
  /** How to run it, with the number to watch. */
  method: string;
  /** The stage it runs in; that stage's page links here. */
  stage: StageId;
  /** Tools in the guide that can run it; their pages link here. */
  tools?: readonly ToolId[];
  opinion?: string;
  sources: readonly TrainingDataSource[];
}

/** What a data contract with an upstream team writes down. */
export const CONTRACT_FIELD_IDS = ['owner', 'schema', 'label-definition', 'freshness', 'quality-rules', 'change-policy', 'personal-data'] as const;
export type ContractFieldId = (typeof CONTRACT_FIELD_IDS)[number];

/** Sections of the Open Data Contract Standard (v3.1.0) a field maps to. */
export const ODCS_SECTIONS = ['Fundamentals', 'Schema', 'Data quality', 'Service-level agreement', 'Team', 'Roles', 'Custom and other properties'] as const;
export type OdcsSection = (typeof ODCS_SECTIONS)[number];

export interface ContractField<Id extends ContractFieldId = ContractFieldId> {
  id: Id;
  name: string;
  /** What the field states. */
  states: string;
  /** The field filled in for the guide's churn table. */
  churnExample: string;
  /** What breaks downstream when it is missing. */
  withoutIt: string;
  /** Where it goes in an ODCS contract. */
  odcs: OdcsSection;
  /** The stage that relies on it; its page links here. */
  stage: StageId;
  /** Tools in the guide that enforce it; their pages link here. */
  enforcedBy?: readonly ToolId[];
}

const CHECKED = '2026-12-06';

const HUYEN: TrainingDataSource = {
  cite: 'Huyen, ch. 4',
  title: 'Huyen, Designing Machine Learning Systems (O’Reilly, 2022), chapter 4, “Training Data”',
  url: 'https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/',
};
const SNORKEL: TrainingDataSource = {
  cite: 'Ratner et al. 2017',
  title: 'Ratner, Bach, Ehrenberg, Fries, Wu and Ré, “Snorkel: Rapid Training Data Creation with Weak Supervision”, Proceedings of the VLDB Endowment 11(3), 2017',
  url: 'https://arxiv.org/abs/1711.10160',
  checked: CHECKED,
};
const SETTLES: TrainingDataSource = {
  cite: 'Settles 2009',
  title: 'Settles, “Active Learning Literature Survey”, Computer Sciences Technical Report 1648, University of Wisconsin–Madison, 2009',
  url: 'https://research.cs.wisc.edu/techreports/viewreport.php?report=1648',
  checked: CHECKED,
};
const COHEN: TrainingDataSource = {
  cite: 'Cohen 1960',
  title: 'Cohen, “A Coefficient of Agreement for Nominal Scales”, Educational and Psychological Measurement 20(1), 1960; as implemented by scikit-learn’s cohen_kappa_score',
  url: 'https://scikit-learn.org/stable/modules/generated/sklearn.metrics.cohen_kappa_score.html',
  checked: CHECKED,
};
const CONFIDENT_LEARNING: TrainingDataSource = {
  cite: 'Northcutt et al. 2021',
  title: 'Northcutt, Jiang and Chuang, “Confident Learning: Estimating Uncertainty in Dataset Labels”, Journal of Artificial Intelligence Research, 2021',
  url: 'https://arxiv.org/abs/1911.00068',
  checked: CHECKED,
};
const LABEL_ERRORS: TrainingDataSource = {
  cite: 'Northcutt et al. 2021b',
  title: 'Northcutt, Athalye and Mueller, “Pervasive Label Errors in Test Sets Destabilize Machine Learning Benchmarks”, NeurIPS 2021 Datasets and Benchmarks',
  url: 'https://arxiv.org/abs/2103.14749',
  checked: CHECKED,
};

export const labellingStrategies = {
  'natural-labels': {
    id: 'natural-labels',
    name: 'Natural labels',
    how: 'The system observes the outcome itself: a customer renews or leaves, a user clicks or does not.',
    whenToUse: 'Whenever the outcome is logged: the churn label is whether the renewal happened. Start here, and make sure the outcome is logged with the id and time of the prediction it answers.',
    cost: 'Engineering to log outcomes and join them to predictions; no annotators. The wait for the outcome (a month for churn) is the real cost: it slows every retraining and every check of performance.',
    qualityRisk: 'A proxy taken for the outcome (no click read as “not interested”), and labels the model’s own decisions changed: a customer who got a retention offer and stayed is not a customer who would have stayed.',
    stages: ['data-collection', 'model-deployment'],
    patterns: ['continued-model-evaluation'],
    sources: [HUYEN],
  },
  'hand-labels': {
    id: 'hand-labels',
    name: 'Hand labels',
    how: 'People read each example and assign a label under written guidelines: in-house experts, contractors or a labelling vendor.',
    whenToUse: 'When no outcome is logged, or the label is a judgement (why a customer left, from the exit survey). Needed in any case for a test set and for the gold questions that audit every other source.',
    cost: 'The most per label, and slow; experts are scarce, and private data may not leave the company, which rules out many vendors.',
    qualityRisk: 'Annotators disagree (label multiplicity), drift from the guidelines over time, and guidelines change between batches. Measure agreement and keep a gold set.',
    stages: ['data-collection', 'data-validation'],
    patterns: ['neutral-class'],
    sources: [HUYEN, COHEN],
  },
  'weak-supervision': {
    id: 'weak-supervision',
    name: 'Weak supervision',
    how: 'Experts write labelling functions (heuristics, keyword rules, existing systems) that label some examples and abstain on others; their votes are combined into one label per example.',
    whenToUse: 'Many unlabelled examples, experts who can state rules, and a label definition that changes: editing a rule relabels everything at once.',
    cost: 'Expert time to write and debug rules, plus a small hand-labelled set to measure them. Snorkel’s user study reported models built 2.8× faster than with seven hours of hand labelling.',
    qualityRisk: 'Rules are correlated and biased towards the easy cases they were written from; a rule can look sensible and carry no information. Only a hand-labelled development set shows each rule’s accuracy.',
    stages: ['data-collection', 'data-processing'],
    patterns: ['heuristic-benchmark'],
    opinion: 'A majority vote is a fair first combiner; move to a learned label model, as Snorkel does, once rules overlap enough for their accuracies to be estimated.',
    sources: [SNORKEL, HUYEN],
  },
  'active-learning': {
    id: 'active-learning',
    name: 'Active learning',
    how: 'The model picks which unlabelled examples people label next, usually those it is least sure of (uncertainty sampling), and is retrained after each batch.',
    whenToUse: 'Labels cost much more than unlabelled examples and come from people who can label on request, in batches.',
    cost: 'A labelling loop between the training pipeline and the annotators; a model retrained each round.',
    qualityRisk: 'The labelled set is no longer a random sample, so it cannot serve as a test set, and the examples chosen are the hardest, where annotators disagree most. Keep a random test set aside.',
    stages: ['data-collection', 'training-evaluation'],
    sources: [SETTLES, HUYEN],
  },
  'transfer-learning': {
    id: 'transfer-learning',
    name: 'Transfer learning',
    how: 'Start from a model trained on a related task with plenty of labels, and fine-tune it on a few labels of your own.',
    whenToUse: 'Text, images and audio, where pretrained models exist; rarely for tabular data such as the churn table.',
    cost: 'Few labels, more compute, and a dependency on someone else’s model and its licence.',
    qualityRisk: 'The pretrained model’s own errors and biases carry over, and a small labelled set evaluates them poorly.',
    stages: ['model-building'],
    patterns: ['transfer-learning'],
    sources: [HUYEN],
  },
} as const satisfies { [K in LabellingStrategyId]: LabellingStrategy<K> };

export const labelChecks = {
  'annotator-agreement': {
    id: 'annotator-agreement',
    name: 'Agreement between annotators',
    catches: 'Guidelines that leave room for judgement, and annotators who read them differently.',
    method: 'Have two annotators label the same sample and compute Cohen’s kappa, which discounts the agreement chance would give; read the examples they disagree on, not just the number.',
    stage: 'data-validation',
    opinion: 'Below about 0.6 the guide would rewrite the guidelines or add a neutral class before labelling more; the cut-off is a judgement, not a standard.',
    sources: [COHEN],
  },
  'gold-audit': {
    id: 'gold-audit',
    name: 'Gold questions',
    catches: 'An annotator, vendor or labelling function whose accuracy drops after the first batches.',
    method: 'Mix examples with known labels into every batch, unannounced, and track each source’s accuracy on them over time.',
    stage: 'data-validation',
    sources: [HUYEN],
  },
  'label-distribution': {
    id: 'label-distribution',
    name: 'Label distribution',
    catches: 'Broken joins, a changed definition upstream, or a real label shift between training snapshots.',
    method: 'Check the share of each class against the previous snapshot and an expected range, as any other column; a jump stops the pipeline until someone explains it.',
    stage: 'data-validation',
    tools: ['great-expectations', 'pandera', 'tensorflow-data-validation'],
    sources: [HUYEN],
  },
  'likely-label-errors': {
    id: 'likely-label-errors',
    name: 'Likely label errors',
    catches: 'Individual examples whose label is probably wrong, for people to review.',
    method: 'Get out-of-fold predicted probabilities by cross-validation and rank examples by the probability of their given label; send the lowest to review. Confident learning refines this with per-class thresholds.',
    stage: 'training-evaluation',
    sources: [CONFIDENT_LEARNING, LABEL_ERRORS],
  },
  'label-timing': {
    id: 'label-timing',
    name: 'Label timing',
    catches: 'Labels joined with features from after the prediction time (leakage), and examples too recent for their label to be known yet.',
    method: 'Join each label to the features as they were at prediction time; drop examples whose outcome window has not closed.',
    stage: 'data-processing',
    sources: [HUYEN],
  },
} as const satisfies { [K in LabelCheckId]: LabelCheck<K> };

export const contractFields = {
  owner: {
    id: 'owner',
    name: 'Owner and contact',
    states: 'The team that produces the data, who answers when it breaks, and where to ask.',
    churnExample: 'Billing platform team; on-call channel #billing-data.',
    withoutIt: 'A broken feed is discovered by the model’s metrics and nobody knows whom to call.',
    odcs: 'Team',
    stage: 'data-collection',
  },
  schema: {
    id: 'schema',
    name: 'Schema',
    states: 'Each column’s name, type, whether it may be missing, and its allowed values or range.',
    churnExample: 'tenure_months: number, 0 to 600, required; plan: one of basic, pro.',
    withoutIt: 'A renamed column or a new plan code breaks the feature code, or worse, silently becomes missing values.',
    odcs: 'Schema',
    stage: 'data-validation',
    enforcedBy: ['great-expectations', 'pandera', 'tensorflow-data-validation'],
  },
  'label-definition': {
    id: 'label-definition',
    name: 'Label definition',
    states: 'What the label means, in words and as the rule that computes it, and when it becomes known.',
    churnExample: 'churned: true when the contract was not renewed within 30 days of its end date; known 30 days after that date.',
    withoutIt: 'Upstream changes the rule (a 60-day window, paused accounts counted as churned) and the model learns a different target with nothing failing.',
    odcs: 'Schema',
    stage: 'data-collection',
  },
  freshness: {
    id: 'freshness',
    name: 'Freshness and delivery',
    states: 'How often the data is delivered, by when, and how late it may be.',
    churnExample: 'Daily by 06:00 UTC; at most 24 hours late.',
    withoutIt: 'Training reads yesterday’s partition while it is half written, or a stale one without noticing.',
    odcs: 'Service-level agreement',
    stage: 'data-collection',
  },
  'quality-rules': {
    id: 'quality-rules',
    name: 'Quality rules',
    states: 'Checks the producer runs before publishing, with thresholds: unique keys, share missing, row counts.',
    churnExample: 'customer_id unique; monthly_spend missing in at most 5 % of rows.',
    withoutIt: 'Each consumer writes its own checks, differently, after the damage.',
    odcs: 'Data quality',
    stage: 'data-validation',
    enforcedBy: ['great-expectations', 'pandera'],
  },
  'change-policy': {
    id: 'change-policy',
    name: 'Versioning and change notice',
    states: 'A version number, what counts as a breaking change, and how much notice consumers get before one.',
    churnExample: 'Semantic versions; a breaking change is announced 30 days ahead and runs beside the old version for one release.',
    withoutIt: 'Changes arrive with the data, and the first sign is a drop in the model’s performance a month later.',
    odcs: 'Fundamentals',
    stage: 'data-collection',
  },
  'personal-data': {
    id: 'personal-data',
    name: 'Personal data',
    states: 'Which columns are personal data, the purpose they may be used for, and how long they may be kept.',
    churnExample: 'customer_id is pseudonymous personal data; email is not delivered to the ML team.',
    withoutIt: 'Personal data reaches training sets and logs that were never meant to hold it.',
    odcs: 'Schema',
    stage: 'data-collection',
  },
} as const satisfies { [K in ContractFieldId]: ContractField<K> };

/** The data-contract table on the training data page. */
export const DATA_CONTRACT_ANCHOR = 'data-contract';

/** The anchor of a record on the training data page. */
export const trainingDataAnchor = (kind: 'strategy' | 'check' | 'contract', id: string): string => `${kind}-${id}`;

/** Everything on the page a stage, tool or pattern is named by, in the page's order. */
function namedBy(pick: { stage?: StageId; tool?: ToolId; pattern?: PatternId }): { name: string; href: string }[] {
  const strategies = LABELLING_STRATEGY_IDS.map((id): LabellingStrategy => labellingStrategies[id])
    .filter((s) => (pick.stage !== undefined && s.stages.includes(pick.stage)) || (pick.pattern !== undefined && (s.patterns ?? []).includes(pick.pattern)))
    .map((s) => ({ name: s.name, href: `${TRAINING_DATA_HREF}#${trainingDataAnchor('strategy', s.id)}` }));
  const checks = LABEL_CHECK_IDS.map((id): LabelCheck => labelChecks[id])
    .filter((c) => (pick.stage !== undefined && c.stage === pick.stage) || (pick.tool !== undefined && (c.tools ?? []).includes(pick.tool)))
    .map((c) => ({ name: c.name, href: `${TRAINING_DATA_HREF}#${trainingDataAnchor('check', c.id)}` }));
  // The contract's fields are one table: a page links it once, whichever fields concern it.
  const contract = CONTRACT_FIELD_IDS.map((id): ContractField => contractFields[id]).some(
    (f) => (pick.stage !== undefined && f.stage === pick.stage) || (pick.tool !== undefined && (f.enforcedBy ?? []).includes(pick.tool)),
  );
  const fields = contract ? [{ name: 'Data contract', href: `${TRAINING_DATA_HREF}#${DATA_CONTRACT_ANCHOR}` }] : [];
  return [...strategies, ...checks, ...fields];
}

/** What the training data page says about a stage; the stage's page links each. */
export const trainingDataAt = (stage: StageId) => namedBy({ stage });
/** What the training data page says a tool does; the tool's page links each. */
export const trainingDataOfTool = (tool: ToolId) => namedBy({ tool });
/** Labelling strategies a pattern goes with; the pattern's page links each. */
export const trainingDataOfPattern = (pattern: PatternId) => namedBy({ pattern });
