import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

WINDOW = "60min"


def with_recent_delay(flights: pd.DataFrame) -> pd.DataFrame:
    """Adds the mean delay at the flight's airport over the hour that ends at its departure.

    The one definition of the window, used for training and for scoring: one row per flight,
    computed from earlier flights only, so nothing from its future leaks in.
    """
    ordered = flights.sort_values("departure", kind="stable").reset_index(drop=True)
    recent = (
        ordered.set_index("departure")
        .groupby("airport")["delay_minutes"]
        # closed="left": the window ends just before this departure, so its own delay is not in it.
        .transform(lambda delays: delays.rolling(WINDOW, closed="left").mean())
        .to_numpy()
    )
    return ordered.assign(recent_delay=np.nan_to_num(recent), hour=ordered["departure"].dt.hour)


# A day of departures at three airports, with delays that build up in the evening.
rng = np.random.default_rng(0)
n = 600
flights = pd.DataFrame({
    "id": np.arange(n),
    "airport": rng.choice(["AMS", "CDG", "FRA"], size=n),
    "departure": pd.Timestamp("2026-11-30") + pd.to_timedelta(rng.uniform(0, 24 * 60, n), unit="min"),
})
flights["delay_minutes"] = rng.gamma(2.0, 5.0, n) + 20 * (flights["departure"].dt.hour >= 17)

features = with_recent_delay(flights)
history = features[features["hour"] < 16]
model = LogisticRegression(max_iter=1000).fit(history[["hour", "recent_delay"]], history["delay_minutes"] > 30)

# Scoring: each later flight once, with the window that ends at it.
scored = features[features["hour"] >= 16].copy()
scored["late_probability"] = model.predict_proba(scored[["hour", "recent_delay"]])[:, 1]
print(scored[["id", "airport", "departure", "recent_delay", "late_probability"]].head())
