import joblib
import pandas as pd
from pyspark.sql import SparkSession

FEATURES = ["tenure_months", "monthly_spend", "plan", "region"]

spark = SparkSession.builder.appName("nightly-churn-scores").getOrCreate()
customers = spark.read.parquet("s3://warehouse/customers/date=2026-11-25/")

def score_partition(batches):
    # Once per partition, not per row. joblib unpickles, which runs code:
    # the image holds the model the training pipeline wrote, nothing else.
    model = joblib.load("/models/churn-v7.joblib")
    for frame in batches:
        yield pd.DataFrame({
            "customer_id": frame["customer_id"],  # the key that ties output to input
            "churn_probability": model.predict_proba(frame[FEATURES])[:, 1],
        })

scores = customers.mapInPandas(score_partition, schema="customer_id long, churn_probability double")
scores.write.mode("overwrite").parquet("s3://warehouse/churn_scores/date=2026-11-25/")
