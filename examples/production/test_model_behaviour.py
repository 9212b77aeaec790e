"""Behaviour tests for a churn model, run by pytest like any other unit test.

Each test states something the model must do whatever its accuracy: an invariance (a change that
must not move the prediction), a directional expectation (a change that must move it one way) and
a minimum-functionality case (an obvious input it must get right)."""

import numpy as np
import pandas as pd
import pytest
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_spend", "support_calls"]


def make_customers(n=2_000, seed=0):
    """Synthetic customers: churn depends on tenure and support calls, not on region."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "tenure_months": rng.integers(1, 72, n),
        "monthly_spend": rng.gamma(3.0, 20.0, n).round(2),
        "support_calls": rng.poisson(1.5, n),
        "region": rng.choice(["north", "south", "east"], n),
    })
    risk = 1.5 - 0.06 * frame["tenure_months"] + 0.7 * frame["support_calls"]
    frame["churned"] = rng.random(n) < 1 / (1 + np.exp(-risk))
    return frame


def train(frame):
    features = make_column_transformer(
        (StandardScaler(), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore"), ["region"]),
    )
    model = make_pipeline(features, LogisticRegression())
    return model.fit(frame.drop(columns="churned"), frame["churned"])


@pytest.fixture(scope="module")
def model():
    return train(make_customers())


@pytest.fixture(scope="module")
def customers():
    return make_customers(n=200, seed=1).drop(columns="churned")


def churn_probability(model, frame):
    return model.predict_proba(frame)[:, 1]


def test_region_does_not_change_the_prediction(model, customers):
    """Invariance: moving a customer to another region moves no probability by more than 0.05."""
    before = churn_probability(model, customers)
    for region in ["north", "south", "east"]:
        after = churn_probability(model, customers.assign(region=region))
        assert np.abs(after - before).max() < 0.05, f"region={region} changes a prediction"


def test_more_support_calls_never_lower_the_churn_risk(model, customers):
    """Directional expectation: two more support calls, everything else equal, never lower the risk."""
    before = churn_probability(model, customers)
    after = churn_probability(model, customers.assign(support_calls=customers["support_calls"] + 2))
    assert (after >= before).all()


def test_a_new_customer_who_keeps_calling_support_is_flagged(model):
    """Minimum functionality: the obvious case is predicted as churn."""
    case = pd.DataFrame([{"tenure_months": 2, "monthly_spend": 40.0, "support_calls": 6, "region": "north"}])
    assert churn_probability(model, case)[0] > 0.5
