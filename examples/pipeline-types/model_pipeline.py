import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_spend"]
CATEGORICAL = ["plan", "region"]

numeric_steps = Pipeline([
    ("fill_missing", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
])
preprocess = ColumnTransformer([
    ("numeric", numeric_steps, NUMERIC),
    ("categorical", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
])
churn_model = Pipeline([
    ("preprocess", preprocess),
    ("classify", LogisticRegression(max_iter=1000)),
])

# The splits come from data processing (a repeatable, hashed split), not from a random split here.
train = pd.read_parquet("data/splits/train.parquet")
test = pd.read_parquet("data/splits/test.parquet")
X_train, y_train = train[NUMERIC + CATEGORICAL], train["churned"]
X_test, y_test = test[NUMERIC + CATEGORICAL], test["churned"]

# One call fits the imputer, scaler, encoder and classifier, on training rows only.
churn_model.fit(X_train, y_train)
print(f"held-out accuracy: {churn_model.score(X_test, y_test):.3f}")

# The same object predicts on raw rows: preprocessing travels with the model.
print(churn_model.predict(X_test.head(3)))
