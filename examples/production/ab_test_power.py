"""How many customers an A/B test of a churn model needs, by formula and by simulation.

The guide's churn model picks which customers get a retention offer. A new version should lower
churn: 8 % of the customers reaching renewal leave today, and the test should detect a drop to 7 %.
The metric is a rate per customer, so each group is a sample of customers and the test compares
two proportions."""

import numpy as np
import pandas as pd
from scipy.stats import chisquare, norm

ALPHA = 0.05  # two-sided: a false alarm in either direction counts
POWER = 0.80  # chance of detecting the drop when it is real


def customers_per_group(baseline, target, alpha=ALPHA, power=POWER):
    """Sample size per group for a two-sided test of two proportions (normal approximation)."""
    z_alpha, z_power = norm.ppf(1 - alpha / 2), norm.ppf(power)
    pooled = (baseline + target) / 2
    spread_if_equal = np.sqrt(2 * pooled * (1 - pooled))
    spread_if_different = np.sqrt(baseline * (1 - baseline) + target * (1 - target))
    n = ((z_alpha * spread_if_equal + z_power * spread_if_different) / (baseline - target)) ** 2
    return int(np.ceil(n))


def z_test_p_values(churned_a, churned_b, n):
    """Two-sided p-values of the pooled two-proportion z-test, for arrays of churn counts out of n each."""
    pooled = (churned_a + churned_b) / (2 * n)
    se = np.sqrt(pooled * (1 - pooled) * 2 / n)
    z = (churned_a - churned_b) / n / se
    return 2 * norm.sf(np.abs(z))


def simulated_power(baseline, target, n, runs=4_000, seed=11):
    """Share of simulated tests, with the drop real, that reach p < ALPHA at the planned size."""
    rng = np.random.default_rng(seed)
    churned_a = rng.binomial(n, baseline, runs)
    churned_b = rng.binomial(n, target, runs)
    return float(np.mean(z_test_p_values(churned_a, churned_b, n) < ALPHA))


baseline, target = 0.08, 0.07
n = customers_per_group(baseline, target)
power = simulated_power(baseline, target, n)
print(f"churn {baseline:.0%} -> {target:.0%}: {n:,} customers per group; simulated power {power:.1%}")

# Halving the effect to detect roughly quadruples the sample: the size goes with 1 / effect².
plan = pd.DataFrame({"target churn": [0.06, 0.07, 0.075, 0.078]})
plan["customers per group"] = [customers_per_group(baseline, t) for t in plan["target churn"]]
plan["days at 1,000 renewals a day"] = np.ceil(2 * plan["customers per group"] / 1_000).astype(int)
print(plan.to_string(index=False))


def sample_ratio_p_value(group_a, group_b, share_a=0.5):
    """Sample ratio mismatch check: chi-squared p-value of the group sizes against the planned split."""
    total = group_a + group_b
    return float(chisquare([group_a, group_b], [total * share_a, total * (1 - share_a)]).pvalue)


# A guardrail on the test itself: 20,000 customers meant to be split 50/50.
for share in (0.506, 0.515):
    a = round(20_000 * share)
    print(f"split {a:,} / {20_000 - a:,}: sample ratio p = {sample_ratio_p_value(a, 20_000 - a):.2g}")
