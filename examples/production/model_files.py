"""Model files that cannot run code when loaded, checked
against the registry's hash; a prediction log without raw ids."""

import hashlib
import hmac
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_weights(model: LogisticRegression, path: Path) -> str:
    # Numbers only: the file holds arrays, not Python objects.
    np.savez(path, coef=model.coef_,
             intercept=model.intercept_,
             classes=model.classes_,
             features=model.feature_names_in_.astype(str))
    digest = sha256(path)
    record = path.with_suffix(".json")
    record.write_text(json.dumps({"sha256": digest}))
    return digest


def load_weights(path: Path, expected: str) -> LogisticRegression:
    if sha256(path) != expected:
        raise ValueError(f"{path}: sha256 differs from the record")
    # allow_pickle=False refuses object arrays (they unpickle).
    with np.load(path, allow_pickle=False) as arrays:
        model = LogisticRegression()
        model.coef_ = arrays["coef"]
        model.intercept_ = arrays["intercept"]
        model.classes_ = arrays["classes"]
        names = arrays["features"].astype(object)
        model.feature_names_in_ = names
    return model


def pseudonymise(log: pd.DataFrame, key: bytes) -> pd.DataFrame:
    # A keyed hash: a customer always gets the same token, so
    # logs still join to labels, but without the key the id
    # cannot be recovered. Under the GDPR it is still personal
    # data: the key holder can link it back. Keep the key in a
    # secret store, never in the code.
    def token(value) -> str:
        digest = hmac.new(key, str(value).encode(), "sha256")
        return digest.hexdigest()[:16]

    out = log.drop(columns=["email"], errors="ignore")
    out["customer_id"] = out["customer_id"].map(token)
    return out
