"""Model deployment: a sticky canary that grows in steps while its
metrics hold, and a log of which version answered whom."""

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import joblib
import pandas as pd

# Notebook parameters (src/model/data/stages.ts).
canary_fraction = 0.1

# Each step is held long enough to measure the guardrails.
STEPS = [canary_fraction, 0.25, 0.5, 1.0]
GUARDRAILS = {"error_rate": 0.01, "p95_latency_ms": 200.0}
share = STEPS[0]

# Registry aliases: promoting or rolling back moves a name.
ALIASES = {"champion": "7", "challenger": "8"}
MODELS = {version: joblib.load(f"models/trained/v{version}/model.joblib")
          for version in set(ALIASES.values())}
PREDICTION_LOG: list[dict] = []


def version_for(customer_id: str) -> str:
    # Sticky: the id's hash decides, so a customer always meets
    # the same version and the two groups can be compared.
    digest = hashlib.sha256(customer_id.encode()).hexdigest()
    if int(digest[:8], 16) / 16**8 < share:
        return ALIASES["challenger"]
    return ALIASES["champion"]


def predict(customer_id: str, features: dict) -> dict:
    version = version_for(customer_id)
    row = pd.DataFrame([features])
    probability = float(MODELS[version].predict_proba(row)[0, 1])
    PREDICTION_LOG.append({
        "customer_id": customer_id,
        "model_version": version,
        "probability": probability,
        "logged_at": datetime.now(timezone.utc),
        **features,
    })
    return {"churn_probability": probability,
            "model_version": version}


def advance(metrics: dict) -> float:
    """After a step: the next share, or a roll back."""
    global share
    if any(metrics[name] > limit for name, limit in GUARDRAILS.items()):
        roll_back()
    elif share < STEPS[-1]:
        share = next(s for s in STEPS if s > share)
        if share == 1.0:  # all traffic: the new version is the champion
            ALIASES["champion"] = ALIASES["challenger"]
    return share


def roll_back() -> None:
    # One step: the canary's customers return to the champion.
    global share
    share = 0.0
    ALIASES["challenger"] = ALIASES["champion"]


def flush_log() -> Path:
    # Data collection reads this folder on its next run, and joins
    # the outcomes when they arrive.
    folder = Path("data/prediction-log/")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    path = folder / f"{stamp}.parquet"
    pd.DataFrame(PREDICTION_LOG).to_parquet(path, index=False)
    PREDICTION_LOG.clear()
    return path
