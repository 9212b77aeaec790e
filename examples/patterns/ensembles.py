from sklearn.datasets import make_classification
from sklearn.ensemble import (
    GradientBoostingClassifier,
    RandomForestClassifier,
    StackingClassifier,
)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

X, y = make_classification(n_samples=2000, n_features=20, random_state=0)

ensemble = StackingClassifier(
    estimators=[
        ("bagging", RandomForestClassifier(n_estimators=200, random_state=0)),
        ("boosting", GradientBoostingClassifier(random_state=0)),
    ],
    final_estimator=LogisticRegression(),
    cv=5,  # the meta-model learns from out-of-fold predictions
)
print(cross_val_score(ensemble, X, y, cv=3, scoring="roc_auc").mean())
