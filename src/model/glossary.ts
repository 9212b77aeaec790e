export const GLOSSARY_TERM_IDS = [
  'artifact',
  'backfill',
  'cold-start',
  'concept-drift',
  'continuous-training',
  'covariate-shift',
  'dag',
  'data-drift',
  'data-leakage',
  'estimator',
  'experiment',
  'feature-store',
  'guardrail-metric',
  'label-shift',
  'lineage',
  'model-alias',
  'model-card',
  'model-registry',
  'notebook-contract',
  'orchestrator',
  'parameters-cell',
  'pipeline-component',
  'pseudonymisation',
  'rollback',
  'run',
  'scale-to-zero',
  'software-defined-asset',
  'statistical-power',
  'train-serve-skew',
  'transformer',
] as const;
export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];

export interface GlossaryTerm<Id extends GlossaryTermId = GlossaryTermId> {
  id: Id;
  /** The term as it appears in headings and links. */
  term: string;
  /** One or two sentences, in the guide's own words. */
  definition: string;
}

export const glossary = {
  artifact: { id: 'artifact', term: 'Artifact', definition: 'Something a step produces and another step consumes: a data snapshot, a report, a fitted transform, a model. A workflow pipeline stores and versions artifacts and records which step made them.' },
  backfill: { id: 'backfill', term: 'Backfill', definition: 'Running a scheduled pipeline for past dates or partitions, for example after fixing a bug or adding a new step.' },
  'cold-start': { id: 'cold-start', term: 'Cold start', definition: 'The wait of the first request to a service that has no replica running: a replica must be scheduled, its image pulled and the model loaded before it answers.' },
  'continuous-training': { id: 'continuous-training', term: 'Continuous training', definition: 'Retraining a model automatically, by a deployed training pipeline, when a schedule, new data or a monitoring alert says so. The mark of maturity level 1.' },
  'concept-drift': { id: 'concept-drift', term: 'Concept drift', definition: 'The relation between inputs and label, P(Y|X), changes, so a model gets worse while its inputs look unchanged; only labels show it.' },
  'covariate-shift': { id: 'covariate-shift', term: 'Covariate shift', definition: 'The inputs’ distribution P(X) changes while the relation between inputs and label, P(Y|X), stays the same: the model sees more of some inputs than it trained on, and is as right about each as before.' },
  dag: { id: 'dag', term: 'DAG (directed acyclic graph)', definition: 'Steps joined by one-way dependencies with no cycles. Airflow, Dagster and Kubeflow Pipelines all describe their work as DAGs.' },
  'data-drift': { id: 'data-drift', term: 'Data drift', definition: 'The distribution of inputs in production moves away from the distribution the model was trained on. Concept drift is the related case where the relation between inputs and label changes.' },
  'data-leakage': { id: 'data-leakage', term: 'Data leakage', definition: 'Information from the evaluation data, or from the future, reaching training, for example by fitting a scaler on the whole dataset before splitting. It makes evaluation look better than production will be.' },
  estimator: { id: 'estimator', term: 'Estimator', definition: 'In scikit-learn, an object with a fit method that learns from data; the last step of a model pipeline is usually a predictor such as a classifier.' },
  experiment: { id: 'experiment', term: 'Experiment', definition: 'In a tracker such as MLflow, a named group of runs that try to answer the same question, so they can be compared.' },
  'feature-store': { id: 'feature-store', term: 'Feature store', definition: 'A service that defines, computes, stores and serves features, so that training and serving read the same values.' },
  'guardrail-metric': { id: 'guardrail-metric', term: 'Guardrail metric', definition: 'A metric an experiment must not make worse, whatever its main metric does: latency, errors, complaints, or a check that the groups got the share of users they were meant to.' },
  'label-shift': { id: 'label-shift', term: 'Label shift', definition: 'The label’s distribution P(Y) changes while P(X|Y), what each class looks like, stays the same: for example, more customers churn, and churners look as they always did.' },
  lineage: { id: 'lineage', term: 'Lineage', definition: 'The recorded chain from a model back to the run, code, parameters and data that produced it.' },
  'model-alias': { id: 'model-alias', term: 'Model alias', definition: 'A movable name (for example "champion") that points at one version of a registered model; deployment reads the alias, so promoting a model is moving the alias.' },
  'model-card': { id: 'model-card', term: 'Model card', definition: 'A short document released with a model: what it is for and not for, how it was evaluated, including by group, and its known limits. Its counterpart for a dataset is a datasheet.' },
  'model-registry': { id: 'model-registry', term: 'Model registry', definition: 'A catalogue of named models and their numbered versions, each linked to the run that produced it.' },
  'notebook-contract': { id: 'notebook-contract', term: 'Notebook contract', definition: "What a stage's notebook promises: the parameters it takes, the inputs it reads, the outputs it writes and the checks it runs. It is what a pipeline step will later promise too." },
  orchestrator: { id: 'orchestrator', term: 'Orchestrator', definition: 'A system that decides when each step of a DAG runs, runs it, retries it and records the outcome.' },
  'parameters-cell': { id: 'parameters-cell', term: 'Parameters cell', definition: 'A notebook cell tagged "parameters" that holds every input path, output path and setting as plain assignments, so a runner can override them.' },
  'pipeline-component': { id: 'pipeline-component', term: 'Pipeline component', definition: 'One step of a workflow pipeline: code in a container image with declared, typed inputs and outputs.' },
  pseudonymisation: { id: 'pseudonymisation', term: 'Pseudonymisation', definition: 'Replacing identifiers with tokens, such as a keyed hash, so that data cannot be tied to a person without extra information kept apart. Unlike anonymisation, the result is still personal data under the GDPR.' },
  rollback: { id: 'rollback', term: 'Rollback', definition: 'Putting the previous model version back in service when a new one misbehaves. Cheap when serving reads a registry alias: rolling back is moving the alias to the old version.' },
  run: { id: 'run', term: 'Run', definition: 'One execution: of a pipeline DAG (a pipeline run) or of training code logged to a tracker (a tracked run with its parameters, metrics and artifacts).' },
  'scale-to-zero': { id: 'scale-to-zero', term: 'Scale to zero', definition: 'An autoscaler removing the last replica of a service after a quiet period, so nothing runs while nobody asks; the next request pays a cold start.' },
  'software-defined-asset': { id: 'software-defined-asset', term: 'Software-defined asset', definition: "Dagster's unit: a table, file or model described by the function that produces it and by the assets it depends on." },
  'statistical-power': { id: 'statistical-power', term: 'Statistical power', definition: 'The chance that a test detects an effect of a given size when it is real; 80 % is the usual target, and it sets how many users an A/B test needs.' },
  'train-serve-skew': { id: 'train-serve-skew', term: 'Training/serving skew', definition: 'A difference between how inputs are prepared at training time and at prediction time, which makes the model see different data in production.' },
  transformer: { id: 'transformer', term: 'Transformer', definition: 'In scikit-learn, an object that learns a transformation in fit and applies it in transform, such as a scaler or an encoder.' },
} as const satisfies { [K in GlossaryTermId]: GlossaryTerm<K> };
