"""The guide's sample data: the churn customers its stage pages and pipeline-type pages name, in
their columns (customer_id, tenure_months, monthly_spend, plan, region, churned), and the loan
applications of the Fairness Lens page. Examples whose library cannot be installed here run their
own functions on these tables."""

import numpy as np
import pandas as pd


def customers(n: int = 600, seed: int = 0) -> pd.DataFrame:
    """Churn data in the columns the stage examples name; short tenure and the basic plan churn more."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "customer_id": np.arange(1, n + 1),
        "tenure_months": rng.integers(1, 60, n).astype(float),
        "monthly_spend": rng.gamma(3.0, 20.0, n),
        "plan": rng.choice(["basic", "pro"], n),
        "region": rng.choice(["north", "south", "east"], n),
    })
    risk = 2.5 - frame["tenure_months"] / 8 + (frame["plan"] == "basic") * 1.0
    frame["churned"] = rng.random(n) < 1 / (1 + np.exp(-risk))
    frame.loc[rng.choice(n, n // 50, replace=False), "monthly_spend"] = np.nan
    return frame


def loans(n: int = 6000, seed: int = 0) -> pd.DataFrame:
    """The loan applications the Fairness Lens page slices by age band (its example's columns:
    age_band, repaid); income and debt decide repayment, age band does not."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({
        "applicant_id": np.arange(1, n + 1),
        "age_band": rng.choice(["18-29", "30-49", "50+"], n),
        "income_k": rng.gamma(4.0, 12.0, n),
        "debt_ratio": rng.beta(2.0, 5.0, n),
    })
    ability = 0.06 * frame["income_k"] - 6.0 * frame["debt_ratio"]
    frame["repaid"] = rng.random(n) < 1 / (1 + np.exp(-ability))
    return frame
