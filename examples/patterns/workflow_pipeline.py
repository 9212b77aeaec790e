from kfp import compiler, dsl
from kfp.client import Client

@dsl.component(base_image="python:3.11", packages_to_install=["pandas", "pyarrow"])
def validate(raw: dsl.Input[dsl.Dataset], clean: dsl.Output[dsl.Dataset]):
    import pandas as pd

    frame = pd.read_parquet(raw.path)
    assert {"tenure_months", "monthly_spend", "churned"} <= set(frame.columns), "schema changed"
    frame.dropna().to_parquet(clean.path)

@dsl.component(base_image="python:3.11", packages_to_install=["pandas", "pyarrow", "scikit-learn"])
def train(data: dsl.Input[dsl.Dataset], model: dsl.Output[dsl.Model], metrics: dsl.Output[dsl.Metrics]):
    import joblib
    import pandas as pd
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    frame = pd.read_parquet(data.path)
    X, y = frame[["tenure_months", "monthly_spend"]], frame["churned"]
    classifier = LogisticRegression(max_iter=1000)
    metrics.log_metric("cv_auc", float(cross_val_score(classifier, X, y, scoring="roc_auc").mean()))
    joblib.dump(classifier.fit(X, y), model.path)

@dsl.pipeline(name="churn-training")
def churn_training(raw_uri: str):
    raw = dsl.importer(artifact_uri=raw_uri, artifact_class=dsl.Dataset)
    checked = validate(raw=raw.output)
    train(data=checked.outputs["clean"])

compiler.Compiler().compile(churn_training, "churn_training.yaml")

# The one call: Kubeflow Pipelines runs the whole DAG and records every artifact it passes.
Client(host="http://localhost:8080").create_run_from_pipeline_package(
    "churn_training.yaml", arguments={"raw_uri": "gs://churn-data/customers.parquet"}
)
