from datetime import datetime, timedelta

import pandas as pd
from feast import Entity, FeatureStore, FeatureView, Field, FileSource
from feast.types import Float32, Int64

customer = Entity(name="customer", join_keys=["customer_id"])

customer_stats = FeatureView(
    name="customer_stats",
    entities=[customer],
    ttl=timedelta(days=2),
    schema=[Field(name="orders_30d", dtype=Int64), Field(name="avg_basket_eur", dtype=Float32)],
    source=FileSource(path="data/customer_stats.parquet", timestamp_field="event_timestamp"),
)

# A feature repository: feature_store.yaml (made by `feast init`) in this folder.
store = FeatureStore(repo_path=".")
# Register the definitions (what `feast apply` does), then load the latest values into the
# online store; without these two calls lookups fail or return nulls.
store.apply([customer, customer_stats])
store.materialize_incremental(end_date=datetime.now())

features = ["customer_stats:orders_30d", "customer_stats:avg_basket_eur"]

# Training: feature values as they were at each label's timestamp.
labels = pd.read_parquet("data/churn_labels.parquet")  # customer_id, event_timestamp, churned
training = store.get_historical_features(entity_df=labels, features=features).to_df()

# Serving: the latest values, looked up by key.
online = store.get_online_features(features=features, entity_rows=[{"customer_id": 1001}]).to_dict()
