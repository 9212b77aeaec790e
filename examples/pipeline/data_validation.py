"""Data validation: the expected schema kept in code, every check
run before the run decides, a report written either way, and a
failed check stopping the run."""

import json
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

# Notebook parameters (src/model/data/stages.ts).
max_missing_fraction = 0.05
fail_on_anomaly = True


def few_missing(column: pd.Series) -> bool:
    return column.isna().mean() <= max_missing_fraction


SCHEMA = pa.DataFrameSchema(
    {
        "customer_id": pa.Column(int, pa.Check.ge(1)),
        "tenure_months": pa.Column(float, pa.Check.in_range(0, 600)),
        # Missing spend: allowed up to max_missing_fraction.
        "monthly_spend": pa.Column(
            float,
            [pa.Check.ge(0), pa.Check(few_missing, ignore_na=False)],
            nullable=True,
        ),
        "plan": pa.Column(str, pa.Check.isin(["basic", "pro"])),
        "churned": pa.Column(bool),
    },
    strict=True,  # a column the schema does not name fails too
)


def validate(raw: pd.DataFrame) -> pd.DataFrame:
    failures = []
    try:
        # lazy=True: run every check, collect every failure
        SCHEMA.validate(raw, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases.astype(str)
        named = cases[["column", "check", "failure_case"]]
        failures = named.drop_duplicates().to_dict("records")
    report = {"rows": len(raw), "passed": not failures,
              "failures": failures}
    Path("reports").mkdir(exist_ok=True)
    Path("reports/validation.json").write_text(
        json.dumps(report, indent=2))
    if failures and fail_on_anomaly:
        raise SystemExit(f"data validation failed {len(failures)} "
                         "checks; see reports/validation.json")
    return raw


if __name__ == "__main__":
    validated = validate(pd.read_parquet("data/raw/"))
    Path("data/validated/").mkdir(parents=True, exist_ok=True)
    validated.to_parquet("data/validated/customers.parquet",
                         index=False)
