import hashlib

import pandas as pd

def split_of(value: str, train: int = 8, valid: int = 1) -> str:
    bucket = int(hashlib.md5(value.encode("utf-8")).hexdigest(), 16) % 10
    if bucket < train:
        return "train"
    return "valid" if bucket < train + valid else "test"

flights = pd.read_parquet("data/flights.parquet")
flights["split"] = flights["departure_date"].astype(str).map(split_of)

train = flights[flights["split"] == "train"]
valid = flights[flights["split"] == "valid"]
test = flights[flights["split"] == "test"]
print(flights["split"].value_counts(normalize=True))
