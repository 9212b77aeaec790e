import joblib
import pandas as pd
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("nightly-churn-scores").getOrCreate()
customers = spark.read.parquet("s3://warehouse/customers/date=2026-11-25/")

def score_partition(batches):
    model = joblib.load("/models/churn-v7.joblib")  # once per partition, not per row
    for frame in batches:
        features = frame[["tenure_months", "monthly_spend", "support_calls"]]
        yield pd.DataFrame({
            "customer_id": frame["customer_id"],  # the key that ties output to input
            "churn_probability": model.predict_proba(features)[:, 1],
        })

scores = customers.mapInPandas(score_partition, schema="customer_id string, churn_probability double")
scores.write.mode("overwrite").parquet("s3://warehouse/churn_scores/date=2026-11-25/")
