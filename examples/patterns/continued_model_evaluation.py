import pandas as pd
from sklearn.metrics import roc_auc_score

AUC_AT_DEPLOYMENT = 0.86
ALLOWED_DROP = 0.03

predictions = pd.read_parquet("logs/predictions.parquet")  # key, timestamp, probability
outcomes = pd.read_parquet("labels/outcomes.parquet")       # key, churned

scored = predictions.merge(outcomes, on="key", how="inner")
scored["week"] = pd.to_datetime(scored["timestamp"]).dt.to_period("W")

weekly_auc = scored.groupby("week").apply(
    lambda week: roc_auc_score(week["churned"], week["probability"])
)
print(weekly_auc.tail())

if weekly_auc.iloc[-1] < AUC_AT_DEPLOYMENT - ALLOWED_DROP:
    print("Performance dropped: triggering the training pipeline")
