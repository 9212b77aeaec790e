"""Data processing: all rows of a customer go to one split, chosen
by a hash of the customer's id, and the transform learns its
statistics from the training split only."""

import hashlib
from pathlib import Path

import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# Notebook parameters (src/model/data/stages.ts).
split_key = "customer_id"
test_fraction = 0.2
validation_fraction = 0.1


def split_of(key: object) -> str:
    # The same key gets the same bucket on every run and machine.
    digest = hashlib.sha256(str(key).encode()).hexdigest()
    bucket = int(digest, 16) % 1000 / 1000
    if bucket < test_fraction:
        return "test"
    if bucket < test_fraction + validation_fraction:
        return "validation"
    return "train"


numbers = make_pipeline(
    # add_indicator marks which spends were imputed
    SimpleImputer(strategy="median", add_indicator=True),
    StandardScaler(),
)
transform = ColumnTransformer([
    ("numbers", numbers, ["tenure_months", "monthly_spend"]),
    ("plan", OneHotEncoder(handle_unknown="ignore"), ["plan"]),
])

if __name__ == "__main__":
    rows = pd.read_parquet("data/validated/")
    rows["split"] = rows[split_key].map(split_of)
    # Medians, means and categories come from training rows only.
    transform.fit(rows[rows["split"] == "train"])

    Path("data/splits/").mkdir(parents=True, exist_ok=True)
    for name, part in rows.groupby("split"):
        part.to_parquet(f"data/splits/{name}.parquet", index=False)
    Path("models").mkdir(exist_ok=True)
    joblib.dump(transform, "models/transform.joblib")
