"""The stage pages' examples (examples/pipeline/) do what their pages say, on small data made here."""

import json

import joblib
import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.compose import ColumnTransformer

from guide_data import customers


def test_data_collection_writes_a_snapshot_once_with_its_provenance(run_example, data_dir, tmp_path):
    days = pd.date_range("2026-10-01", "2026-11-30", freq="6h")
    orders = pd.DataFrame({"order_id": np.arange(len(days)), "ordered_at": days, "amount": 10.0})
    orders.to_csv(data_dir("exports") / "orders.csv", index=False)
    names = run_example("pipeline/data_collection.py")  # collects snapshot_date, 2026-11-29
    snapshot = tmp_path / "data/raw/2026-11-29"
    provenance = json.loads((snapshot / "_provenance.json").read_text())
    written = pd.read_parquet(snapshot)
    # 30 days up to and including 2026-11-29, four orders a day; nothing after the snapshot date.
    assert provenance["rows"] == len(written) == 30 * 4
    assert written["ordered_at"].max() < pd.Timestamp("2026-11-30")
    assert provenance["from"] == "2026-10-31" and len(provenance["sha256"]) == 64
    with pytest.raises(FileExistsError):
        names["collect"]("exports/orders.csv", "2026-11-29", 30)
    with pytest.raises(ValueError, match="no rows"):
        names["collect"]("exports/orders.csv", "2027-06-01", 30)


def test_data_validation_passes_good_data_and_stops_on_bad_data_with_a_report(run_example, data_dir, tmp_path):
    raw = customers().drop(columns="region")
    raw.to_parquet(data_dir("data/raw") / "customers.parquet")
    run_example("pipeline/data_validation.py")
    assert json.loads((tmp_path / "reports/validation.json").read_text())["passed"] is True
    assert len(pd.read_parquet(tmp_path / "data/validated/")) == len(raw)

    bad = raw.copy()
    bad.loc[0, "tenure_months"] = -3.0  # out of range
    bad.loc[1, "plan"] = "enterprise"  # unknown category
    bad.loc[: len(bad) // 10, "monthly_spend"] = np.nan  # 10 % missing, over the 5 % threshold
    bad.to_parquet(tmp_path / "data/raw/customers.parquet")
    (tmp_path / "data/validated/customers.parquet").unlink()
    with pytest.raises(SystemExit, match="data validation failed"):
        run_example("pipeline/data_validation.py")
    assert not (tmp_path / "data/validated/customers.parquet").exists()
    report = json.loads((tmp_path / "reports/validation.json").read_text())
    assert report["passed"] is False
    failed = {(f["column"], f["failure_case"]) for f in report["failures"]}
    assert ("tenure_months", "-3.0") in failed and ("plan", "enterprise") in failed
    assert any(f["column"] == "monthly_spend" and "few_missing" in f["check"] for f in report["failures"])


def test_data_processing_keeps_each_customer_in_one_split_and_fits_on_training_rows(run_example, data_dir, tmp_path):
    frame = customers(300)
    monthly = pd.concat([frame.assign(month=m) for m in range(4)], ignore_index=True)  # four rows per customer
    monthly.loc[monthly["month"] == 3, "monthly_spend"] *= 10  # later rows differ, so a leak would show in the mean
    monthly.to_parquet(data_dir("data/validated") / "customers.parquet")
    run_example("pipeline/data_processing.py")
    splits = {name: pd.read_parquet(tmp_path / f"data/splits/{name}.parquet") for name in ("train", "validation", "test")}
    ids = [set(s["customer_id"]) for s in splits.values()]
    assert all(a.isdisjoint(b) for i, a in enumerate(ids) for b in ids[i + 1:])
    assert len(splits["test"]) / len(monthly) == pytest.approx(0.2, abs=0.07)

    transform = joblib.load(tmp_path / "models/transform.joblib")
    scaler = transform.named_transformers_["numbers"][-1]
    train = splits["train"]
    assert scaler.mean_[0] == pytest.approx(train["tenure_months"].mean())
    assert scaler.mean_[0] != pytest.approx(monthly["tenure_months"].mean(), abs=1e-9)

    first = {name: s["customer_id"].tolist() for name, s in splits.items()}
    run_example("pipeline/data_processing.py")
    assert first == {name: pd.read_parquet(tmp_path / f"data/splits/{name}.parquet")["customer_id"].tolist() for name in first}


def test_model_building_and_training_register_a_model_that_beats_the_baselines(run_example, data_dir, tmp_path, capsys):
    customers(1500).to_parquet(data_dir("data/validated") / "customers.parquet")
    run_example("pipeline/data_processing.py")
    run_example("pipeline/model_building.py")
    printed = capsys.readouterr().out
    assert "most frequent class" in printed and "rule: tenure under 12 months" in printed
    candidate = dict(line.split(": ", 1) for line in (tmp_path / "models/candidate.yaml").read_text().splitlines())
    assert float(candidate["cv_score"]) > float(candidate["baseline_score"])

    run_example("pipeline/training_evaluation.py")
    report = json.loads((tmp_path / "reports/evaluation.json").read_text())
    assert set(report) == {"overall", "north", "south", "east", "passed"}
    slices_ok = all(report[r]["model"] >= report[r]["baseline"] for r in ("north", "south", "east"))
    assert report["passed"] == (report["overall"]["model"] >= report["overall"]["baseline"] + 0.01 and slices_ok)
    assert (tmp_path / "models/registered-version.json").exists() == report["passed"]
    assert "production" not in report["overall"], "nothing is in production before the first registration"


def test_training_scores_the_model_in_production_on_the_same_rows_and_registers_versions_with_their_evidence(run_example, data_dir, tmp_path):
    import hashlib

    from sklearn.ensemble import HistGradientBoostingClassifier

    customers(800).to_parquet(data_dir("data/validated") / "customers.parquet")
    for example in ("pipeline/data_processing.py", "pipeline/model_building.py", "pipeline/training_evaluation.py"):
        run_example(example)
    registry = tmp_path / "models/registered-version.json"
    first = json.loads(registry.read_text())
    assert first["version"] == 1 and first["previous_version"] is None
    splits = sorted((tmp_path / "data/splits").glob("*.parquet"))
    assert first["data_sha256"] == hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in splits)).hexdigest()

    # Same data again: the new model is scored next to version 1, matches it, and becomes version 2.
    run_example("pipeline/training_evaluation.py")
    report = json.loads((tmp_path / "reports/evaluation.json").read_text())
    assert report["overall"]["production"] == pytest.approx(report["overall"]["model"])
    second = json.loads(registry.read_text())
    assert (second["version"], second["previous_version"]) == (2, 1)
    assert (tmp_path / first["model"]).exists() and first["model"] != second["model"]

    # A model in production that the new one cannot beat (it has seen the test rows): nothing is registered.
    test = pd.read_parquet(tmp_path / "data/splits/test.parquet")
    features = ["tenure_months", "monthly_spend", "plan"]
    strong = make_pipeline(joblib.load(tmp_path / "models/transform.joblib"), HistGradientBoostingClassifier(max_depth=None, min_samples_leaf=1))
    joblib.dump(strong.fit(test[features], test["churned"]), tmp_path / second["model"])
    run_example("pipeline/training_evaluation.py")
    report = json.loads((tmp_path / "reports/evaluation.json").read_text())
    assert report["overall"]["production"] > report["overall"]["model"] and report["passed"] is False
    assert json.loads(registry.read_text())["version"] == 2


def test_model_building_stops_when_no_candidate_beats_the_baseline(run_example, data_dir):
    frame = customers(600)
    frame["churned"] = frame["tenure_months"] < 12  # the rule is perfect; no model can beat it
    frame.to_parquet(data_dir("data/validated") / "customers.parquet")
    run_example("pipeline/data_processing.py")
    with pytest.raises(SystemExit, match="no candidate beats the best baseline"):
        run_example("pipeline/model_building.py")


def test_model_deployment_canary_is_sticky_logged_and_rolled_back_in_one_step(run_example, data_dir, tmp_path):
    frame = customers(400)
    features = ["tenure_months", "plan"]
    for version in ("7", "8"):
        model = make_pipeline(
            ColumnTransformer([("plan", OneHotEncoder(), ["plan"])], remainder="passthrough"), LogisticRegression()
        ).fit(frame[features], frame["churned"])
        joblib.dump(model, data_dir(f"models/trained/v{version}") / "model.joblib")
    names = run_example("pipeline/model_deployment.py")
    keys = [f"customer-{i}" for i in range(4000)]
    first = [names["version_for"](k) for k in keys]
    assert first == [names["version_for"](k) for k in keys]
    assert first.count("8") / len(keys) == pytest.approx(names["canary_fraction"], abs=0.02)

    for key in keys[:50]:
        names["predict"](key, {"tenure_months": 5.0, "plan": "basic"})
    log = pd.read_parquet(names["flush_log"]())
    assert log["customer_id"].tolist() == keys[:50]
    assert log["model_version"].tolist() == first[:50]

    names["roll_back"]()
    assert {names["version_for"](k) for k in keys} == {"7"}


def test_model_deployment_canary_grows_in_steps_while_its_metrics_hold_and_rolls_back_when_they_do_not(run_example, data_dir):
    frame = customers(400)
    for version in ("7", "8"):
        model = make_pipeline(
            ColumnTransformer([("plan", OneHotEncoder(), ["plan"])], remainder="passthrough"), LogisticRegression()
        ).fit(frame[["tenure_months", "plan"]], frame["churned"])
        joblib.dump(model, data_dir(f"models/trained/v{version}") / "model.joblib")
    names = run_example("pipeline/model_deployment.py")
    keys = [f"customer-{i}" for i in range(4000)]
    healthy = {"error_rate": 0.002, "p95_latency_ms": 120.0}

    # Not a fixed split: each step with healthy metrics raises the share, and nobody on the new version leaves it.
    on_new = {k for k in keys if names["version_for"](k) == "8"}
    shares = [names["canary_fraction"]]
    while shares[-1] < 1.0:
        shares.append(names["advance"](healthy))
        now = {k for k in keys if names["version_for"](k) == "8"}
        assert on_new <= now and len(now) / len(keys) == pytest.approx(shares[-1], abs=0.02)
        on_new = now
    assert shares == sorted(shares) and len(shares) >= 3 and shares[0] < 0.5
    assert {names["version_for"](k) for k in keys} == {"8"}

    # A step whose metrics break a guardrail sends everyone back to the champion.
    names = run_example("pipeline/model_deployment.py")
    names["advance"](healthy)
    assert names["advance"]({"error_rate": 0.05, "p95_latency_ms": 120.0}) == 0.0
    assert {names["version_for"](k) for k in keys} == {"7"}
