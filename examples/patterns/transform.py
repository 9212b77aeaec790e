from pathlib import Path

import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

transform = ColumnTransformer([
    ("numbers", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), ["age", "income"]),
    ("categories", OneHotEncoder(handle_unknown="ignore"), ["country", "plan"]),
])
model = Pipeline([("transform", transform), ("classifier", LogisticRegression(max_iter=1000))])

train = pd.read_csv("data/train.csv")
model.fit(train.drop(columns="churned"), train["churned"])

# One artifact: the medians, means and vocabularies travel with the model.
Path("artifacts").mkdir(exist_ok=True)
joblib.dump(model, "artifacts/churn-model.joblib")

# joblib files are pickles: loading one runs code, so load only what your own pipeline wrote.
served = joblib.load("artifacts/churn-model.joblib")
print(served.predict_proba(pd.DataFrame([{"age": 41, "income": None, "country": "NL", "plan": "pro"}])))
