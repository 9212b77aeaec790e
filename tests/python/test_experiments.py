"""The shift-and-experiments page's examples: the A/B test size it states matches the formula and a
simulation's power, and peeking inflates the false positive rate past the figure the page gives."""

import re
from pathlib import Path

import numpy as np
from scipy.stats import norm

PAGE = Path(__file__).resolve().parents[2] / "content/production/shift-and-experiments.mdx"


def page_figure(pattern: str) -> float:
    """A number the page states, found by the words around it (commas as thousands separators)."""
    match = re.search(pattern, PAGE.read_text(encoding="utf-8"))
    assert match, f"{PAGE.name} no longer states /{pattern}/; update the page or this test"
    return float(match.group(1).replace(",", ""))


def two_proportion_size(p1: float, p2: float, alpha: float, power: float) -> float:
    """Written again here, independently of the example: Fleiss's normal approximation."""
    z_a, z_b = norm.ppf(1 - alpha / 2), norm.ppf(power)
    p_bar = (p1 + p2) / 2
    return (z_a * np.sqrt(2 * p_bar * (1 - p_bar)) + z_b * np.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2


def test_the_sample_size_the_page_states_is_the_formulas_and_has_the_power_it_promises(run_example, capsys):
    names = run_example("production/ab_test_power.py")
    stated = page_figure(r"The formula gives ([\d,]+) customers per group")
    exact = two_proportion_size(0.08, 0.07, 0.05, 0.80)
    assert names["n"] == stated
    assert abs(stated - exact) < 1, (stated, exact)
    # The simulated power at that size is the 80 % asked for, within sampling error of 4,000 runs.
    assert abs(names["power"] - 0.80) < 0.02
    # Too small a sample must lose power: the check can fail.
    assert names["simulated_power"](0.08, 0.07, int(stated) // 2) < 0.6
    assert "customers per group" in capsys.readouterr().out


def test_halving_the_effect_roughly_quadruples_the_sample(run_example):
    names = run_example("production/ab_test_power.py")
    plan = names["plan"].set_index("target churn")["customers per group"]
    assert 3.8 < plan[0.075] / plan[0.07] < 4.4
    # "three months" at 1,000 renewals a day
    assert 80 <= names["plan"].set_index("target churn")["days at 1,000 renewals a day"][0.075] <= 100


def test_the_sample_ratio_check_passes_a_small_imbalance_and_flags_a_broken_split(run_example):
    srm = run_example("production/ab_test_power.py")["sample_ratio_p_value"]
    assert 0.05 < srm(10_120, 9_880) < 0.15
    assert srm(10_300, 9_700) < 0.001


def test_peeking_daily_inflates_false_positives_past_what_the_page_says(run_example):
    names = run_example("production/peeking.py")
    stated = page_figure(r"finds one in more than (\d+) % of them") / 100
    assert names["peeking"] > stated
    assert names["peeking"] > 3 * 0.05
    # One look at the planned size keeps the promised 5 %, within sampling error of 4,000 A/A tests.
    assert abs(names["fixed_horizon"] - 0.05) < 0.015
    # The divided threshold stays under 5 %.
    assert names["bonferroni"] < 0.05
    assert np.median(names["first_false_alarm"]) <= 7
