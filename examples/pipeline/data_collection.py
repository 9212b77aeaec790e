"""Data collection: copy a window of a source export into a write-
once snapshot that records where it came from, its row count and a
hash."""

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

# Notebook parameters (src/model/data/stages.ts).
snapshot_date = "2026-11-29"  # last day to collect
lookback_days = 30
SOURCE = "exports/orders.csv"


def collect(source: str, snapshot_date: str, lookback_days: int
            ) -> Path:
    orders = pd.read_csv(source, parse_dates=["ordered_at"])
    # Half-open window [start, end): boundary rows count once.
    end = pd.Timestamp(snapshot_date) + pd.Timedelta(days=1)
    start = end - pd.Timedelta(days=lookback_days)
    window = orders[(orders["ordered_at"] >= start)
                    & (orders["ordered_at"] < end)]
    if window.empty:
        raise ValueError(f"{source} has no rows from {start.date()} "
                         f"to {snapshot_date}; is the export late?")

    snapshot = Path("data/raw/") / snapshot_date
    # Write-once: a second run for a date must not change what
    # earlier training runs read.
    snapshot.mkdir(parents=True, exist_ok=False)
    data_file = snapshot / "orders.parquet"
    window.to_parquet(data_file, index=False)
    provenance = {
        "source": source,
        "from": str(start.date()),
        "to": snapshot_date,
        "rows": len(window),
        "sha256": hashlib.sha256(data_file.read_bytes()).hexdigest(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }
    # The underscore keeps Parquet readers of the folder from
    # taking this file for data.
    (snapshot / "_provenance.json").write_text(
        json.dumps(provenance, indent=2))
    return snapshot


if __name__ == "__main__":
    print(collect(SOURCE, snapshot_date, lookback_days))
