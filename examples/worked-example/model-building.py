# %% work
# Candidates are model pipelines (model_pipeline.py: the transform, then an estimator) described by
# configuration alone; each is scored on the validation split, never the test split, and every
# score is recorded with the winner.
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import get_scorer

from model_pipeline import make_model_pipeline

ESTIMATORS = {"dummy": DummyClassifier, "logistic_regression": LogisticRegression, "random_forest": RandomForestClassifier}
CANDIDATES = [
    {"name": "baseline", "estimator": "dummy", "params": {"strategy": "prior"}},
    {"name": "logistic", "estimator": "logistic_regression", "params": {"C": 1.0, "max_iter": 500}},
    {"name": "forest", "estimator": "random_forest", "params": {"n_estimators": 100, "min_samples_leaf": 20, "random_state": random_seed}},
]
features = pd.read_parquet(input_feature_set)
splits = pd.read_parquet(input_data_splits)
assert len(splits) == len(features), "the splits do not cover the feature set"
frame = splits
columns = [c for c in splits.columns if c not in ("id", target_column, "split")]
train, valid = frame[frame["split"] == "train"], frame[frame["split"] == "validation"]
scorer = get_scorer(metric)

def build(config: dict):
    return make_model_pipeline(ESTIMATORS[config["estimator"]](**config["params"]))

scores = {}
for config in CANDIDATES:
    fitted = build(config).fit(train[columns], train[target_column])
    scores[config["name"]] = round(float(scorer(fitted, valid[columns], valid[target_column])), 4)
best = max(CANDIDATES[1:], key=lambda c: scores[c["name"]])
candidate = {"target": target_column, "metric": metric, "features": columns, "chosen": best,
             "baseline": CANDIDATES[0], "exploration": scores, "random_seed": random_seed}
Path(output_model_candidate).parent.mkdir(parents=True, exist_ok=True)
# JSON is YAML 1.2 flow style: any YAML reader loads this file, and the kit needs no YAML library.
Path(output_model_candidate).write_text(json.dumps(candidate, indent=1))
print(scores)

# %% check: The prediction target and the metric are written down
assert candidate["target"] == target_column and candidate["metric"] == metric

# %% check: A simple baseline (a heuristic or a linear model) has a score
assert "baseline" in scores, "no baseline score"

# %% check: Each candidate is a model pipeline that can be fitted from its configuration alone
rebuilt = build(json.loads(Path(output_model_candidate).read_text())["chosen"]).fit(train[columns], train[target_column])
assert round(float(scorer(rebuilt, valid[columns], valid[target_column])), 4) == scores[best["name"]], "the configuration does not reproduce its score"

# %% check: Exploration runs are tracked, not only kept in a notebook
assert set(json.loads(Path(output_model_candidate).read_text())["exploration"]) == {c["name"] for c in CANDIDATES}
