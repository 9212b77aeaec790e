"""The infrastructure-and-cost page's worked calculation: every figure the page states is what
examples/production/serving_cost.py computes, and the expected scale-to-zero cost it uses agrees with
a simulation of random arrivals written here independently."""

import re
from pathlib import Path

import numpy as np

PAGE = Path(__file__).resolve().parents[2] / "content/production/infrastructure-and-cost.mdx"


def page_figure(pattern: str) -> float:
    """A number the page states, found by the words around it (commas as thousands separators)."""
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    match = re.search(pattern, text)
    assert match, f"{PAGE.name} no longer states /{pattern}/; update the page or this test"
    return float(match.group(1).replace(",", ""))


def test_the_break_even_traffic_the_page_states_is_the_examples(run_example, capsys):
    names = run_example("production/serving_cost.py")
    assert page_figure(r"kept warm for 10 minutes.*?at about ([\d,]+) requests a day") == round(names["even"][10])
    assert page_figure(r"two minutes moves it only to about ([\d,]+)") == round(names["even"][2])
    # Below the break-even scaling to zero is cheaper than one replica all day; above it, dearer.
    one_replica = names["always_on_cost"](1)
    assert names["scale_to_zero_cost"](names["even"][10] / 3)[0] < one_replica < names["scale_to_zero_cost"](names["even"][10] * 3)[0]
    assert "requests a day" in capsys.readouterr().out


def test_the_busy_day_figures_are_the_autoscalers(run_example):
    names = run_example("production/serving_cost.py")
    assert page_figure(r"fixed provisioning pays for (\d+) replica-hours") == names["fixed"]
    assert page_figure(r"the autoscaler for ([\d.]+)") == round(names["scaled"], 1)
    assert page_figure(r"(\d+) % less") == round(100 * (1 - names["scaled"] / names["fixed"]))
    assert page_figure(r"short of capacity for (\d+) minutes") == names["short"]
    # Scaling down only to the highest count of the window never runs fewer replicas than the load needs.
    wanted = names["replicas_for"](names["per_minute"](names["busy"]))
    assert np.all(names["running"] >= wanted)


def test_the_batch_figures_are_the_examples(run_example):
    names = run_example("production/serving_cost.py")
    assert page_figure(r"scores a million customers in ([\d.]+) instance-hours") == round(names["batch_cost"](), 2)
    assert page_figure(r"([\d,]+) million inputs a night") == round(names["batch_limit"] / 1e6)
    table = names["per_1000"].set_index("requests a day")
    # Where answers can be computed ahead, batch is the cheapest per prediction used from 1,000 a day up,
    # and autoscaling never costs more than fixed provisioning.
    assert (table.loc[1_000:, "batch"] < table.loc[1_000:, ["always on", "autoscaled", "scale to zero"]].min(axis=1)).all()
    assert (table["autoscaled"] <= table["always on"]).all()


def test_the_expected_scale_to_zero_cost_matches_random_arrivals(run_example):
    names = run_example("production/serving_cost.py")
    rng = np.random.default_rng(7)
    daily, keep_warm, days = 300, names["KEEP_WARM_MINUTES"], 400
    counts = rng.poisson(np.tile(names["per_minute"](daily), days))
    # A replica runs in a minute if a request arrived in it or in the keep_warm - 1 minutes before.
    last = np.maximum.accumulate(np.where(counts > 0, np.arange(counts.size), -10**9))
    alive = np.arange(counts.size) - last < keep_warm
    starts = (counts > 0) & ~np.concatenate([[False], alive[:-1]])
    minutes = alive.sum() + starts.sum() * names["COLD_START_MINUTES"]
    simulated = minutes / days / 60 * names["SCALE_TO_ZERO_PRICE"]
    expected, _ = names["scale_to_zero_cost"](daily)
    assert abs(simulated - expected) / expected < 0.03, (simulated, expected)
