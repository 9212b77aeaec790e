"""Label quality on the churn table: agreement between two
annotators, labelling functions combined by majority vote,
uncertainty sampling against random sampling for the same
label budget, and likely label errors from out-of-fold
predicted probabilities."""

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict

ABSTAIN = -1


def kappa(a, b) -> float:
    # Cohen (1960): agreement beyond what two annotators
    # labelling at their own base rates reach by chance.
    a, b = np.asarray(a), np.asarray(b)
    observed = np.mean(a == b)
    chance = sum(np.mean(a == k) * np.mean(b == k)
                 for k in np.union1d(a, b))
    return (observed - chance) / (1 - chance)


# Heuristics a churn analyst would write: 1 churns,
# 0 stays, ABSTAIN when the rule has nothing to say.
def lf_new_customer(c):
    return np.where(c.tenure_months < 6, 1, ABSTAIN)


def lf_basic_first_two_years(c):
    basic = (c.plan == "basic") & (c.tenure_months < 24)
    return np.where(basic, 1, ABSTAIN)


def lf_loyal(c):
    return np.where(c.tenure_months >= 36, 0, ABSTAIN)


def lf_big_spender(c):
    return np.where(c.monthly_spend > 90, 0, ABSTAIN)


LABELLING_FUNCTIONS = [lf_new_customer,
                       lf_basic_first_two_years,
                       lf_loyal, lf_big_spender]


def apply_lfs(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({f.__name__: f(frame)
                         for f in LABELLING_FUNCTIONS})


def lf_summary(votes, gold=None) -> pd.DataFrame:
    # Per rule: the share of customers it labels (coverage),
    # labels while another rule votes too (overlap), and
    # labels while another votes otherwise (conflict).
    rows = {}
    for name in votes:
        on = votes[name] != ABSTAIN
        rest = votes.drop(columns=name)
        other = rest != ABSTAIN
        clash = other & rest.ne(votes[name], axis=0)
        rows[name] = {
            "coverage": on.mean(),
            "overlap": (on & other.any(axis=1)).mean(),
            "conflict": (on & clash.any(axis=1)).mean(),
        }
        if gold is not None:
            right = votes[name][on] == gold[on]
            rows[name]["accuracy"] = right.mean()
    return pd.DataFrame(rows).T


def majority_vote(votes: pd.DataFrame) -> np.ndarray:
    churn = (votes == 1).sum(axis=1)
    stay = (votes == 0).sum(axis=1)
    out = np.where(churn > stay, 1, 0)
    # A tie, or no vote at all, stays unlabelled.
    return np.where(churn == stay, ABSTAIN, out)


def features(frame: pd.DataFrame) -> np.ndarray:
    spend = frame.monthly_spend
    spend = spend.fillna(spend.median())
    X = np.column_stack([frame.tenure_months,
                         frame.plan.eq("basic"), spend])
    return (X - X.mean(axis=0)) / X.std(axis=0)


def fit(X, y):
    return LogisticRegression(max_iter=1000).fit(X, y)


def label_in_rounds(X, y, budget, strategy, seed,
                    first=20, batch=10):
    # Pool-based active learning (Settles 2009): each round
    # the model picks which customers to send for labels.
    rng = np.random.default_rng(seed)
    labelled = list(rng.choice(len(y), first, replace=False))
    while len(labelled) < budget:
        pool = np.setdiff1d(np.arange(len(y)), labelled)
        if strategy == "uncertainty":
            p = fit(X[labelled], y[labelled]).predict_proba(
                X[pool])[:, 1]
            ask = pool[np.argsort(np.abs(p - 0.5))[:batch]]
        else:
            ask = rng.choice(pool, batch, replace=False)
        labelled += list(ask)
    return fit(X[labelled], y[labelled])


def compare_sampling(X, y, budget, runs=30, test_share=0.25):
    # The same budget, spent two ways, scored on customers
    # neither strategy could ask about.
    cut = int(len(y) * (1 - test_share))
    scores = {}
    for strategy in ("uncertainty", "random"):
        scores[strategy] = np.mean([
            label_in_rounds(X[:cut], y[:cut], budget,
                            strategy, seed)
            .score(X[cut:], y[cut:])
            for seed in range(runs)])
    return scores


def likely_label_errors(X, labels, share=0.05):
    # Out-of-fold: no customer's own label trains the model
    # that judges it. Lowest probability of the given label
    # first (cleanlab's "self_confidence" ranking).
    p = cross_val_predict(LogisticRegression(max_iter=1000),
                          X, labels, cv=5,
                          method="predict_proba")
    given = p[np.arange(len(labels)), labels]
    return np.argsort(given)[: int(share * len(labels))]
