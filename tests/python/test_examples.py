"""Each runnable example does what its page says. Examples that read files get small files made
here, in the columns the example names; every other example makes its own data."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

rng = np.random.default_rng(0)


def customers(n: int = 400) -> pd.DataFrame:
    frame = pd.DataFrame({
        "id": np.arange(n),
        "tenure_months": rng.integers(1, 60, n).astype(float),
        "monthly_spend": rng.gamma(3.0, 20.0, n),
        "plan": rng.choice(["basic", "pro"], n),
        "region": rng.choice(["north", "south", "east"], n),
    })
    frame["churned"] = (frame["tenure_months"] < 12) | (rng.random(n) < 0.1)
    frame.loc[rng.choice(n, 20, replace=False), "monthly_spend"] = np.nan
    return frame


def test_useful_overfitting_fits_the_simulator_almost_exactly(run_example):
    names = run_example("patterns/useful_overfitting.py")
    X, y = names["X"], names["y"]
    errors = np.abs(names["emulator"].predict(X) - y)
    # Near zero: under 3 % of the outputs' span, against 50 % when predicting the mean.
    assert errors.max() < 0.03 * np.ptp(y)
    assert np.abs(y - y.mean()).max() > 0.5 * np.ptp(y)


def test_windowed_inference_scores_each_flight_once_from_earlier_flights_only(run_example):
    names = run_example("patterns/windowed_inference.py")
    flights, scored, features = names["flights"], names["scored"], names["features"]
    assert scored["id"].is_unique
    assert len(features) == len(flights) and features["id"].is_unique
    later = flights[flights["departure"].dt.hour >= 16]
    assert sorted(scored["id"]) == sorted(later["id"])
    for row in features.sample(80, random_state=0).itertuples():
        earlier = flights[
            (flights["airport"] == row.airport)
            & (flights["departure"] < row.departure)
            & (flights["departure"] >= row.departure - pd.Timedelta(names["WINDOW"]))
        ]
        expected = earlier["delay_minutes"].mean() if len(earlier) else 0.0
        assert row.recent_delay == pytest.approx(expected)


def test_transform_travels_with_the_model_and_handles_a_missing_income(run_example, data_dir):
    frame = customers().rename(columns={"tenure_months": "age", "monthly_spend": "income", "region": "country"})
    frame["country"] = frame["country"].map({"north": "NL", "south": "ES", "east": "PL"})
    frame.drop(columns="id").to_csv(data_dir() / "train.csv", index=False)
    names = run_example("patterns/transform.py")
    probabilities = names["served"].predict_proba(
        pd.DataFrame([{"age": 41, "income": None, "country": "NL", "plan": "pro"}])
    )
    assert probabilities.shape == (1, 2) and np.isfinite(probabilities).all()


def test_bridged_schema_spreads_old_card_payments_over_credit_and_debit(run_example, data_dir):
    pd.DataFrame({"payment_type": ["cash", "card", "card", "cash"]}).to_parquet(data_dir() / "payments_2025.parquet")
    pd.DataFrame({"payment_type": ["credit", "credit", "credit", "debit", "cash"]}).to_parquet(data_dir() / "payments_2026.parquet")
    training = run_example("patterns/bridged_schema.py")["training"]
    assert list(training.columns) == ["cash", "credit", "debit"]
    assert training.iloc[1].tolist() == pytest.approx([0.0, 0.75, 0.25])
    assert training.sum(axis=1).tolist() == pytest.approx([1.0] * 9)


def test_heuristic_benchmark_reports_both_errors(run_example, data_dir, capsys):
    n = 600
    frame = pd.DataFrame({
        "zone": rng.integers(0, 5, n),
        "hour": rng.integers(8, 20, n),
        "distance_km": rng.uniform(0.5, 8, n),
        "items": rng.integers(1, 6, n),
    })
    frame["minutes"] = 10 + 3 * frame["distance_km"] + 2 * frame["zone"] + rng.normal(0, 2, n)
    frame[:450].to_parquet(data_dir() / "deliveries_train.parquet")
    frame[450:].to_parquet(data_dir() / "deliveries_test.parquet")
    run_example("patterns/heuristic_benchmark.py")
    out = capsys.readouterr().out
    assert "heuristic MAE:" in out and "model MAE:" in out


def test_continued_evaluation_triggers_retraining_when_the_auc_drops(run_example, data_dir, capsys):
    n = 2000
    timestamp = pd.Timestamp("2026-09-01") + pd.to_timedelta(rng.uniform(0, 8 * 7, n), unit="D")
    churned = rng.random(n) < 0.3
    late = timestamp > pd.Timestamp("2026-10-20")
    # Good predictions at first; in the last weeks the model no longer separates the classes.
    probability = np.where(late, rng.random(n), np.clip(churned * 0.6 + rng.random(n) * 0.4, 0, 1))
    pd.DataFrame({"key": np.arange(n), "timestamp": timestamp, "probability": probability}).to_parquet(
        data_dir("logs") / "predictions.parquet"
    )
    pd.DataFrame({"key": np.arange(n), "churned": churned}).to_parquet(data_dir("labels") / "outcomes.parquet")
    names = run_example("patterns/continued_model_evaluation.py")
    assert names["weekly_auc"].iloc[0] > 0.9
    assert "triggering the training pipeline" in capsys.readouterr().out


def test_repeatable_splitting_puts_a_date_in_the_same_split_every_time(run_example, data_dir):
    dates = pd.date_range("2025-01-01", periods=365, freq="D")
    pd.DataFrame({"departure_date": np.repeat(dates, 3), "delay": rng.normal(size=365 * 3)}).to_parquet(
        data_dir() / "flights.parquet"
    )
    first = run_example("patterns/repeatable_splitting.py")["flights"]
    second = run_example("patterns/repeatable_splitting.py")["flights"]
    assert first["split"].tolist() == second["split"].tolist()
    assert first.groupby("departure_date")["split"].nunique().max() == 1
    shares = first["split"].value_counts(normalize=True)
    assert shares["train"] == pytest.approx(0.8, abs=0.06)


def test_model_pipeline_learns_from_the_processing_stages_splits(run_example, data_dir):
    frame = customers()
    frame[frame["id"] % 5 != 0].to_parquet(data_dir("data/splits") / "train.parquet")
    frame[frame["id"] % 5 == 0].to_parquet(data_dir("data/splits") / "test.parquet")
    names = run_example("pipeline-types/model_pipeline.py")
    assert names["churn_model"].score(names["X_test"], names["y_test"]) > 0.8


def test_hashed_feature_gives_an_unseen_airport_a_valid_bucket(run_example):
    names = run_example("patterns/hashed_feature.py")
    assert names["hashed_bucket"]("XNA") == names["hashed_bucket"]("XNA")
    assert 0 <= names["hashed_bucket"]("XNA") < names["NUM_BUCKETS"]


def test_reframing_predicts_a_distribution_over_the_buckets(run_example):
    names = run_example("patterns/reframing.py")
    assert len(names["probabilities"]) == len(names["LABELS"])
    assert names["probabilities"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    "example",
    ["patterns/cascade.py", "patterns/ensembles.py", "patterns/feature_cross.py", "patterns/neutral_class.py"],
)
def test_example_runs(run_example, example):
    assert run_example(example)


def test_cascade_trains_the_specialist_on_what_the_router_sends_it(run_example):
    names = run_example("patterns/cascade.py")
    predicted = names["predict_spend"](names["X"])
    bulk = names["is_bulk"] == 1
    assert predicted[bulk].mean() > 5 * predicted[~bulk].mean()


def test_rebalancing_finds_the_rare_class(run_example):
    names = run_example("patterns/rebalancing.py")
    found = names["model"].predict(names["X_test"])[names["y_test"] == 1]
    assert found.mean() > 0.5


def test_neutral_class_labels_disagreement_as_neutral(run_example):
    reviews = run_example("patterns/neutral_class.py")["reviews"]
    assert reviews["label"].tolist() == ["positive", "negative", "neutral", "neutral"]


def test_hyperparameter_search_scores_well_on_held_out_data(run_example):
    names = run_example("patterns/hyperparameter_tuning.py")
    assert names["search"].score(names["X_test"], names["y_test"]) > 0.9


def test_explainable_predictions_rank_the_driving_feature_first_and_ignore_the_noise(run_example):
    names = run_example("patterns/explainable_predictions.py")
    importance = dict(zip(names["X_test"].columns, names["importance"].importances_mean))
    assert max(importance, key=importance.get) == "size_m2"
    assert abs(importance["door_colour"]) < 0.01
    assert names["explanation"].values.shape == (1, 3)


def test_drift_statistics_flag_real_drift_and_mislead_where_the_page_says(run_example):
    names = run_example("production/drift_statistics.py")
    results = names["results"]
    # Stable: nothing fires. Drifted: PSI past the usual 0.2 line, KS certain.
    assert results["stable"]["psi"] < 0.1 and results["stable"]["ks_p"] > 0.05
    assert results["drifted"]["psi"] > 0.2 and results["drifted"]["ks_p"] < 1e-6
    assert results["drifted"]["js"] > 5 * results["stable"]["js"]
    # A trivial shift on a million rows: KS flags it, PSI does not.
    trivial = results["trivial, huge sample"]
    assert trivial["ks_p"] < 1e-6 and trivial["ks"] < 0.02 and trivial["psi"] < 0.01
    # Small windows of an unchanged feature: PSI raises false alarms often, KS at about its 5 % level.
    assert names["psi_false_alarms"] > 0.25
    assert names["ks_false_alarms"] < 0.1


def test_drift_metrics_publish_the_scores_the_page_names_and_a_rule_that_agrees_with_them(run_example, data_dir, monkeypatch):
    from guide_data import customers
    from prometheus_client.parser import text_string_to_metric_families

    # The guide's churn data: training rows, and a week whose spend rose by half (a price change).
    data = data_dir()
    customers(600, seed=0).to_parquet(data / "train.parquet")
    week = customers(600, seed=1)
    week["monthly_spend"] *= 1.5
    week.to_parquet(data / "predictions_last_7d.parquet")
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "examples/production"))

    names = run_example("production/drift_metrics.py")
    text = Path("textfile_collector/churn_drift.prom").read_text()
    samples = {
        (s.name, s.labels.get("feature")): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    # What the page says the file holds: spend past the line, tenure (unchanged) well under it.
    assert samples[("churn_feature_psi", "monthly_spend")] > names["PSI_ALERT"]
    assert 0.3 < samples[("churn_feature_psi", "monthly_spend")] < 0.5
    assert samples[("churn_feature_psi", "tenure_months")] < 0.1
    assert samples[("churn_window_rows", None)] == 600
    assert samples[("churn_feature_psi", "monthly_spend")] == pytest.approx(names["scores"]["monthly_spend"])

    # The rule reads the metrics the job writes, with the job's own line and minimum window.
    expr = next(line.split("expr:", 1)[1].strip() for line in names["ALERT_RULES"].splitlines() if "expr:" in line)
    assert "churn_feature_psi" in expr and "churn_window_rows" in expr
    assert f"> {names['PSI_ALERT']}" in expr and f">= {names['MIN_ROWS']}" in expr
    assert "for: 1d" in names["ALERT_RULES"]

    # A 50-row window of unchanged data: the job still publishes a score, and its row count is what
    # keeps the rule from firing on it.
    small = Path("small.prom")
    names["publish_drift"](customers(600, seed=0), customers(600, seed=2).head(50), small)
    rows = next(s.value for f in text_string_to_metric_families(small.read_text()) for s in f.samples if s.name == "churn_window_rows")
    assert rows == 50 < names["MIN_ROWS"]


def test_behaviour_tests_pass_on_a_sound_model_and_catch_a_broken_one(run_example):
    path = Path(__file__).resolve().parents[2] / "examples/production/test_model_behaviour.py"
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
    assert "3 passed" in run.stdout
    names = run_example("production/test_model_behaviour.py")
    customers = names["make_customers"](n=200, seed=1).drop(columns="churned")

    # A model that learned region: the invariance test must fail.
    biased = names["make_customers"]()
    biased["churned"] = biased["region"] == "south"
    with pytest.raises(AssertionError, match="region="):
        names["test_region_does_not_change_the_prediction"](names["train"](biased), customers)

    # A model that learned the opposite of the expected direction: the directional test must fail.
    backwards = names["make_customers"]()
    backwards["churned"] = backwards["support_calls"] == 0
    with pytest.raises(AssertionError):
        names["test_more_support_calls_never_lower_the_churn_risk"](names["train"](backwards), customers)
def churn_table(n: int = 600) -> pd.DataFrame:
    local = np.random.default_rng(7)
    tenure = local.integers(1, 72, n)
    spend = local.normal(60, 20, n).round(2)
    churned = (local.random(n) < 1 / (1 + np.exp((tenure - 24) / 8 - (spend - 60) / 40))).astype(int)
    return pd.DataFrame({"customer_id": np.arange(n), "tenure_months": tenure, "monthly_spend": spend, "churned": churned})


def test_content_addressed_snapshot_reproduces_the_recorded_metrics_after_the_source_changes(run_example, data_dir):
    churn_table().to_parquet(data_dir() / "customers.parquet")
    names = run_example("production/content_addressed_snapshots.py")
    run = names["first_run"]
    # The source was rewritten, yet the run rebuilt from its recorded hash scores exactly the same.
    assert names["todays_hash"] != run["data_sha256"]
    assert names["reproduced"] == run["metrics"]
    assert run["metrics"]["test_auc"] > 0.6
    # Today's data is a different dataset: training on it is a different run, not a reproduction.
    assert names["train"](pd.read_parquet("data/customers.parquet"), run["params"]) != run["metrics"]
    # The run record on disk holds everything needed to reproduce it.
    [record] = Path("runs").glob("*.json")
    assert json.loads(record.read_text()) == run


def test_content_addressed_snapshot_refuses_a_modified_snapshot(run_example, data_dir):
    churn_table().to_parquet(data_dir() / "customers.parquet")
    names = run_example("production/content_addressed_snapshots.py")
    stored = Path("snapshots") / f"{names['first_run']['data_sha256']}.parquet"
    churn_table().head(100).to_parquet(stored)
    with pytest.raises(ValueError, match="modified after it was recorded"):
        names["reproduce"](names["first_run"])


class _RunsOnLoad:
    """What a hostile model file can hold: unpickling it calls any function with any arguments."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_model_files_load_without_running_code_check_their_hash_and_log_no_raw_ids(run_example, tmp_path):
    import pickle

    from guide_data import customers

    names = run_example("production/model_files.py")
    frame = customers(400)
    features = ["tenure_months"]
    model = LogisticRegression().fit(frame[features], frame["churned"])

    # The page's claim about pickle: loading the file runs what the file says.
    marker = tmp_path / "ran-on-load"
    hostile = pickle.dumps(_RunsOnLoad(marker))
    pickle.loads(hostile)
    assert marker.exists()

    # Weights only: the same predictions after the round trip, checked against the recorded hash.
    path = tmp_path / "weights.npz"
    digest = names["save_weights"](model, path)
    assert json.loads(path.with_suffix(".json").read_text()) == {"sha256": digest}
    loaded = names["load_weights"](path, digest)
    assert np.array_equal(loaded.predict_proba(frame[features]), model.predict_proba(frame[features]))

    # One changed byte fails the hash check before anything is loaded.
    tampered = bytearray(path.read_bytes())
    tampered[-1] ^= 1
    path.write_bytes(bytes(tampered))
    with pytest.raises(ValueError, match="sha256 differs from the record"):
        names["load_weights"](path, digest)

    # A file that smuggles a Python object is refused by allow_pickle=False, with a good hash too.
    smuggled = tmp_path / "smuggled.npz"
    np.savez(smuggled, coef=np.array([_RunsOnLoad(tmp_path / "never")], dtype=object), intercept=model.intercept_, classes=model.classes_, features=np.array(features))
    with pytest.raises(ValueError, match="allow_pickle"):
        names["load_weights"](smuggled, names["sha256"](smuggled))
    assert not (tmp_path / "never").exists()

    # The log keeps a join key but no raw id or email; another key gives other tokens.
    log = frame.assign(email=[f"c{i}@example.com" for i in frame["customer_id"]]).head(50)
    safe = names["pseudonymise"](log, b"key-one")
    assert "email" not in safe.columns
    assert not set(safe["customer_id"]) & {str(i) for i in log["customer_id"]}
    assert safe["customer_id"].tolist() == names["pseudonymise"](log, b"key-one")["customer_id"].tolist()
    assert safe["customer_id"].nunique() == log["customer_id"].nunique()
    assert set(safe["customer_id"]).isdisjoint(names["pseudonymise"](log, b"key-two")["customer_id"])


def _guide_glossary(folder: Path) -> None:
    """Writes the guide's glossary (src/model/data/glossary.ts) as glossary.json, the corpus the example reads."""
    import os

    root = Path(__file__).resolve().parents[2]
    script = f"import {{ glossary }} from {json.dumps(str(root / 'src/model/data/glossary.ts'))}; console.log(JSON.stringify(glossary));"
    out = subprocess.run([os.environ.get("NODE", "node"), "--input-type=module", "-e", script],
                         check=True, capture_output=True, text=True)
    (folder / "glossary.json").write_text(out.stdout)


def test_llm_operations_scores_retrieval_prices_answers_and_catches_a_judges_position_bias(run_example, tmp_path):
    _guide_glossary(tmp_path)
    names = run_example("production/llm_operations.py")
    chunks = names["load_glossary"]()
    relevant = list(chunks["id"])
    questions = ["What is " + t.lower() + "?" for t in chunks["term"]]
    ranked = names["retrieve"](chunks, questions, 5)

    # recall@k and MRR as defined: checked against a count by hand.
    recall = {k: names["recall_at_k"](ranked, relevant, k) for k in (1, 3, 5)}
    assert recall[1] == sum(r[0] == want for r, want in zip(ranked, relevant)) / len(relevant)
    assert recall[1] <= recall[3] <= recall[5]
    mrr = names["mean_reciprocal_rank"](ranked, relevant)
    assert recall[1] <= mrr <= recall[5]
    # The page: TF-IDF beats a ranking in random order, and still misses definitions in its top five,
    # because a definition rarely repeats the name of its term.
    rng = np.random.default_rng(0)
    shuffled = [list(rng.permutation(relevant)[:5]) for _ in relevant]
    assert recall[5] > 2 * names["recall_at_k"](shuffled, relevant, 5)
    assert recall[5] < 1

    # The page: re-embedding cost grows with the corpus; the retrieved context is over half an answer's cost.
    assert names["reembedding_cost"](2_000_000, 0.10) == pytest.approx(2 * names["reembedding_cost"](1_000_000, 0.10))
    answer = names["cost_per_answer"](400, 1500, 250, price_in=1.0, price_out=4.0)
    assert answer == pytest.approx((1900 * 1.0 + 250 * 4.0) / 1e6)
    without_context = names["cost_per_answer"](400, 0, 250, price_in=1.0, price_out=4.0)
    assert (answer - without_context) / answer > 0.5

    # The page: an unbiased judge's first-shown answer wins about half the time; a biased judge's,
    # far more often, and swapping the order shows it as more verdicts that flip.
    pairs = np.random.default_rng(1).normal(0, 1, (400, 2))
    fair, biased = names["swap_test"](pairs, 0.0), names["swap_test"](pairs, 1.0)
    assert 0.45 < fair["first_shown_wins"] < 0.55
    assert biased["first_shown_wins"] > 0.65
    assert biased["flip_rate"] > fair["flip_rate"] + 0.1
    # Counting only verdicts that agree in both orders, a and b (the same in either position) win alike.
    assert abs(biased["a_wins"] - biased["b_wins"]) < 0.1
