from datetime import datetime

import pandas as pd
from airflow.sdk import dag, task

SOURCE = "s3://example-source/events"
LAKE = "s3://example-lake/churn"


@dag(schedule="@daily", start_date=datetime(2026, 1, 1), catchup=False, tags=["churn"])
def churn_data():
    @task(retries=3)
    def collect(**context) -> str:
        """Copy one day of customer events into a dated, never-overwritten folder."""
        day = context["ds"]
        events = pd.read_parquet(f"{SOURCE}/date={day}/")
        target = f"{LAKE}/raw/date={day}/events.parquet"
        events.to_parquet(target)
        return target

    @task
    def validate(raw_path: str) -> str:
        """Stop the run if the schema or the amount of missing data is not what we expect."""
        events = pd.read_parquet(raw_path)
        expected = {"customer_id", "event_time", "plan", "monthly_spend"}
        missing_columns = expected - set(events.columns)
        if missing_columns:
            raise ValueError(f"missing columns: {sorted(missing_columns)}")
        if events["customer_id"].isna().any():
            raise ValueError("events without a customer_id")
        return raw_path

    @task
    def process(valid_path: str, **context) -> str:
        """Aggregate events into one row per customer: the feature table for that day."""
        events = pd.read_parquet(valid_path)
        features = events.groupby("customer_id").agg(
            monthly_spend=("monthly_spend", "mean"),
            plan=("plan", "last"),
            events=("event_time", "count"),
        )
        target = f"{LAKE}/features/date={context['ds']}/customers.parquet"
        features.to_parquet(target)
        return target

    process(validate(collect()))


churn_data()
