# %% work
# A synthetic churn snapshot with a fixed seed: customers of a subscription service, one row each,
# seen in the window that ends on snapshot_date. Nothing is downloaded.
import hashlib
import json
from datetime import date, timedelta

import numpy as np
import pandas as pd

SOURCE = "synthetic-crm"
EXPECTED_ROWS = 2000
end = date.fromisoformat(snapshot_date)
start = end - timedelta(days=lookback_days)
rng = np.random.default_rng(7)
n = EXPECTED_ROWS
tenure = rng.integers(1, 72, n)
charges = rng.normal(65, 20, n).clip(15, 150).round(2)
calls = rng.poisson(1.5, n)
contract = rng.choice(["monthly", "annual"], n, p=[0.6, 0.4])
logit = -1.0 - 0.04 * tenure + 0.02 * (charges - 65) + 0.5 * calls + 1.2 * (contract == "monthly")
churned = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
raw = pd.DataFrame({
    "id": [f"c{i:05d}" for i in range(n)],
    "seen_on": [start + timedelta(days=int(d)) for d in rng.integers(0, lookback_days + 1, n)],
    "tenure_months": tenure,
    "monthly_charges": charges,
    "support_calls": calls,
    "contract": contract,
    "label": churned,
    "labelled_by": "billing-system: cancelled within 30 days",
})
if include_prediction_log and Path(input_prediction_log).exists():
    print("prediction log found: late ground truth joins through the same columns")
    raw = pd.concat([raw, pd.read_parquet(input_prediction_log)[raw.columns]], ignore_index=True)
else:
    print("no prediction log yet (first run): collecting the source only")

# %% work
# Written once, never overwritten: the snapshot's content hash and provenance go beside it.
out = Path(output_raw_data)
out.mkdir(parents=True, exist_ok=True)
raw.to_parquet(out / "part-0.parquet", index=False)
digest = hashlib.sha256((out / "part-0.parquet").read_bytes()).hexdigest()
provenance = {"source": SOURCE, "query": "all customers seen in window", "window": [start.isoformat(), end.isoformat()],
              "rows": len(raw), "sha256": digest}
(out / "_provenance.json").write_text(json.dumps(provenance, indent=1))
print(provenance)

# %% check: Every source answered and delivered the expected number of rows
assert len(raw) >= EXPECTED_ROWS, f"{SOURCE} delivered {len(raw)} rows, expected at least {EXPECTED_ROWS}"

# %% check: The snapshot is immutable and has a version or content hash
assert hashlib.sha256((out / "part-0.parquet").read_bytes()).hexdigest() == provenance["sha256"]

# %% check: Provenance (source, query, time window) is stored with the snapshot
stored = json.loads((out / "_provenance.json").read_text())
assert {"source", "query", "window"} <= stored.keys(), f"provenance lacks {({'source', 'query', 'window'} - stored.keys())}"
assert raw["seen_on"].between(start, end).all(), "rows outside the collection window"

# %% check: Labels, when collected, come with who labelled them and how
assert raw["labelled_by"].notna().all(), "labels without their origin"
