import mlflow
import mlflow.pyfunc
import mlflow.sklearn
from mlflow import MlflowClient
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

X, y = make_classification(n_samples=1000, n_features=8, random_state=0)

with mlflow.start_run(run_name="churn-2026-11"):
    model = LogisticRegression(max_iter=1000).fit(X, y)
    mlflow.log_metric("train_accuracy", model.score(X, y))
    info = mlflow.sklearn.log_model(model, name="model")

version = mlflow.register_model(info.model_uri, "churn").version
MlflowClient().set_registered_model_alias("churn", "champion", version)

# Consumers ask for the alias; rolling back means moving it to an older version.
champion = mlflow.pyfunc.load_model("models:/churn@champion")
