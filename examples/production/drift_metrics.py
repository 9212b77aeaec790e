"""The drift job's scores, written where the node exporter's textfile
collector serves them (a batch job is gone before Prometheus's next
scrape), and the alerting rule that reads them. Needs drift_statistics.py."""

from pathlib import Path

import pandas as pd
from prometheus_client import CollectorRegistry, Gauge, write_to_textfile

from drift_statistics import psi

FEATURES = ["tenure_months", "monthly_spend"]
PSI_ALERT = 0.2  # a starting line: move it to where replayed history says drops began
MIN_ROWS = 500  # below this, PSI over 10 bins is mostly noise

# For Prometheus's rule_files; severity "ticket" routes it to the model's owner.
ALERT_RULES = """\
groups:
  - name: churn-model-drift
    rules:
      - alert: ChurnFeatureDrift
        expr: max by (feature) (churn_feature_psi) > 0.2 and on () churn_window_rows >= 500
        for: 1d
        labels:
          severity: ticket
"""


def publish_drift(reference, current, textfile):
    registry = CollectorRegistry()
    score = Gauge("churn_feature_psi", "PSI against training", ["feature"], registry=registry)
    rows = Gauge("churn_window_rows", "Rows in the window", registry=registry)
    scores = {}
    for feature in FEATURES:
        scores[feature] = psi(reference[feature].dropna(), current[feature].dropna())
        score.labels(feature=feature).set(scores[feature])
    rows.set(len(current))
    # Written to a temporary file, then renamed: the exporter never serves half a file.
    write_to_textfile(str(textfile), registry)
    return scores


if __name__ == "__main__":
    reference = pd.read_parquet("data/train.parquet")
    current = pd.read_parquet("data/predictions_last_7d.parquet")
    Path("textfile_collector").mkdir(exist_ok=True)
    scores = publish_drift(reference, current, Path("textfile_collector/churn_drift.prom"))
