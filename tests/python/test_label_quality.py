"""The training-data page's example (production/label_quality.py) on the guide's churn table: each
figure the page states is recomputed here and compared with the page's words."""

import re
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from guide_data import customers

PAGE = Path(__file__).resolve().parents[2] / "content/production/training-data-and-labels.mdx"
EXAMPLE = "production/label_quality.py"


def page_figure(pattern: str) -> float:
    """A number the page states, found by the words around it (line breaks read as spaces)."""
    match = re.search(pattern, re.sub(r"\s+", " ", PAGE.read_text(encoding="utf-8")))
    assert match, f"{PAGE.name} no longer states /{pattern}/; update the page or this test"
    return float(match.group(1).replace(",", ""))


@pytest.fixture(scope="module")
def churn():
    frame = customers(int(page_figure(r"churn table: ([\d,]+) customers")), seed=1)
    return frame, frame["churned"].to_numpy().astype(int)


def annotate(truth, error_rate, seed):
    """An annotator who gets each customer wrong with the given chance, independently of the other."""
    rng = np.random.default_rng(seed)
    return np.where(rng.random(len(truth)) < error_rate, 1 - truth, truth)


def test_kappa_matches_scikit_learn_and_sits_well_below_raw_agreement(run_example, churn):
    kappa = run_example(EXAMPLE)["kappa"]
    _, y = churn
    a, b = annotate(y, 0.10, 3), annotate(y, 0.10, 4)
    assert kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))
    # Three classes, one never used by an annotator: the same as scikit-learn still.
    c = np.array([0, 1, 2, 2, 1, 0, 1]); d = np.array([0, 1, 1, 2, 1, 1, 1])
    assert kappa(c, d) == pytest.approx(cohen_kappa_score(c, d))
    assert kappa(y, y) == 1.0
    agreement = page_figure(r"agree on about (\d+) % of customers") / 100
    stated = page_figure(r"kappa</Term> is only about (0\.\d+)")
    assert abs(np.mean(a == b) - agreement) < 0.02
    assert abs(kappa(a, b) - stated) < 0.03
    # Annotators who guess at their own base rates agree often and score about zero.
    rng = np.random.default_rng(5)
    guess_a, guess_b = (rng.random(len(y)) < 0.8).astype(int), (rng.random(len(y)) < 0.8).astype(int)
    assert np.mean(guess_a == guess_b) > 0.6 and abs(kappa(guess_a, guess_b)) < 0.05


def test_labelling_functions_report_coverage_and_a_rule_no_better_than_the_base_rate(run_example, churn):
    names = run_example(EXAMPLE)
    frame, y = churn
    votes = names["apply_lfs"](frame)
    summary = names["lf_summary"](votes, y)
    assert ((summary[["coverage", "overlap", "conflict"]] >= 0) & (summary[["coverage", "overlap", "conflict"]] <= 1)).all().all()
    assert (summary["overlap"] >= summary["conflict"]).all() and (summary["coverage"] >= summary["overlap"]).all()
    # The page: the spend rule is as accurate as calling everyone a stayer, the others are far better.
    assert abs(summary.loc["lf_big_spender", "accuracy"] - (1 - y.mean())) < 0.04
    assert (summary.drop(index="lf_big_spender")["accuracy"] > 0.8).all()
    churn_rate = page_figure(r"churn rate in this table is (\d+) %") / 100
    assert abs(y.mean() - churn_rate) < 0.01

    vote = names["majority_vote"](votes)
    covered = vote != names["ABSTAIN"]
    assert abs(covered.mean() - page_figure(r"labels (\d+) % of customers") / 100) < 0.01
    assert abs(np.mean(vote[covered] == y[covered]) - page_figure(r"of which (\d+) % correctly") / 100) < 0.01
    # Without the uninformative rule the vote covers less but is right more often.
    without = names["majority_vote"](votes.drop(columns="lf_big_spender"))
    kept = without != names["ABSTAIN"]
    assert kept.sum() < covered.sum()
    assert np.mean(without[kept] == y[kept]) > np.mean(vote[covered] == y[covered])


def test_uncertainty_sampling_beats_random_sampling_for_the_same_budget(run_example, churn):
    names = run_example(EXAMPLE)
    frame, y = churn
    X = names["features"](frame)
    # The page: 20 random customers first, 10 more a round, 30 runs, a budget of 40.
    assert names["label_in_rounds"].__defaults__ == (20, 10)
    assert names["compare_sampling"].__defaults__[0] == 30
    small = names["compare_sampling"](X, y, int(page_figure(r"budget of (\d+) labels")))
    large = names["compare_sampling"](X, y, 100)
    assert small["uncertainty"] > small["random"] + 0.01
    assert small["uncertainty"] - small["random"] > large["uncertainty"] - large["random"]
    assert abs(small["uncertainty"] - page_figure(r"uncertainty sampling scores (\d+\.\d) %") / 100) < 0.001
    assert abs(small["random"] - page_figure(r"random sampling (\d+\.\d) %") / 100) < 0.001
    cut = int(len(y) * 0.75)
    everything = names["fit"](X[:cut], y[:cut]).score(X[cut:], y[cut:])
    assert abs(everything - page_figure(r"all [\d,]+ labels reach (\d+) %") / 100) < 0.01
    assert page_figure(r"all ([\d,]+) labels reach") == cut


def test_out_of_fold_probabilities_find_flipped_labels_far_above_chance(run_example, churn):
    names = run_example(EXAMPLE)
    frame, y = churn
    X = names["features"](frame)
    rng = np.random.default_rng(7)
    flipped = rng.choice(len(y), len(y) // 20, replace=False)
    noisy = y.copy()
    noisy[flipped] = 1 - noisy[flipped]
    flagged = names["likely_label_errors"](X, noisy)
    assert len(flagged) == len(y) // 20
    hits = int(np.isin(flagged, flipped).sum())
    assert hits == page_figure(r"(\d+) of the 100 customers it ranks first")
    assert hits > 5 * 5  # five times what 100 customers drawn at random would hold
