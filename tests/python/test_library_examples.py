"""The examples written for a library that cannot be installed here (Fairlearn, Feast, TensorFlow
with Keras, LiteRT) run on the guide's sample data (guide_data.py) through the stand-ins of
stand_ins.py: Fairlearn's metrics by group, Feast's point-in-time join and online store, a Keras
model's layers wired with their shapes and dtypes, a serving signature's Python body on arrays.
What each page says about its example is asserted here."""

import json
import urllib.request

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

from guide_data import customers, loans

# Fairlearn ------------------------------------------------------------------------------------


def loans_test_with_predictions(n: int = 12000) -> pd.DataFrame:
    """The guide's loans, a model trained on one half (income and debt only), its approvals on the other."""
    frame = loans(n)
    train, test = frame.iloc[: n // 2], frame.iloc[n // 2:].copy()
    model = LogisticRegression().fit(train[["income_k", "debt_ratio"]], train["repaid"])
    test["approved"] = model.predict(test[["income_k", "debt_ratio"]])
    return test


def test_fairness_lens_compares_missed_good_applicants_across_age_bands_and_passes_a_fair_model(run_example, stand_in, data_dir):
    stand_in("fairlearn")
    test = loans_test_with_predictions()
    test.to_parquet(data_dir() / "loans_test_with_predictions.parquet")
    by_age = run_example("patterns/fairness_lens.py")["by_age"]

    assert list(by_age.by_group.index) == sorted(test["age_band"].unique())
    for band, rows in test.groupby("age_band"):
        good = rows[rows["repaid"]]
        # "Missed good applicants": of those who repaid, the share the model declined.
        assert by_age.by_group.loc[band, "missed_good_applicants"] == pytest.approx((~good["approved"]).mean())
        assert by_age.by_group.loc[band, "approval_rate"] == pytest.approx(rows["approved"].mean())
    gap = by_age.by_group["missed_good_applicants"]
    assert by_age.difference()["missed_good_applicants"] == pytest.approx(gap.max() - gap.min())


def test_fairness_lens_stops_a_model_that_declines_good_young_applicants_more_often(run_example, stand_in, data_dir):
    stand_in("fairlearn")
    test = loans_test_with_predictions()
    # A model that declines one good applicant in six under 30 whom it would otherwise approve.
    young_approved = test.index[(test["age_band"] == "18-29") & test["repaid"] & test["approved"]]
    test.loc[young_approved[::6], "approved"] = False
    test.to_parquet(data_dir() / "loans_test_with_predictions.parquet")
    with pytest.raises(AssertionError, match="gap too large"):
        run_example("patterns/fairness_lens.py")


# Feast ----------------------------------------------------------------------------------------


def feature_repo(tmp_path, data_dir, people: pd.DataFrame, now: pd.Timestamp) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A feature repository in the working folder: feature_store.yaml, daily snapshots of the guide's
    customers over the last five days (customers whose id ends in 0 stopped being updated four days
    ago), and churn labels at times within those days."""
    (tmp_path / "feature_store.yaml").write_text(
        "project: churn\nregistry: data/registry.db\nprovider: local\nonline_store:\n  type: sqlite\n  path: data/online_store.db\nentity_key_serialization_version: 3\n"
    )
    rng = np.random.default_rng(1)
    snapshots = []
    for days_ago in range(4, -1, -1):
        day = people if days_ago == 4 else people[people["customer_id"] % 10 != 0]
        orders = rng.poisson(3 + day["tenure_months"].to_numpy() / 10)
        snapshots.append(pd.DataFrame({
            "customer_id": day["customer_id"].to_numpy(),
            "event_timestamp": now - pd.Timedelta(days=days_ago, hours=1),
            "orders_30d": orders.astype("int64"),
            "avg_basket_eur": (day["monthly_spend"].to_numpy() / np.maximum(orders, 1)).astype("float32"),
        }))
    stats = pd.concat(snapshots, ignore_index=True)
    stats.to_parquet(data_dir() / "customer_stats.parquet")
    labels = pd.DataFrame({
        "customer_id": people["customer_id"],
        "event_timestamp": now - pd.to_timedelta(rng.uniform(0, 120, len(people)), unit="h"),
        "churned": people["churned"],
    })
    labels.to_parquet(data_dir() / "churn_labels.parquet")
    return stats, labels


def test_feature_store_trains_on_values_as_they_were_at_each_label_and_serves_the_latest(run_example, stand_in, tmp_path, data_dir):
    stand_in("feast")
    people = customers(1200)
    now = pd.Timestamp.now(tz="UTC")
    stats, labels = feature_repo(tmp_path, data_dir, people, now)
    names = run_example("patterns/feature_store.py")

    training = names["training"]
    assert len(training) == len(labels) and {"customer_id", "event_timestamp", "churned", "orders_30d", "avg_basket_eur"} <= set(training.columns)
    # Point in time: the latest snapshot at or before the label, at most the view's TTL (2 days) older.
    in_ns = {"event_timestamp": "datetime64[ns, UTC]"}
    expected = pd.merge_asof(
        labels.astype(in_ns).sort_values("event_timestamp"), stats.astype(in_ns).sort_values("event_timestamp"), on="event_timestamp",
        by="customer_id", direction="backward", tolerance=pd.Timedelta(days=2),
    ).set_index(["customer_id", "event_timestamp"])
    got = training.astype(in_ns).set_index(["customer_id", "event_timestamp"]).loc[expected.index]
    assert np.allclose(got["orders_30d"], expected["orders_30d"], equal_nan=True)
    assert got["orders_30d"].isna().any(), "no label fell before a customer's first snapshot or past the TTL"
    assert got["orders_30d"].notna().mean() > 0.5

    # Serving: customer 1001's newest snapshot, the one materialised last.
    newest = stats[stats["customer_id"] == 1001].sort_values("event_timestamp").iloc[-1]
    assert names["online"]["customer_id"] == [1001]
    assert names["online"]["orders_30d"] == [newest["orders_30d"]]
    assert names["online"]["avg_basket_eur"][0] == pytest.approx(newest["avg_basket_eur"])


# TensorFlow with Keras, LiteRT -------------------------------------------------------------------


class Predictor:
    """A trained model as `load_model` would return it: called on a float batch, one probability per row."""

    def __init__(self, model):
        self.model, self.calls = model, []

    def __call__(self, features, training=None):
        features = np.asarray(features)
        self.calls.append((features.dtype, features.shape, training))
        # As a network does, a row with a NaN gets a NaN, not an error.
        out = np.full((len(features), 1), np.nan, dtype=np.float32)
        known = ~np.isnan(features).any(axis=1)
        if known.any():
            out[known] = self.model.predict_proba(features[known])[:, 1:]
        return out


def layers_of(model, kind: str) -> list:
    return [layer for layer in model.layers if type(layer).__name__ == kind]


def test_embeddings_learns_one_vector_of_about_the_fourth_root_of_the_catalogue_per_product(run_example, stand_in):
    tf = stand_in("tensorflow")
    names = run_example("patterns/embeddings.py")
    products, size = names["NUM_PRODUCTS"], names["EMBEDDING_DIM"]
    # One trainable row per product id, reusable after training.
    assert names["product_vectors"].shape == (products, size)
    assert names["model"].get_layer("product_embedding").input_dim == products
    assert products ** 0.25 / 1.5 <= size <= products ** 0.25 * 1.5, "not roughly the fourth root of the vocabulary"
    [head] = [layer for layer in layers_of(names["model"], "Dense") if layer.units == 1]
    assert head.activation == "sigmoid" and names["model"].compiled.loss == "binary_crossentropy"
    assert tf.record.compiled == [names["model"]]


def test_multilabel_answers_one_yes_or_no_per_topic_with_per_topic_thresholds(run_example, stand_in):
    tf = stand_in("tensorflow")
    names = run_example("patterns/multilabel.py")
    model, topics, tags = names["model"], names["TOPICS"], names["tags"]
    # One sigmoid per label with binary cross-entropy, not softmax: the outputs need not sum to one.
    assert model.output_shape == (None, len(topics))
    assert layers_of(model, "Dense")[-1].activation == "sigmoid"
    assert model.compiled.loss == "binary_crossentropy"
    assert [m.multi_label for m in model.compiled.metrics] == [True]
    # The embedding has a row for every token id the vectoriser can emit (the stand-in checks the wiring).
    assert layers_of(model, "Embedding")[0].input_dim >= names["vectorize"].max_tokens
    assert set(names["THRESHOLDS"]) == set(topics)
    assert tags([0.9, 0.6, 0.1, 0.35]) == ["billing", "login", "refund"]
    assert tags([0.1] * 4) == [] and tags([0.99] * 4) == topics
    # The rarer topics get the lower cut-offs.
    assert names["THRESHOLDS"]["refund"] < names["THRESHOLDS"]["billing"]

    # As its comment says: adapt the vectoriser, then fit on multi-hot targets.
    tickets = np.array([["refund my invoice"], ["cannot log in"], ["parcel late and refund"]])
    targets = np.array([[1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 1]])
    with pytest.raises(ValueError, match="adapt"):
        model.fit(tickets, targets)
    names["vectorize"].adapt(tickets)
    model.fit(tickets, targets, epochs=2)
    assert tf.record.fits[-1].epochs == 2


def test_multimodal_input_joins_the_review_text_and_the_scaled_stars_into_one_vector(run_example, stand_in):
    tf = stand_in("tensorflow")
    names = run_example("patterns/multimodal_input.py")
    model = names["model"]
    assert [t.layer.name for t in model.inputs] == ["review", "stars"]
    [joined] = layers_of(model, "Concatenate")
    assert names["combined"].shape == (None, names["text_vector"].shape[-1] + names["stars_vector"].shape[-1])
    assert model.output_shape == (None, 1) and model.get_layer("helpful").activation == "sigmoid"
    reviews = np.array([["great fit, fast delivery"], ["broke after a week"], ["as described"]])
    stars = np.array([[5.0], [1.0], [3.0]])
    # Both branches' preprocessing learns from the training data first, as the example's comment says.
    names["vectorize"].adapt(reviews)
    with pytest.raises(ValueError, match="adapt"):
        model.fit([reviews, stars], np.array([1, 1, 0]))
    names["normalize"].adapt(stars)
    model.fit([reviews, stars], np.array([1, 1, 0]))
    assert tf.record.fits[-1].steps_per_epoch == 1


def test_distribution_strategy_builds_and_compiles_in_scope_and_scales_the_batch_with_the_replicas(run_example, stand_in, tmp_path):
    tf = stand_in("tensorflow")
    tf.record.gpus = 4  # a machine with four GPUs: four replicas
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "train.npz", x=rng.random((2000, 20), dtype=np.float32), y=(rng.random(2000) < 0.3).astype(np.float32))
    names = run_example("patterns/distribution_strategy.py")
    assert names["strategy"].num_replicas_in_sync == 4
    # Variables made in the strategy's scope are mirrored on every device.
    assert names["model"].in_scope and all(layer.in_scope for layer in names["model"].layers)
    [run] = tf.record.fits
    assert run.batch_size == 64 * 4 and run.steps_per_epoch == -(-2000 // 256) and run.epochs == 5


def test_checkpoints_back_up_every_thousand_steps_off_the_machine_and_keep_the_best_by_validation_loss(run_example, stand_in):
    tf = stand_in("tensorflow")
    names = run_example("patterns/checkpoints.py")
    [run] = tf.record.fits
    backup, best = names["callbacks"]
    # Saved every 1,000 steps, several times over the run: a crash loses at most 1,000 steps.
    assert backup.save_freq == 1000 and backup.saved_at_steps[:2] == [1000, 2000]
    assert len(backup.saved_at_steps) == run.total_steps // 1000 >= 5
    # On storage that outlives the machine, which may be pre-empted.
    assert backup.backup_dir.startswith("gs://")
    # The best by validation loss, which fit logs because part of the data is held out (the stand-in refuses otherwise).
    assert best.monitor == "val_loss" and best.save_best_only and "val_loss" in run.logs
    assert "{epoch" in best.filepath, "each kept checkpoint needs its own file"


def test_transfer_learning_trains_a_new_head_on_a_frozen_base_then_fine_tunes_the_top_layers_slowly(run_example, stand_in, tmp_path):
    tf = stand_in("tensorflow")
    for kind in ("blight", "healthy", "mildew", "rust", "scab"):
        (tmp_path / "leaves/train" / kind).mkdir(parents=True)
        for i in range(3):
            (tmp_path / "leaves/train" / kind / f"{i}.jpg").write_bytes(b"\xff\xd8\xff")
    names = run_example("patterns/transfer_learning.py")
    base, model = names["base"], names["model"]
    assert base.source.weights == "imagenet"
    # The new head has one output per class folder.
    assert layers_of(model, "Dense")[-1].units == len(names["train"].class_names) == 5
    first, second = tf.record.fits
    assert not any(first.trainable[base.name]), "the base was not frozen while the head trained"
    unfrozen = second.trainable[base.name]
    assert sum(unfrozen) == 20 and all(unfrozen[-20:]), "fine-tuning should unfreeze the last 20 layers only"
    # Recompiled after unfreezing (Keras reads trainable at compile), with a small learning rate.
    assert second.compiled is not first.compiled and second.compiled.optimizer.learning_rate <= 1e-4


def test_keyed_predictions_copy_each_key_to_its_own_prediction_whatever_the_order(run_example, stand_in):
    tf = stand_in("tensorflow")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 12)).astype(np.float32)
    fraud = Predictor(LogisticRegression().fit(X, X[:, 0] + X[:, 1] > 1.5))
    tf.saved_models["trained/fraud.keras"] = fraud
    run_example("patterns/keyed_predictions.py")
    [export] = tf.record.saved
    assert export.export_dir == "export/fraud/2"
    serve = export.signatures["serving_default"]

    order = rng.permutation(400)[:50]
    keys = np.array([f"txn-{i}" for i in order])
    out = serve(key=keys, features=X[order])
    assert out["key"].tolist() == keys.tolist()
    assert np.allclose(out["fraud_probability"], fraud.model.predict_proba(X[order])[:, 1], atol=1e-6)
    # The model sees the features only: the key is not an input to it.
    assert fraud.calls[-1][:2] == (np.float32, (50, 12))


def test_stateless_serving_function_answers_raw_fields_of_the_guides_customers_and_refuses_a_missing_one(run_example, stand_in):
    tf = stand_in("tensorflow")
    people = customers(600)
    known = people.dropna(subset=["monthly_spend"])
    churn = Predictor(LogisticRegression().fit(known[["tenure_months", "monthly_spend"]].to_numpy(np.float32), known["churned"]))
    tf.saved_models["trained/churn.keras"] = churn
    run_example("patterns/stateless_serving_function.py")
    [export] = tf.record.saved
    serve = export.signatures["serving_default"]
    # Raw fields, named as the guide's customer table names them, not one tensor of features.
    assert [spec.name for spec in serve.input_signature] == ["tenure_months", "monthly_spend"]
    assert all(spec.name in people.columns and spec.shape == [None] for spec in serve.input_signature)

    answer = serve(tenure_months=known["tenure_months"], monthly_spend=known["monthly_spend"])
    expected = churn.model.predict_proba(known[["tenure_months", "monthly_spend"]].to_numpy(np.float32))[:, 1]
    assert np.allclose(answer["churn_probability"], expected, atol=1e-6)
    assert (answer["will_churn"] == (expected > 0.5)).all()
    # Stateless: any replica, any order, the same answer for the same request.
    again = serve(tenure_months=known["tenure_months"][::-1], monthly_spend=known["monthly_spend"][::-1])
    assert np.allclose(again["churn_probability"][::-1], answer["churn_probability"])
    # A customer whose monthly_spend is missing (the guide's data has some) is refused, not answered "will not churn".
    missing = people[people["monthly_spend"].isna()].head(3)
    with pytest.raises(ValueError, match="monthly_spend is missing"):
        serve(tenure_months=missing["tenure_months"], monthly_spend=missing["monthly_spend"])


def test_two_phase_predictions_escalate_only_suspicious_readings_and_fall_back_to_the_device_offline(run_example, stand_in, data_dir, monkeypatch):
    tf = stand_in("tensorflow")
    rng = np.random.default_rng(0)
    readings = rng.normal(size=(600, 8)).astype(np.float32)
    small = Predictor(LogisticRegression().fit(readings, readings.sum(axis=1) > 4))
    tf.saved_models["models/is_anomalous_small.keras"] = small
    data_dir("device")
    sent = []

    class Answer:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def read(self):
            return b'{"anomaly": true, "kind": "bearing wear"}'

    def urlopen(request, timeout=None):
        sent.append((request.full_url, json.loads(request.data)))
        return Answer()

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    names = run_example("patterns/two_phase_predictions.py")
    [(_, _, optimizations)] = tf.record.converted
    assert optimizations == ["DEFAULT"], "the device model is not quantised"

    scores = small.model.predict_proba(readings)[:, 1]
    calm, odd = readings[scores.argmin()], readings[scores.argmax()]
    assert scores.min() < 0.2 < scores.max()
    assert names["predict"](calm) == {"anomaly": False, "phase": 1} and sent == []
    assert names["predict"](odd) == {"anomaly": True, "kind": "bearing wear", "phase": 2}
    assert sent == [("https://example.com/v1/diagnose", {"instances": [odd.tolist()]})]
    # Offline: the suspicious reading is acted on by the first phase alone.
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: (_ for _ in ()).throw(OSError("network unreachable")))
    assert names["predict"](odd) == {"anomaly": True, "phase": 1}
