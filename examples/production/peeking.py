"""The peeking problem: checking a fixed-horizon A/B test every day and stopping at the first
p < 0.05 finds "significant" differences far more often than 5 % of the time when none exists.

Each simulated test is an A/A test: both groups churn at 8 %, so every significant result is a
false positive. The test was planned for 28 days of renewals."""

import numpy as np
from scipy.stats import norm

ALPHA = 0.05
DAYS = 28
CUSTOMERS_PER_GROUP_PER_DAY = 500
CHURN = 0.08
RUNS = 4_000

rng = np.random.default_rng(2026)
# Churned customers per group per day, then running totals: what a dashboard shows each morning.
daily_a = rng.binomial(CUSTOMERS_PER_GROUP_PER_DAY, CHURN, (RUNS, DAYS))
daily_b = rng.binomial(CUSTOMERS_PER_GROUP_PER_DAY, CHURN, (RUNS, DAYS))
churned_a, churned_b = daily_a.cumsum(axis=1), daily_b.cumsum(axis=1)
n = CUSTOMERS_PER_GROUP_PER_DAY * np.arange(1, DAYS + 1)

pooled = (churned_a + churned_b) / (2 * n)
z = (churned_a - churned_b) / n / np.sqrt(pooled * (1 - pooled) * 2 / n)
p_values = 2 * norm.sf(np.abs(z))  # one p-value per test and day

# As planned: one look, on the last day.
fixed_horizon = float(np.mean(p_values[:, -1] < ALPHA))
# Peeking: stop on the first day p < 0.05.
peeking = float(np.mean((p_values < ALPHA).any(axis=1)))
# Looking daily with the threshold divided by the number of looks (Bonferroni) keeps the rate
# under 5 %, at the price of power; sequential tests do better (see the page).
bonferroni = float(np.mean((p_values < ALPHA / DAYS).any(axis=1)))
first_false_alarm = np.argmax(p_values < ALPHA, axis=1)[(p_values < ALPHA).any(axis=1)] + 1

print(f"false positive rate, one look on day {DAYS}:      {fixed_horizon:.1%}")
print(f"false positive rate, daily looks, stop at p<0.05: {peeking:.1%}")
print(f"false positive rate, daily looks at p<0.05/{DAYS}:   {bonferroni:.1%}")
print(f"median day of the first false alarm when peeking: {np.median(first_false_alarm):.0f}")
