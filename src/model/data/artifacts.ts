import type { ArtifactId } from './ids.ts';

/** Something one stage produces and others consume. Producers and consumers are read from stages' outputs and inputs. */
export interface Artifact<Id extends ArtifactId = ArtifactId> {
  id: Id;
  /** Name shown on diagram edges and in tables. */
  name: string;
  /** One line: what it is, concretely. */
  summary: string;
}

export const artifacts = {
  'raw-data': { id: 'raw-data', name: 'Raw data snapshot', summary: 'Data as it arrived from its sources, versioned, with where and when it came from.' },
  'validation-report': { id: 'validation-report', name: 'Validation report', summary: 'Which expectations passed or failed, with statistics and anomalies; the gate decision.' },
  'validated-data': { id: 'validated-data', name: 'Validated data', summary: 'The snapshot that passed validation, safe to build features from.' },
  'feature-set': { id: 'feature-set', name: 'Feature set', summary: 'Cleaned, transformed features, in a table or a feature store.' },
  'data-splits': { id: 'data-splits', name: 'Data splits', summary: 'Training, validation and test sets, split the same way on every run.' },
  'fitted-transform': { id: 'fitted-transform', name: 'Fitted transform', summary: 'The preprocessing with its learned parameters, saved so serving applies exactly what training did.' },
  'model-candidate': { id: 'model-candidate', name: 'Model candidate', summary: 'Model code and configuration: a model pipeline ready to be trained.' },
  'trained-model': { id: 'trained-model', name: 'Trained model', summary: 'A fitted model artifact with its signature.' },
  'evaluation-report': { id: 'evaluation-report', name: 'Evaluation report', summary: 'Metrics on held-out data and on slices, compared with a baseline.' },
  'registered-model-version': { id: 'registered-model-version', name: 'Registered model version', summary: 'A numbered model version in a registry, linked to the run that made it.' },
  'deployed-model-service': { id: 'deployed-model-service', name: 'Deployed model service', summary: 'An endpoint or batch job serving predictions from one model version.' },
  'prediction-log': { id: 'prediction-log', name: 'Prediction log', summary: 'Requests, predictions and, later, ground truth: the input to monitoring and retraining.' },
} as const satisfies { [K in ArtifactId]: Artifact<K> };
