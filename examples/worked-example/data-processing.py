# %% work
# Each row's split comes from a hash of its key, so the same data always gives the same split and
# a customer never lands in two splits. The transform is the model pipeline's own (model_pipeline.py),
# fitted here on the training split only and saved for serving.
import hashlib

import joblib
import pandas as pd

from model_pipeline import make_transform

NUMERIC = ["tenure_months", "monthly_charges", "support_calls"]
CATEGORICAL = ["contract"]
data = pd.read_parquet(input_validated_data)

def split_of(key: str) -> str:
    bucket = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if bucket < test_fraction:
        return "test"
    return "validation" if bucket < test_fraction + validation_fraction else "train"

split = data[split_key].map(split_of)
transform = make_transform()
train_rows = data[split == "train"]
transform.fit(train_rows[NUMERIC + CATEGORICAL])
features = pd.DataFrame(transform.transform(data[NUMERIC + CATEGORICAL]), columns=transform.get_feature_names_out())
features.insert(0, split_key, data[split_key].to_numpy())
features["label"] = data["label"].to_numpy()
# The splits carry the raw columns: the model pipeline transforms them itself, as serving will.
splits = data[[split_key, *NUMERIC, *CATEGORICAL, "label"]].assign(split=split.to_numpy())

for path in (output_feature_set, output_data_splits):
    Path(path).mkdir(parents=True, exist_ok=True)
features.to_parquet(Path(output_feature_set) / "part-0.parquet", index=False)
splits.to_parquet(Path(output_data_splits) / "part-0.parquet", index=False)
Path(output_fitted_transform).parent.mkdir(parents=True, exist_ok=True)
joblib.dump(transform, output_fitted_transform)
print(splits["split"].value_counts().to_dict())

# %% check: Splits are deterministic: the same data gives the same split
assert data[split_key].map(split_of).equals(splits["split"]), "splitting the same data twice gave different splits"

# %% check: No row, user or time period leaks from the test split into training
per_key = splits.groupby(split_key)["split"].nunique()
assert (per_key == 1).all(), f"keys in more than one split: {list(per_key[per_key > 1].index[:5])}"

# %% check: Transforms are fitted on the training split only
scaler = transform.named_transformers_["standardscaler"]
assert abs(scaler.mean_ - train_rows[NUMERIC].mean().to_numpy()).max() < 1e-9, "scaler statistics are not the training split's"

# %% check: The saved transform reproduces the features it was fitted on
reloaded = joblib.load(output_fitted_transform)
again = reloaded.transform(data[NUMERIC + CATEGORICAL])
assert abs(again - features[transform.get_feature_names_out()].to_numpy()).max() < 1e-9, "the saved transform gives other features"
