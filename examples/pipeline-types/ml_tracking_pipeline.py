import hashlib
import subprocess
from pathlib import Path

import mlflow
import pandas as pd
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SPLITS = Path("data/splits/")  # written by data processing
MODEL_NAME = "churn-classifier"
MIN_GAIN = 0.0  # the new version must score at least as well as the champion
params = {"C": 0.5, "max_iter": 1000}


def content_hash(folder: Path) -> str:
    """The data version: SHA-256 of every file's name and bytes. A folder name
    says where data was; this says what it was, and changes with any byte."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.parquet")):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


train = pd.read_parquet(SPLITS / "train.parquet")
test = pd.read_parquet(SPLITS / "test.parquet")
features = ["tenure_months", "monthly_spend", "plan", "region"]
data_version = content_hash(SPLITS)

model = Pipeline([
    ("preprocess", ColumnTransformer([
        ("numeric", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), ["tenure_months", "monthly_spend"]),
        ("categorical", OneHotEncoder(handle_unknown="ignore"), ["plan", "region"]),
    ])),
    ("classify", LogisticRegression(**params)),
])

commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()


def test_auc(candidate) -> float:
    return roc_auc_score(test["churned"], candidate.predict_proba(test[features])[:, 1])


mlflow.set_experiment("churn")
with mlflow.start_run(run_name="logistic-regression") as run:
    mlflow.log_params({**params, "data_sha256": data_version})
    mlflow.set_tag("git_commit", commit or "not a git checkout")
    model.fit(train[features], train["churned"])
    auc = test_auc(model)
    mlflow.log_metrics({"test_roc_auc": auc})
    info = mlflow.sklearn.log_model(model, name="model", input_example=train[features].head(5))

version = mlflow.register_model(info.model_uri, MODEL_NAME, tags={"data_sha256": data_version})

# The gate: the champion is scored again, on the same test rows, before the alias moves.
try:
    champion_auc = test_auc(mlflow.sklearn.load_model(f"models:/{MODEL_NAME}@champion"))
except MlflowException:
    champion_auc = None  # no champion yet: the first version has nothing to beat
if champion_auc is None or auc >= champion_auc + MIN_GAIN:
    MlflowClient().set_registered_model_alias(MODEL_NAME, "champion", version.version)
else:
    print(f"version {version.version} stays unpromoted: AUC {auc:.3f}, champion {champion_auc:.3f}")

# Deployment reads the alias, never a path: promoting or rolling back is moving "champion".
served = mlflow.sklearn.load_model(f"models:/{MODEL_NAME}@champion")
