"""Model building: score the baselines first, then compare
candidate model pipelines on the training split with cross-
validation, and write down the winner's configuration."""

from pathlib import Path

import joblib
import pandas as pd
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline

# Notebook parameters (src/model/data/stages.ts).
target_column = "churned"
metric = "roc_auc"
random_seed = 42

train = pd.read_parquet("data/splits/train.parquet")
X = train[["tenure_months", "monthly_spend", "plan"]]
y = train[target_column]
# Each candidate gets a fresh copy of the processing stage's
# transform, so every cross-validation fold refits it on its own
# training rows.
transform = joblib.load("models/transform.joblib")


def cv_score(model) -> float:
    return cross_val_score(model, X, y, scoring=metric, cv=5).mean()


baselines = {
    "most frequent class": cv_score(DummyClassifier()),
    # The team's rule of thumb: short tenure, likely to leave.
    "rule: tenure under 12 months": roc_auc_score(
        y, X["tenure_months"] < 12),
}
candidates = {
    "logistic regression": LogisticRegression(max_iter=1000),
    "gradient-boosted trees": HistGradientBoostingClassifier(
        random_state=random_seed),
}
scores = {name: cv_score(make_pipeline(clone(transform), estimator))
          for name, estimator in candidates.items()}
for name, score in {**baselines, **scores}.items():
    print(f"{name:30} {metric} {score:.3f}")

best = max(scores, key=scores.get)
bar = max(baselines.values())
if scores[best] <= bar:
    raise SystemExit(f"no candidate beats the best baseline "
                     f"({bar:.3f}); improve the features first")
Path("models/candidate.yaml").write_text(
    f"estimator: {best}\n"
    f"metric: {metric}\n"
    f"cv_score: {scores[best]:.4f}\n"
    f"baseline_score: {bar:.4f}\n"
    f"random_seed: {random_seed}\n"
)
