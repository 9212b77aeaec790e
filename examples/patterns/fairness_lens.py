import pandas as pd
from fairlearn.metrics import MetricFrame, false_negative_rate, selection_rate
from sklearn.metrics import accuracy_score

test = pd.read_parquet("data/loans_test_with_predictions.parquet")

by_age = MetricFrame(
    metrics={
        "accuracy": accuracy_score,
        "approval_rate": selection_rate,
        "missed_good_applicants": false_negative_rate,
    },
    y_true=test["repaid"],
    y_pred=test["approved"],
    sensitive_features=test["age_band"],
)
print(by_age.by_group)
print("largest gap per metric:")
print(by_age.difference(method="between_groups"))

assert by_age.difference()["missed_good_applicants"] < 0.05, "gap too large: investigate before release"
