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
