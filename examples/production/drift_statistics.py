"""Three drift statistics on one feature, and where each one misleads.

The reference sample stands for the feature at training time (say, monthly spend); the
current samples stand for what the deployed model sees in one monitoring window."""

import numpy as np
from scipy.spatial.distance import jensenshannon
from scipy.stats import ks_2samp


def bin_shares(reference, current, bins=10):
    """Shares of each sample in bins cut at the reference's deciles (open-ended at both ends)."""
    edges = np.quantile(reference, np.linspace(0, 1, bins + 1))
    edges[0], edges[-1] = -np.inf, np.inf
    ref = np.histogram(reference, edges)[0] / len(reference)
    cur = np.histogram(current, edges)[0] / len(current)
    # An empty bin would make the logarithm infinite; a floor keeps PSI finite.
    return np.clip(ref, 1e-4, None), np.clip(cur, 1e-4, None)


def psi(reference, current, bins=10):
    """Population Stability Index: sum over bins of (current - reference) * ln(current / reference)."""
    ref, cur = bin_shares(reference, current, bins)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def js_distance(reference, current, bins=10):
    """Jensen-Shannon distance (base 2, so between 0 and 1) between the binned shares."""
    ref, cur = bin_shares(reference, current, bins)
    return float(jensenshannon(ref, cur, base=2))


def report(name, reference, current):
    ks = ks_2samp(reference, current)
    row = {
        "psi": psi(reference, current),
        "js": js_distance(reference, current),
        "ks": float(ks.statistic),
        "ks_p": float(ks.pvalue),
    }
    print(f"{name:<22} PSI {row['psi']:.3f}  JS {row['js']:.3f}  KS {row['ks']:.3f} (p = {row['ks_p']:.2g})")
    return row


# The demonstration runs when the file is run; drift_metrics.py imports psi without it.
if __name__ == "__main__":
    rng = np.random.default_rng(7)
    reference = rng.normal(50, 10, 5_000)

    results = {
        # Same distribution, a fresh sample: nothing should fire.
        "stable": report("stable", reference, rng.normal(50, 10, 5_000)),
        # The mean moved by most of a standard deviation and the spread grew: real drift.
        "drifted": report("drifted", reference, rng.normal(58, 12, 5_000)),
        # A shift of 0.02 standard deviations on a million rows: no one would retrain for it,
        # yet the KS test is all but certain it is real, because its p-value shrinks with sample size.
        "trivial, huge sample": report(
            "trivial, huge sample", rng.normal(50, 10, 1_000_000), rng.normal(50.2, 10, 1_000_000)
        ),
    }

    # Nothing changed, but each window holds only 50 rows: 10 bins of about 5 rows each are noisy, and
    # PSI adds that noise up as if it were drift. KS, with its p-value, allows for the small sample.
    small_windows = [rng.normal(50, 10, 50) for _ in range(200)]
    psi_false_alarms = np.mean([psi(reference, w) > 0.2 for w in small_windows])
    ks_false_alarms = np.mean([ks_2samp(reference, w).pvalue < 0.05 for w in small_windows])
    print(f"stable, 50-row windows: PSI > 0.2 in {psi_false_alarms:.0%}, KS p < 0.05 in {ks_false_alarms:.0%}")
