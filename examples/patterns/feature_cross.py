import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder

def cross_day_hour(frame: pd.DataFrame) -> pd.DataFrame:
    crossed = frame["day_of_week"].astype(str) + "_" + frame["hour"].astype(str)
    return crossed.to_frame("day_x_hour")

model = Pipeline([
    ("features", ColumnTransformer([
        ("cross", Pipeline([
            ("make", FunctionTransformer(cross_day_hour)),
            ("encode", OneHotEncoder(handle_unknown="ignore")),
        ]), ["day_of_week", "hour"]),
        ("distance", "passthrough", ["distance_km"]),
    ])),
    ("regressor", Ridge(alpha=1.0)),
])

trips = pd.DataFrame({
    "day_of_week": ["Mon", "Mon", "Sun"],
    "hour": [8, 14, 8],
    "distance_km": [5.2, 5.0, 4.8],
})
model.fit(trips, [21.0, 14.5, 12.0])
