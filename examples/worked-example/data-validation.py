# %% work
# The expected schema and reference profile are written down here, once, and never re-inferred
# from the data they check. Drift is the shift of a column's mean in reference standard deviations.
import json

import pandas as pd

SCHEMA = {"id": "str", "seen_on": "object", "tenure_months": "int64", "monthly_charges": "float64",
          "support_calls": "int64", "contract": "str", "label": "int64", "labelled_by": "str"}
RANGES = {"tenure_months": (0, 120), "monthly_charges": (0, 500), "support_calls": (0, 50), "label": (0, 1)}
CATEGORIES = {"contract": {"monthly", "annual"}}
REFERENCE = {"tenure_months": (36.0, 20.5), "monthly_charges": (65.0, 19.5), "support_calls": (1.5, 1.22)}
SERVING_FEATURES = ["tenure_months", "monthly_charges", "support_calls", "contract"]

raw = pd.read_parquet(input_raw_data)
failures = {}
missing_columns = sorted(set(SCHEMA) - set(raw.columns))
unexpected = sorted(set(raw.columns) - set(SCHEMA))
wrong_types = {c: str(raw[c].dtype) for c in SCHEMA if c in raw.columns and str(raw[c].dtype) != SCHEMA[c]}
if missing_columns or unexpected or wrong_types:
    failures["schema"] = ", ".join(part for part in (
        missing_columns and f"missing columns {missing_columns}", unexpected and f"unexpected columns {unexpected}",
        wrong_types and f"wrong types {wrong_types}") if part)
out_of_range = {c: int((~raw[c].between(lo, hi)).sum()) for c, (lo, hi) in RANGES.items() if c in raw.columns}
bad_categories = {c: sorted(set(raw[c].dropna()) - ok) for c, ok in CATEGORIES.items() if c in raw.columns}
if any(out_of_range.values()) or any(bad_categories.values()):
    failures["ranges"] = f"rows out of range {out_of_range}, unknown categories {bad_categories}"
missing_share = raw.isna().mean().to_dict()
too_sparse = {c: round(s, 3) for c, s in missing_share.items() if s > max_missing_fraction}
if too_sparse:
    failures["missing"] = f"missing share over {max_missing_fraction}: {too_sparse}"
drift = {c: abs(raw[c].mean() - mu) / sd for c, (mu, sd) in REFERENCE.items() if c in raw.columns}
drifted = {c: round(float(d), 3) for c, d in drift.items() if d > drift_threshold}
if drifted:
    failures["drift"] = f"mean shift over {drift_threshold} reference std: {drifted}"
skewed = [c for c in SERVING_FEATURES if c not in raw.columns]
if skewed:
    failures["skew"] = f"features the service sends are absent from training data: {skewed}"

report = {"rows": len(raw), "passed": not failures, "failures": failures,
          "drift": {c: round(float(d), 4) for c, d in drift.items()}}
Path(output_validation_report).parent.mkdir(parents=True, exist_ok=True)
Path(output_validation_report).write_text(json.dumps(report, indent=1))
print(json.dumps(report, indent=1))

# %% work
# A check that only warns lets bad data flow on: with fail_on_anomaly the run stops here, before
# validated data exists, so no later stage can read it.
if failures and fail_on_anomaly:
    raise RuntimeError("Data validation failed, nothing written downstream: "
                       + "; ".join(f"{k}: {v}" for k, v in failures.items()))
Path(output_validated_data).mkdir(parents=True, exist_ok=True)
raw.to_parquet(Path(output_validated_data) / "part-0.parquet", index=False)

# %% check: Columns, types and required fields match the expected schema
assert "schema" not in failures, failures.get("schema")

# %% check: Values lie in their expected ranges and categories
assert "ranges" not in failures, failures.get("ranges")

# %% check: Missing values stay under their threshold
assert "missing" not in failures, failures.get("missing")

# %% check: Distributions have not drifted from the reference snapshot
assert "drift" not in failures, failures.get("drift")

# %% check: Training data and serving data are not skewed against each other
assert "skew" not in failures, failures.get("skew")
