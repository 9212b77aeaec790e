import hashlib

import numpy as np
from sklearn.linear_model import LogisticRegression

NUM_BUCKETS = 100

def hashed_bucket(value: str, num_buckets: int = NUM_BUCKETS) -> int:
    """Same bucket for the same value on every machine and every run."""
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
    return int(digest, 16) % num_buckets

def one_hot_buckets(values: list[str]) -> np.ndarray:
    features = np.zeros((len(values), NUM_BUCKETS))
    for row, value in enumerate(values):
        features[row, hashed_bucket(value)] = 1.0
    return features

airports = ["SFO", "JFK", "DEN", "SEA"]
delayed = [1, 0, 0, 1]
model = LogisticRegression().fit(one_hot_buckets(airports), delayed)
print(model.predict(one_hot_buckets(["XNA"])))  # unseen airport, still a valid input
