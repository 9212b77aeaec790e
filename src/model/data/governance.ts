import type { StageId, ToolId } from './ids.ts';
import type { IsoDate } from './tools.ts';

/** Ways to store a trained model, from "loading runs code" to "holds numbers only". */
export const MODEL_FORMAT_IDS = ['pickle', 'joblib', 'skops', 'onnx', 'safetensors', 'numpy-arrays'] as const;
export type ModelFormatId = (typeof MODEL_FORMAT_IDS)[number];

/** What loading a file of the format can do, which is what decides whether a file from elsewhere is safe to open. */
export const MODEL_FORMAT_LOADING = {
  'runs-code': 'Loading can run any code',
  'allow-listed': 'Loads only the types you trust',
  'data-only': 'Holds data, not code',
} as const;
export type ModelFormatLoading = keyof typeof MODEL_FORMAT_LOADING;

export interface ModelFormat<Id extends ModelFormatId = ModelFormatId> {
  id: Id;
  name: string;
  loading: ModelFormatLoading;
  /** What the file holds and what it is usually used for. */
  holds: string;
  /** The catch a team should know before choosing it. */
  caveat: string;
  /** Documentation the facts were checked against. */
  source: string;
  checked: IsoDate;
}

/** What can go wrong around a model that is not about its accuracy. */
export const GOVERNANCE_CONCERN_IDS = ['model-supply-chain', 'secrets', 'personal-data', 'access', 'audit-trail', 'documentation'] as const;
export type GovernanceConcernId = (typeof GOVERNANCE_CONCERN_IDS)[number];

export interface GovernanceConcern<Id extends GovernanceConcernId = GovernanceConcernId> {
  id: Id;
  name: string;
  /** What goes wrong, in one sentence. */
  risk: string;
  /** Stages whose work creates the risk or must carry the control; their pages link here. */
  stages: readonly StageId[];
  /** What to do, one short imperative each. */
  controls: readonly string[];
  /** Tools in the guide that carry part of the control. */
  tools?: readonly ToolId[];
  source: { title: string; url: string };
  checked: IsoDate;
}

/** Laws and frameworks a team training models on people's data meets. */
export const REGULATION_IDS = ['gdpr', 'eu-ai-act', 'nist-ai-rmf'] as const;
export type RegulationId = (typeof REGULATION_IDS)[number];

export interface Regulation<Id extends RegulationId = RegulationId> {
  id: Id;
  name: string;
  /** A law binds; a framework is a voluntary way to organise the work. */
  kind: 'law' | 'voluntary framework';
  /** What it asks of an ML team, in one or two sentences. */
  asks: string;
  /** Dated steps, oldest first: the day each part binds or was published. */
  milestones: readonly { date: IsoDate; what: string }[];
  source: { title: string; url: string };
  checked: IsoDate;
}

const CHECKED = '2026-12-06';

export const modelFormats = {
  pickle: {
    id: 'pickle',
    name: 'pickle',
    loading: 'runs-code',
    holds: 'Any Python object: a fitted estimator, a whole pipeline, custom classes.',
    caveat: 'Unpickling calls whatever functions the file names. Python’s own documentation says to unpickle only data you trust.',
    source: 'https://docs.python.org/3/library/pickle.html',
    checked: CHECKED,
  },
  joblib: {
    id: 'joblib',
    name: 'joblib',
    loading: 'runs-code',
    holds: 'The same objects as pickle, with compression and memory-mapped arrays; the usual way to save scikit-learn models.',
    caveat: 'It is pickle underneath, so loading carries the same risk; a checked hash proves the file is the one you saved, not that it is harmless.',
    source: 'https://scikit-learn.org/stable/model_persistence.html',
    checked: CHECKED,
  },
  skops: {
    id: 'skops',
    name: 'skops.io',
    loading: 'allow-listed',
    holds: 'scikit-learn estimators, rebuilt from a description of their types and arrays; lists the types a file needs before it loads.',
    caveat: 'Safer than pickle, not proof against every crafted file: its loader has had security fixes (CVE-2025-54412, fixed in 0.12.0). Keep it up to date and still check hashes.',
    source: 'https://skops.readthedocs.io/en/stable/persistence.html',
    checked: CHECKED,
  },
  onnx: {
    id: 'onnx',
    name: 'ONNX',
    loading: 'data-only',
    holds: 'The model as a graph of operators, served without Python by a runtime such as ONNX Runtime.',
    caveat: 'Not every estimator or custom step converts, and the Python object cannot be rebuilt from the file; compare predictions before and after converting.',
    source: 'https://scikit-learn.org/stable/model_persistence.html',
    checked: CHECKED,
  },
  safetensors: {
    id: 'safetensors',
    name: 'safetensors',
    loading: 'data-only',
    holds: 'Named tensors and a JSON header: neural-network weights for PyTorch, TensorFlow or JAX.',
    caveat: 'Weights only: the architecture comes from code you run, which is where trust now sits. It does not store scikit-learn estimators.',
    source: 'https://huggingface.co/docs/safetensors/index',
    checked: CHECKED,
  },
  'numpy-arrays': {
    id: 'numpy-arrays',
    name: 'NumPy arrays (.npz)',
    loading: 'data-only',
    holds: 'The numbers a simple model is made of (coefficients, intercept, class labels), rebuilt into the estimator by your code, as in the example below.',
    caveat: 'Only with allow_pickle=False, NumPy’s default since 1.16.3; it works for models whose state is a few arrays, not for trees or whole pipelines.',
    source: 'https://numpy.org/doc/stable/reference/generated/numpy.load.html',
    checked: CHECKED,
  },
} as const satisfies { [K in ModelFormatId]: ModelFormat<K> };

export const governanceConcerns = {
  'model-supply-chain': {
    id: 'model-supply-chain',
    name: 'Model supply chain',
    risk: 'A model file, a base model or a package from elsewhere runs code when it is loaded, or is swapped on its way to production.',
    stages: ['model-building', 'model-deployment'],
    controls: [
      'Store models in a format that holds data, not code, where the model allows it.',
      'Record each artefact’s sha256 when it is registered and check it before loading.',
      'Sign artefacts in the pipeline and verify the signature where they are deployed.',
      'Pin and scan the packages a model needs, as for any other software.',
    ],
    tools: ['mlflow-model-registry'],
    source: { title: 'OpenSSF / Sigstore, model-transparency: signing and verifying ML models', url: 'https://github.com/sigstore/model-transparency' },
    checked: CHECKED,
  },
  secrets: {
    id: 'secrets',
    name: 'Secrets',
    risk: 'Credentials written into notebooks, configuration or images leak with the repository or the image.',
    stages: ['data-collection', 'model-deployment'],
    controls: [
      'Read credentials at run time from the orchestrator’s secret store or the environment, never from the notebook.',
      'Clear notebook outputs before committing: a printed credential stays in the .ipynb file.',
      'Turn on the code host’s secret scanning and push protection.',
    ],
    source: { title: 'GitHub Docs, “About secret scanning”', url: 'https://docs.github.com/en/code-security/secret-scanning/introduction/about-secret-scanning' },
    checked: CHECKED,
  },
  'personal-data': {
    id: 'personal-data',
    name: 'Personal data in features and logs',
    risk: 'Personal data copied into features, training sets and prediction logs outlives the purpose it was collected for.',
    stages: ['data-collection', 'data-processing', 'model-deployment'],
    controls: [
      'Collect only the fields the framing needs (data minimisation).',
      'Replace ids in logs with a keyed hash; the result is still personal data to whoever holds the key.',
      'Give training sets and logs a retention period, and delete on schedule.',
      'Know which training sets a person’s data reached, so an erasure request reaches them too.',
    ],
    source: { title: 'Regulation (EU) 2016/679 (GDPR), Article 5 and Recital 26', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
    checked: CHECKED,
  },
  access: {
    id: 'access',
    name: 'Access to features, predictions and the registry',
    risk: 'Whoever reads the feature store or the prediction log reads what the model knows about each person; whoever writes the registry can ship a model.',
    stages: ['data-processing', 'model-deployment'],
    controls: [
      'Grant read access to features and predictions by role, not to everyone on the team.',
      'Let only the pipeline’s service account register models, and require a reviewer to promote one.',
      'Authenticate and rate-limit prediction endpoints: many queries can copy a model or reveal who was in its training data.',
    ],
    tools: ['feast', 'mlflow-model-registry'],
    source: { title: 'OWASP Machine Learning Security Top Ten (model theft, membership inference)', url: 'https://owasp.org/www-project-machine-learning-security-top-10/' },
    checked: CHECKED,
  },
  'audit-trail': {
    id: 'audit-trail',
    name: 'Audit trail and lineage',
    risk: 'After an incident nobody can say which data, code and person produced the model that answered.',
    stages: ['training-evaluation', 'model-deployment'],
    controls: [
      'Register each model version with the hash of its data, the commit of its code, its parameters and who approved it.',
      'Log the model version with every prediction.',
      'Keep promotions and rollbacks as events: who, when and why.',
    ],
    tools: ['mlflow-model-registry', 'mlflow-tracking', 'dvc'],
    source: {
      title: 'Google Cloud, “MLOps: Continuous delivery and automation pipelines in machine learning” (ML metadata and artefact tracking)',
      url: 'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning',
    },
    checked: CHECKED,
  },
  documentation: {
    id: 'documentation',
    name: 'Model cards and datasheets',
    risk: 'People who use a model or a dataset cannot tell what it is for, how it was evaluated or where it fails.',
    stages: ['data-collection', 'training-evaluation'],
    controls: [
      'Write a model card for each released model: intended use, evaluation by group, known limits.',
      'Write a datasheet for each training dataset: why and how it was collected and labelled, and what it should not be used for.',
      'Keep both beside the artefact, versioned with it.',
    ],
    source: { title: 'Mitchell et al., “Model Cards for Model Reporting” (FAT* 2019); Gebru et al., “Datasheets for Datasets” (CACM 2021)', url: 'https://arxiv.org/abs/1810.03993' },
    checked: CHECKED,
  },
} as const satisfies { [K in GovernanceConcernId]: GovernanceConcern<K> };

export const regulations = {
  gdpr: {
    id: 'gdpr',
    name: 'EU General Data Protection Regulation (GDPR)',
    kind: 'law',
    asks: 'A lawful basis for each use of personal data, no more data than the purpose needs, and erasure on request. Article 22 gives people a right not to be subject to decisions based solely on automated processing that affect them legally or similarly significantly.',
    milestones: [{ date: '2018-05-25', what: 'Applies' }],
    source: { title: 'Regulation (EU) 2016/679, EUR-Lex', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
    checked: CHECKED,
  },
  'eu-ai-act': {
    id: 'eu-ai-act',
    name: 'EU Artificial Intelligence Act',
    kind: 'law',
    asks: 'Duties by risk: some practices are banned; high-risk systems (hiring, credit scoring, education, among others) need risk management, data governance, technical documentation, logging and human oversight; chatbots and generated content must be disclosed.',
    milestones: [
      { date: '2024-08-01', what: 'Enters into force' },
      { date: '2025-02-02', what: 'Prohibited practices and AI literacy duties apply' },
      { date: '2025-08-02', what: 'Obligations for general-purpose AI models apply' },
      { date: '2026-08-02', what: 'Most other provisions apply, including the transparency duties of Article 50' },
      { date: '2027-12-02', what: 'High-risk systems listed in Annex III, a date set by the amending Regulation (EU) 2026/1744' },
      { date: '2028-08-02', what: 'High-risk systems in products covered by Annex I, a date set by the same amendment' },
    ],
    source: { title: 'Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744, EUR-Lex', url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj' },
    checked: CHECKED,
  },
  'nist-ai-rmf': {
    id: 'nist-ai-rmf',
    name: 'NIST AI Risk Management Framework (AI RMF 1.0)',
    kind: 'voluntary framework',
    asks: 'Four functions to organise the work: Govern, Map, Measure and Manage AI risks; widely used in the United States as a checklist for the controls on this page.',
    milestones: [{ date: '2023-01-26', what: 'Version 1.0 published' }],
    source: { title: 'NIST, AI Risk Management Framework', url: 'https://www.nist.gov/itl/ai-risk-management-framework' },
    checked: CHECKED,
  },
} as const satisfies { [K in RegulationId]: Regulation<K> };

/** The governance concerns a stage's page links, in the page's order. */
export function governanceConcernsAt(stage: StageId): GovernanceConcern[] {
  return GOVERNANCE_CONCERN_IDS.map((id): GovernanceConcern => governanceConcerns[id]).filter((c) => c.stages.includes(stage));
}

/** The governance concerns whose controls a tool carries part of; its page links them. */
export function governanceConcernsOfTool(tool: ToolId): GovernanceConcern[] {
  return GOVERNANCE_CONCERN_IDS.map((id): GovernanceConcern => governanceConcerns[id]).filter((c) => c.tools?.includes(tool));
}
