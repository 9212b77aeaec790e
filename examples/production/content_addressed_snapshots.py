"""Content-addressed data snapshots: a run records the hash of the exact bytes it trained on,
and any later run can rebuild the model from that hash and get the same metrics."""
import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

STORE = Path("snapshots")  # immutable: one file per content hash
RUNS = Path("runs")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> str:
    """Copy the file into the store under its own hash; the same bytes always give the same name."""
    digest = sha256_of(path)
    STORE.mkdir(exist_ok=True)
    target = STORE / f"{digest}.parquet"
    if not target.exists():
        shutil.copyfile(path, target)
    return digest


def load_snapshot(digest: str) -> pd.DataFrame:
    """Read a snapshot, refusing one whose bytes no longer match its name."""
    path = STORE / f"{digest}.parquet"
    if sha256_of(path) != digest:
        raise ValueError(f"snapshot {digest[:12]} was modified after it was recorded")
    return pd.read_parquet(path)


def code_version() -> str:
    # A git commit in a real project; here the hash of this file stands in for it.
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def train(data: pd.DataFrame, params: dict) -> dict:
    is_test = data["customer_id"] % 5 == 0  # the same test rows on every run
    features = ["tenure_months", "monthly_spend"]
    model = LogisticRegression(C=params["C"], max_iter=params["max_iter"])
    model.fit(data.loc[~is_test, features], data.loc[~is_test, "churned"])
    scores = model.predict_proba(data.loc[is_test, features])[:, 1]
    return {"test_auc": round(float(roc_auc_score(data.loc[is_test, "churned"], scores)), 6)}


def train_and_record(raw: Path, params: dict) -> dict:
    digest = snapshot(raw)
    run = {"data_sha256": digest, "code_version": code_version(), "params": params}
    run["metrics"] = train(load_snapshot(digest), params)
    RUNS.mkdir(exist_ok=True)
    (RUNS / f"{digest[:12]}-{code_version()}.json").write_text(json.dumps(run, indent=2))
    return run


def reproduce(run: dict) -> dict:
    """Rebuild from what the run recorded, never from whatever the source holds today."""
    if run["code_version"] != code_version():
        raise ValueError("check out the recorded code version first")
    return train(load_snapshot(run["data_sha256"]), run["params"])


raw = Path("data/customers.parquet")
first_run = train_and_record(raw, {"C": 1.0, "max_iter": 200})

# The source table moves on: late labels arrive for new customers and the file is rewritten.
today = pd.read_parquet(raw)
today.loc[today["tenure_months"] < 6, "churned"] = 1
today.to_parquet(raw)
todays_hash = sha256_of(raw)

reproduced = reproduce(first_run)
print(f"recorded data {first_run['data_sha256'][:12]}, today's data {todays_hash[:12]}")
print(f"recorded metrics {first_run['metrics']}, reproduced {reproduced}")
assert reproduced == first_run["metrics"]
