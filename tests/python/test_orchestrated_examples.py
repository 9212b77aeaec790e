"""The examples written for an orchestrator or tracker that cannot be installed here (Kubeflow
Pipelines, Airflow, MLflow) run their own functions on the guide's sample data (guide_data.py),
through the stand-ins of stand_ins.py: a component's body, a task's callable, the training and the
gate a tracking run wraps. What each page says about its example is asserted here."""

import inspect

import joblib
import pandas as pd
import pytest

from guide_data import customers


def test_the_kfp_pipeline_type_example_trains_on_the_guides_data_with_its_own_defaults(run_example, stand_in, data_dir):
    kfp = stand_in("kfp")
    raw = data_dir() / "customers.parquet"
    customers(800).to_parquet(raw)
    names = run_example("pipeline-types/workflow_pipeline.py")

    # The pipeline as it would be submitted: only the raw data's URI, every other parameter its default.
    names["churn_training"](raw_uri=raw.resolve().as_uri())

    ran = {name: values for name, values in kfp.dsl.ran}
    assert list(ran) == ["validate_data", "split_data", "train_model"]
    train = pd.read_parquet(ran["train_model"]["train"].path)
    test = pd.read_parquet(ran["train_model"]["test"].path)
    # The split key is a column of the data, and a customer is in one split only.
    key = inspect.signature(names["churn_training"]).parameters["split_key"].default
    assert set(train[key]).isdisjoint(test[key])
    assert len(test) / (len(train) + len(test)) == pytest.approx(0.2, abs=0.06)
    metrics = ran["train_model"]["metrics"].metadata
    majority = max(test["churned"].mean(), 1 - test["churned"].mean())
    assert metrics["test_accuracy"] > majority, "the trained forest does no better than always saying the majority class"
    forest = joblib.load(ran["train_model"]["model"].path)
    assert forest.predict_proba(test.drop(columns=["churned"])).shape == (len(test), 2)
