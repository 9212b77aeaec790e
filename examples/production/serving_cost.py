"""What a prediction costs when it is served in batch, by an always-on endpoint, by an autoscaled one
and by one that scales to zero, for a day of traffic; and the traffic at which scaling to zero stops
paying. Every price is an input: put in your own, every cost scales with it."""

import numpy as np
import pandas as pd

PRICE_PER_HOUR = 1.00         # one replica (instance) for one hour; every cost below is a multiple of it
SCALE_TO_ZERO_PRICE = 1.50    # per replica-hour on a pay-per-use platform: an assumption, read your price list
TARGET_PER_SECOND = 40        # predictions one replica serves within the latency target (from a load test)
BATCH_PER_SECOND = 2_000      # predictions one instance scores per second when scoring a table in batches
BATCH_OVERHEAD_HOURS = 0.25   # a batch job's start-up, reading and writing, billed every run
ENTITIES = 1_000_000          # inputs the nightly batch job scores: every customer, asked for or not
KEEP_WARM_MINUTES = 10        # idle minutes before the last replica is removed
COLD_START_MINUTES = 1        # billed minutes to start a replica and load the model
STABILISATION_MINUTES = 5     # scale down to the highest replica count wanted in this window
STARTUP_MINUTES = 2           # a new replica serves this long after the autoscaler asks for it

# Share of a day's requests in each hour: quiet at night, a peak in the evening.
HOURLY_SHARE = np.array([1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5, 3.5, 4, 4.2, 4.4,
                         4.8, 4.6, 4.4, 4.5, 4.8, 5.5, 6.5, 7.5, 8, 7, 5, 2.5])
HOURLY_SHARE = HOURLY_SHARE / HOURLY_SHARE.sum()


def per_minute(daily):
    """Expected requests in each of the day's 1,440 minutes."""
    return np.repeat(daily * HOURLY_SHARE / 60, 60)


def replicas_for(requests_per_minute):
    """Replicas needed to serve a load within the latency target: never fewer than one."""
    return np.maximum(1, np.ceil(requests_per_minute / 60 / TARGET_PER_SECOND))


def batch_cost(entities=ENTITIES):
    """A nightly job scores every known input, whatever the traffic."""
    return (entities / BATCH_PER_SECOND / 3600 + BATCH_OVERHEAD_HOURS) * PRICE_PER_HOUR


def always_on_cost(daily):
    """Fixed provisioning: enough replicas for the busiest minute, all day."""
    return replicas_for(per_minute(daily)).max() * 24 * PRICE_PER_HOUR


def autoscale(daily, min_replicas=1):
    """Replicas per minute: up at once, down only to the highest count of the stabilisation window."""
    wanted = np.maximum(min_replicas, replicas_for(per_minute(daily)))
    running = pd.Series(np.tile(wanted, 2)).rolling(STABILISATION_MINUTES, min_periods=1).max().to_numpy()[1440:]
    # A replica asked for at minute t serves from t + STARTUP_MINUTES; until then the others carry the load.
    ready = np.minimum(running, np.roll(running, STARTUP_MINUTES))
    short = int(np.sum(ready * TARGET_PER_SECOND * 60 < per_minute(daily)))
    return running, short


def autoscaled_cost(daily):
    running, _ = autoscale(daily)
    return running.sum() / 60 * PRICE_PER_HOUR


def scale_to_zero_cost(daily, keep_warm=KEEP_WARM_MINUTES):
    """Expected cost when the last replica goes after `keep_warm` minutes without a request (Poisson arrivals)."""
    rate = per_minute(daily)
    window = np.convolve(np.tile(rate, 2), np.ones(keep_warm), mode="full")[1440:2880]
    alive = 1 - np.exp(-window)                      # a request in the last `keep_warm` minutes
    before = window - rate                           # requests expected in the minutes before this one
    cold_starts = (1 - np.exp(-rate)) * np.exp(-before)
    replica_minutes = np.sum(alive * replicas_for(rate)) + cold_starts.sum() * COLD_START_MINUTES
    return replica_minutes / 60 * SCALE_TO_ZERO_PRICE, float(cold_starts.sum())


def break_even(keep_warm=KEEP_WARM_MINUTES, low=1.0, high=1e7):
    """Daily requests at which scaling to zero costs as much as one replica that is always on."""
    for _ in range(60):
        mid = np.sqrt(low * high)
        low, high = (mid, high) if scale_to_zero_cost(mid, keep_warm)[0] < always_on_cost(1) else (low, mid)
    return low


per_1000 = pd.DataFrame({"requests a day": [100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000]})
for name, cost in [("batch", lambda d: batch_cost()), ("always on", always_on_cost),
                   ("autoscaled", autoscaled_cost), ("scale to zero", lambda d: scale_to_zero_cost(d)[0])]:
    per_1000[name] = [float(f"{cost(d) / d * 1000:.2g}") for d in per_1000["requests a day"]]
print("cost per 1,000 predictions used, in hours of PRICE_PER_HOUR:")
print(per_1000.to_string(index=False, float_format=lambda x: f"{x:g}"))

# The batch job's cost does not grow with traffic but with the inputs it scores.
batch_limit = (always_on_cost(1) / PRICE_PER_HOUR - BATCH_OVERHEAD_HOURS) * 3600 * BATCH_PER_SECOND
print(f"a nightly job scores {ENTITIES:,} inputs in {batch_cost() / PRICE_PER_HOUR:.2f} instance-hours, "
      f"and {batch_limit:,.0f} for the price of one always-on replica")

even = {minutes: break_even(minutes) for minutes in (KEEP_WARM_MINUTES, 2)}
for minutes, daily in even.items():
    print(f"kept warm {minutes} minutes, scale to zero costs as much as one always-on replica at {daily:,.0f} requests a day")

busy = 5_000_000
running, short = autoscale(busy)
fixed, scaled = always_on_cost(busy), autoscaled_cost(busy)
print(f"{busy:,} a day: fixed {fixed:.0f}, autoscaled {scaled:.1f} replica-hours "
      f"({1 - scaled / fixed:.0%} less), {short} minutes short while replicas start")
