"""Model deployment: a canary that sends a fixed share of
customers to the new version, always the same customers, and a
prediction log that records which version answered whom."""

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import joblib
import pandas as pd

# Notebook parameters (src/model/stages.ts).
canary_fraction = 0.1

# Registry aliases: promoting or rolling back moves a name.
ALIASES = {"champion": "7", "challenger": "8"}
MODELS = {version: joblib.load(f"models/trained/v{version}.joblib")
          for version in set(ALIASES.values())}
PREDICTION_LOG: list[dict] = []


def version_for(customer_id: str) -> str:
    # Sticky: the id's hash decides, so a customer always meets
    # the same version and the two groups can be compared.
    digest = hashlib.sha256(customer_id.encode()).hexdigest()
    share = int(digest[:8], 16) / 16**8
    if share < canary_fraction:
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


def roll_back() -> None:
    # One step: the canary's customers return to the champion.
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
