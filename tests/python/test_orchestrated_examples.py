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


def customer_events(day: str, n: int = 300) -> pd.DataFrame:
    """The guide's customers as the day's events: three per customer, at times within the day."""
    rows = customers(n)
    events = pd.concat([rows.assign(event_time=pd.Timestamp(day) + pd.Timedelta(hours=h)) for h in (8, 12, 18)], ignore_index=True)
    return events[["customer_id", "event_time", "plan", "monthly_spend"]]


def lake_on_disk(tmp_path, day: str) -> tuple[str, str]:
    """Local stand-ins for the source bucket and the lake, as file:// URIs. Object stores have no
    folders; here the dated ones the tasks write into are made first."""
    source, lake = tmp_path / "source", tmp_path / "lake"
    (source / f"date={day}").mkdir(parents=True)
    for folder in ("raw", "features"):
        (lake / folder / f"date={day}").mkdir(parents=True)
    return source.as_uri(), lake.as_uri()


def test_the_airflow_example_hands_dated_uris_from_task_to_task_and_publishes_one_row_per_customer(run_example, stand_in, tmp_path):
    from datetime import datetime

    stand_in("airflow")
    day = "2026-11-29"
    source, lake = lake_on_disk(tmp_path, day)
    customer_events(day).to_parquet(f"{source}/date={day}/part-0.parquet")
    names = run_example("pipeline-types/data_pipeline.py")
    dag = names["churn_data"]()
    dag.body.__globals__.update(SOURCE=source, LAKE=lake)

    ran = dag.test(logical_date=datetime(2026, 11, 29))

    assert [name for name, _ in ran] == ["collect", "validate", "process"]
    # Each task hands the next only a URI of the shared store, dated by the run's logical date.
    for _, handed in ran:
        assert handed.startswith(lake) and f"date={day}" in handed
    features = pd.read_parquet(ran[-1][1])
    assert features.index.is_unique and len(features) == 300
    assert set(features.columns) == {"monthly_spend", "plan", "events"} and (features["events"] == 3).all()


def test_the_airflow_example_stops_before_processing_when_validation_fails(run_example, stand_in, tmp_path):
    from datetime import datetime

    stand_in("airflow")
    day = "2026-11-29"
    source, lake = lake_on_disk(tmp_path, day)
    events = customer_events(day)
    events.loc[5, "customer_id"] = None
    events.to_parquet(f"{source}/date={day}/part-0.parquet")
    names = run_example("pipeline-types/data_pipeline.py")
    dag = names["churn_data"]()
    dag.body.__globals__.update(SOURCE=source, LAKE=lake)

    with pytest.raises(ValueError, match="events without a customer_id"):
        dag.test(logical_date=datetime(2026, 11, 29))
    assert not any((tmp_path / "lake/features").rglob("*.parquet")), "features were published from data that failed validation"


def write_splits(folder, frame: pd.DataFrame) -> None:
    frame[frame["customer_id"] % 5 != 0].to_parquet(folder / "train.parquet")
    frame[frame["customer_id"] % 5 == 0].to_parquet(folder / "test.parquet")


def sha256_of_splits(folder) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.parquet")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def test_the_tracking_example_records_the_data_by_content_hash_and_moves_champion_only_through_its_gate(run_example, stand_in, data_dir, capsys):
    mlflow = stand_in("mlflow")
    splits = data_dir("data/splits")
    write_splits(splits, customers(1000))
    run_example("pipeline-types/ml_tracking_pipeline.py")
    first = mlflow.store.runs[0]
    assert first.params["data_sha256"] == sha256_of_splits(splits), "the data version is not the hash of the bytes read"
    assert float(first.metrics["test_roc_auc"]) > 0.7
    assert mlflow.store.aliases[("churn-classifier", "champion")] == "1"

    # Training labels shuffled: a new data version, a new registered version, and the gate keeps the champion.
    worse = customers(1000)
    train = worse["customer_id"] % 5 != 0
    worse.loc[train, "churned"] = worse.loc[train, "churned"].sample(frac=1, random_state=1).to_numpy()
    write_splits(splits, worse)
    run_example("pipeline-types/ml_tracking_pipeline.py")
    second = mlflow.store.runs[1]
    assert second.params["data_sha256"] != first.params["data_sha256"]
    assert len(mlflow.store.versions["churn-classifier"]) == 2
    assert mlflow.store.versions["churn-classifier"][1]["tags"]["data_sha256"] == second.params["data_sha256"]
    assert mlflow.store.aliases[("churn-classifier", "champion")] == "1", "a worse model became champion"
    assert "version 2 stays unpromoted" in capsys.readouterr().out

    # Better than the champion again: the alias moves.
    write_splits(splits, customers(1000, seed=3))
    run_example("pipeline-types/ml_tracking_pipeline.py")
    assert mlflow.store.aliases[("churn-classifier", "champion")] == "3"


def test_the_model_versioning_example_keeps_every_version_with_its_data_hash_and_gates_the_alias(run_example, stand_in, data_dir):
    import hashlib

    mlflow = stand_in("mlflow")
    data = data_dir() / "customers.parquet"
    customers(800).to_parquet(data)
    first = run_example("patterns/model_versioning.py")
    assert mlflow.store.versions["churn"][0]["tags"]["data_sha256"] == hashlib.sha256(data.read_bytes()).hexdigest()
    assert mlflow.store.aliases[("churn", "champion")] == "1"
    assert first["champion"] is mlflow.store.runs[0].models["model"]

    # Training labels shuffled, test labels true: the new model is worse on the same test rows.
    noise = customers(800)
    train = noise["customer_id"] % 5 != 0
    noise.loc[train, "churned"] = noise.loc[train, "churned"].sample(frac=1, random_state=2).to_numpy()
    noise.to_parquet(data)
    run_example("patterns/model_versioning.py")
    assert len(mlflow.store.versions["churn"]) == 2, "the worse model is still kept as a version"
    assert mlflow.store.aliases[("churn", "champion")] == "1", "a worse model became champion"


def test_the_workflow_pipeline_pattern_validates_then_trains_on_the_guides_data_and_submits_one_run(run_example, stand_in, data_dir):
    kfp = stand_in("kfp")
    raw = data_dir() / "customers.parquet"
    customers(800).to_parquet(raw)
    names = run_example("patterns/workflow_pipeline.py")
    assert kfp.client.Client.runs == [("churn_training.yaml", {"raw_uri": "gs://churn-data/customers.parquet"})]

    names["churn_training"](raw_uri=raw.resolve().as_uri())
    ran = dict(kfp.dsl.ran)
    assert list(ran) == ["validate", "train"]
    assert ran["train"]["metrics"].metadata["cv_auc"] > 0.7
    assert joblib.load(ran["train"]["model"].path).predict_proba(customers(5)[["tenure_months", "monthly_spend"]].fillna(0)).shape == (5, 2)

    # The validation step stops the run when the schema changed.
    kfp.dsl.ran.clear()
    customers(800).rename(columns={"monthly_spend": "spend"}).to_parquet(raw)
    with pytest.raises(AssertionError, match="schema changed"):
        names["churn_training"](raw_uri=raw.resolve().as_uri())
    assert [name for name, _ in kfp.dsl.ran] == []


def test_batch_serving_scores_every_customer_once_with_its_key_loading_the_model_once_per_partition(run_example, stand_in, tmp_path, monkeypatch):
    from sklearn.compose import make_column_selector, make_column_transformer
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder

    stand_in("pyspark")
    rows = customers(1000)
    folder = tmp_path / "warehouse/customers/date=2026-11-25"
    folder.mkdir(parents=True)
    rows.drop(columns="churned").to_parquet(folder / "part-0.parquet")
    model = make_pipeline(
        make_column_transformer(
            (SimpleImputer(), make_column_selector(dtype_include="number")),
            (OneHotEncoder(), make_column_selector(dtype_exclude="number")),
        ),
        LogisticRegression(max_iter=1000),
    ).fit(rows[["tenure_months", "monthly_spend", "plan", "region"]], rows["churned"])
    loads = []
    # The executors' image holds the model at /models/; here it is the one trained above.
    monkeypatch.setattr(joblib, "load", lambda path: loads.append(path) or model)

    run_example("patterns/batch_serving.py")

    scores = pd.read_parquet(tmp_path / "warehouse/churn_scores/date=2026-11-25")
    assert sorted(scores["customer_id"]) == sorted(rows["customer_id"])
    expected = dict(zip(rows["customer_id"], model.predict_proba(rows[["tenure_months", "monthly_spend", "plan", "region"]])[:, 1]))
    assert all(abs(expected[k] - p) < 1e-9 for k, p in zip(scores["customer_id"], scores["churn_probability"]))
    assert loads == ["/models/churn-v7.joblib"] * 3, "the model is loaded once per partition"
