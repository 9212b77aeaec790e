import subprocess

import mlflow
import pandas as pd
from mlflow import MlflowClient
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SPLITS = "data/splits/"  # written by data processing; its version is what makes a run repeatable
MODEL_NAME = "churn-classifier"
params = {"C": 0.5, "max_iter": 1000}

train = pd.read_parquet(f"{SPLITS}train.parquet")
test = pd.read_parquet(f"{SPLITS}test.parquet")
features = ["tenure_months", "monthly_spend", "plan", "region"]

model = Pipeline([
    ("preprocess", ColumnTransformer([
        ("numeric", StandardScaler(), ["tenure_months", "monthly_spend"]),
        ("categorical", OneHotEncoder(handle_unknown="ignore"), ["plan", "region"]),
    ])),
    ("classify", LogisticRegression(**params)),
])

commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()

mlflow.set_experiment("churn")
with mlflow.start_run(run_name="logistic-regression") as run:
    mlflow.log_params({**params, "data_splits": SPLITS})
    mlflow.set_tag("git_commit", commit)
    model.fit(train[features], train["churned"])
    auc = roc_auc_score(test["churned"], model.predict_proba(test[features])[:, 1])
    mlflow.log_metrics({"test_roc_auc": auc})
    info = mlflow.sklearn.log_model(model, name="model", input_example=train[features].head(5))

version = mlflow.register_model(info.model_uri, MODEL_NAME)
MlflowClient().set_registered_model_alias(MODEL_NAME, "champion", version.version)

# Deployment reads the alias, never a path: promoting or rolling back is moving "champion".
served = mlflow.sklearn.load_model(f"models:/{MODEL_NAME}@champion")
