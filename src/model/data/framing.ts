import type { StageId } from './ids.ts';

// The framing of a project: what a team writes down before its first notebook, from the business
// objective to the needs that decide the engineering trade-offs. Each stage decision names the
// fields that decide it (`decidedBy` in stages.ts); the starter kit's FRAMING.md has one section
// per field, and the fields that set a notebook parameter feed the kit's runner.

export const FRAMING_FIELD_IDS = [
  'business-objective',
  'decision-informed',
  'ml-objective',
  'success-metric',
  'offline-metric',
  'metric-gap',
  'guardrail-metrics',
  'error-costs',
  'minimum-gain',
  'compute-budget',
  'latency',
  'freshness',
  'audit-needs',
] as const;
export type FramingFieldId = (typeof FRAMING_FIELD_IDS)[number];

/** Who usually answers a framing field and is asked when it changes. */
export const FRAMING_ROLES = {
  'business-owner': 'Business owner',
  'product-owner': 'Product owner',
  'ml-engineer': 'ML engineer',
  'data-engineer': 'Data engineer',
  'platform-engineer': 'Platform engineer',
} as const;
export type FramingRoleId = keyof typeof FRAMING_ROLES;

/** A notebook parameter a framing field's answer sets when the kit runs. */
export interface FramingParameter {
  stage: StageId;
  /** A parameter the stage's notebook declares (src/model/data/stages.ts). */
  parameter: string;
}

export interface FramingField<Id extends FramingFieldId = FramingFieldId> {
  id: Id;
  /** Name shown on the framing page, in FRAMING.md and beside each decision it decides. */
  name: string;
  /** The question a team answers, as FRAMING.md prompts it. */
  prompt: string;
  /** One or two sentences: what goes wrong when it is left unsaid. */
  why: string;
  /** Who usually owns the answer. */
  owner: FramingRoleId;
  /** Where the guide's advice on this field is its own judgement, not a sourced practice; absent when it follows its sources. */
  judgement?: string;
  /** Notebook parameters the answer sets: its value in FRAMING.md overrides their defaults. */
  sets: readonly FramingParameter[];
}

// Order is FRAMING_FIELD_IDS' order: from what the business wants to what engineering needs.
export const framingFields = {
  'business-objective': {
    id: 'business-objective',
    name: 'Business objective',
    prompt: 'What should change for the business, in its own words and numbers, and by when?',
    why: 'Without it nobody can say whether a better model was worth building, and every later trade-off is argued from taste.',
    owner: 'business-owner',
    sets: [],
  },
  'decision-informed': {
    id: 'decision-informed',
    name: 'Decision the model informs',
    prompt: 'Which decision does a prediction change, who takes it, how often, and what happens today without a model?',
    why: 'A prediction nobody acts on changes nothing. The decision also fixes the moment a prediction must exist and the actions it can trigger.',
    owner: 'product-owner',
    sets: [],
  },
  'ml-objective': {
    id: 'ml-objective',
    name: 'ML objective',
    prompt: 'What exactly does the model predict, for which rows, at what moment, and from which recorded outcome comes the label?',
    why: 'It turns the decision into a target column and a prediction time; a label that is not recorded, or recorded too late, changes the project.',
    owner: 'ml-engineer',
    sets: [],
  },
  'success-metric': {
    id: 'success-metric',
    name: 'Success metric',
    prompt: 'Which number does the business already watch that should move, and how will it be measured once the model is live?',
    why: 'It is what the project is judged on, and what a live comparison (a canary, an A/B test) must measure.',
    owner: 'business-owner',
    sets: [],
  },
  'offline-metric': {
    id: 'offline-metric',
    name: 'Offline metric',
    prompt: 'Which metric, computed on held-out data, stands in for the success metric when comparing models? Give its scikit-learn scorer name as the value.',
    why: 'Candidates and the promotion gate are compared on it, long before the success metric can be measured.',
    owner: 'ml-engineer',
    sets: [{ stage: 'model-building', parameter: 'metric' }],
  },
  'metric-gap': {
    id: 'metric-gap',
    name: 'Where the two metrics diverge',
    prompt: 'When could the offline metric improve while the success metric does not, and how would you notice?',
    why: 'Every offline metric is a stand-in. Writing down where it misleads says what the live comparison must check.',
    owner: 'ml-engineer',
    judgement: 'A separate field for the gap is the guide’s choice; its sources ask for the metrics and their alignment, not for this entry.',
    sets: [],
  },
  'guardrail-metrics': {
    id: 'guardrail-metrics',
    name: 'Guardrail metrics',
    prompt: 'Which numbers must not get worse while the success metric improves (complaints, cost, a group of customers treated worse)?',
    why: 'A model can win on its own metric by harming something else; guardrails make that a failed rollout, not a surprise.',
    owner: 'product-owner',
    sets: [],
  },
  'error-costs': {
    id: 'error-costs',
    name: 'Cost of each kind of error',
    prompt: 'What does a false positive cost, what does a false negative cost, and who bears each?',
    why: 'Unequal costs decide the metric, the threshold, how strict the checks are and how carefully a new version meets traffic.',
    owner: 'business-owner',
    sets: [],
  },
  'minimum-gain': {
    id: 'minimum-gain',
    name: 'Smallest gain worth shipping',
    prompt: 'By how much must a new model beat the baseline (and the model in production) on the offline metric before it is worth promoting? Give the margin as the value.',
    why: 'It is the promotion gate’s margin. Below it, a new version costs a rollout and its risk for a difference nobody would notice.',
    owner: 'ml-engineer',
    judgement: 'Turning error costs into one margin on the offline metric is a judgement each team makes; the guide gives no formula.',
    sets: [{ stage: 'training-evaluation', parameter: 'min_improvement' }],
  },
  'compute-budget': {
    id: 'compute-budget',
    name: 'Compute budget',
    prompt: 'How much training time and money is a better model worth per run? Give the number of hyperparameter trials per run as the value.',
    why: 'The value of a better model, weighed against what it costs to find, sets how much to search and where training runs.',
    owner: 'platform-engineer',
    judgement: 'Expressing the budget as a number of trials is the starter kit’s simplification.',
    sets: [{ stage: 'training-evaluation', parameter: 'max_trials' }],
  },
  latency: {
    id: 'latency',
    name: 'Latency need',
    prompt: 'How long may the caller wait for a prediction, at what request rate?',
    why: 'It decides whether a model can be served online at all, how it is packaged and which model families fit.',
    owner: 'product-owner',
    sets: [],
  },
  freshness: {
    id: 'freshness',
    name: 'Freshness need',
    prompt: 'How old may the data behind a prediction be, and how quickly does the world the model learned from change?',
    why: 'It decides batch or online serving, how often data is collected and the model retrained, and which data drift is measured against.',
    owner: 'product-owner',
    sets: [],
  },
  'audit-needs': {
    id: 'audit-needs',
    name: 'Audit and explanation needs',
    prompt: 'Who must be able to reproduce or explain a prediction, and for how long (a regulator, a customer, support)?',
    why: 'It decides how strictly data and models are versioned, whether a person signs off and which models are acceptable.',
    owner: 'business-owner',
    sets: [],
  },
} as const satisfies { [K in FramingFieldId]: FramingField<K> };

/** One field of a project's framing, answered. */
export interface FramingAnswer {
  /** The answer, a sentence or three. */
  answer: string;
  /** Who owns it in this project: a role, or a named team. */
  owner: string;
  /** For a field that sets notebook parameters: the value they get. */
  value?: string | number;
}

/** The worked example's framing: the churn project of the starter kit, answered field by field. */
export const workedExampleFraming = {
  'business-objective': {
    answer: 'Keep more paying subscribers: cut monthly cancellations by a tenth within two quarters.',
    owner: 'Head of customer success',
  },
  'decision-informed': {
    answer: 'Each week the retention team chooses which customers to call with an offer. Today it calls those whose contract ends soonest.',
    owner: 'Retention team lead',
  },
  'ml-objective': {
    answer: 'For each active customer on the snapshot date, the probability of cancelling in the next month; the label is the cancellation the billing system records.',
    owner: 'ML engineer',
  },
  'success-metric': {
    answer: 'Monthly cancellation rate among customers the team could have called, compared between called and not-yet-called groups.',
    owner: 'Head of customer success',
  },
  'offline-metric': {
    answer: 'ROC AUC on the held-out test split: the team calls from the top of a ranking, and its weekly capacity changes.',
    owner: 'ML engineer',
    value: 'roc_auc',
  },
  'metric-gap': {
    answer: 'A better ranking does not mean fewer cancellations if the offer does not change the decision of the customers at the top; the live comparison measures cancellations, not ranking.',
    owner: 'ML engineer',
  },
  'guardrail-metrics': {
    answer: 'Cost of offers per retained customer, and complaints about calls; neither may rise by more than a tenth.',
    owner: 'Retention team lead',
  },
  'error-costs': {
    answer: 'A missed customer who cancels loses about a year of subscription; a call to a customer who would have stayed costs a call and, when accepted, a discount.',
    owner: 'Head of customer success',
  },
  'minimum-gain': {
    answer: 'One point of ROC AUC over the baseline: smaller gains do not change whom the team calls in a week.',
    owner: 'ML engineer',
    value: 0.01,
  },
  'compute-budget': {
    answer: 'A run fits on a laptop in minutes; twenty trials of hyperparameters are enough for a model of this size.',
    owner: 'ML engineer',
    value: 20,
  },
  latency: {
    answer: 'None to speak of: the list is read once a week, so predictions can take hours.',
    owner: 'Retention team lead',
  },
  freshness: {
    answer: 'Data up to the end of the previous day; behaviour changes over months, so monthly retraining is enough.',
    owner: 'Data engineer',
  },
  'audit-needs': {
    answer: 'Support must be able to say why a customer was called; each list names the model version that made it.',
    owner: 'Head of customer success',
  },
} as const satisfies { readonly [K in FramingFieldId]: FramingAnswer };
