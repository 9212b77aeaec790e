import hashlib
from pathlib import Path

import mlflow
import mlflow.pyfunc
import mlflow.sklearn
import pandas as pd
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline

DATA = Path("data/customers.parquet")
FEATURES = ["tenure_months", "monthly_spend"]
customers = pd.read_parquet(DATA)
# The data version is the hash of the bytes trained on, not the file's name.
data_sha256 = hashlib.sha256(DATA.read_bytes()).hexdigest()
is_test = customers["customer_id"] % 5 == 0
train, test = customers[~is_test], customers[is_test]


def auc(model) -> float:
    return roc_auc_score(test["churned"], model.predict_proba(test[FEATURES])[:, 1])


with mlflow.start_run(run_name="churn-2026-11"):
    model = make_pipeline(SimpleImputer(), LogisticRegression(max_iter=1000))
    model.fit(train[FEATURES], train["churned"])
    mlflow.log_params({"data_sha256": data_sha256, "features": ",".join(FEATURES)})
    mlflow.log_metric("test_auc", auc(model))
    info = mlflow.sklearn.log_model(model, name="model")

# Every version is kept, with the run (model_uri) and the data it came from.
version = mlflow.register_model(info.model_uri, "churn", tags={"data_sha256": data_sha256}).version

# A new version becomes champion only if it beats the current one on the same rows.
try:
    current = auc(mlflow.sklearn.load_model("models:/churn@champion"))
except MlflowException:
    current = None  # the first version
if current is None or auc(model) >= current:
    MlflowClient().set_registered_model_alias("churn", "champion", version)

# Consumers ask for the alias; rolling back means moving it to an older version.
champion = mlflow.pyfunc.load_model("models:/churn@champion")
