import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

train = pd.read_parquet("data/deliveries_train.parquet")
test = pd.read_parquet("data/deliveries_test.parquet")
FEATURES = ["zone", "hour", "distance_km", "items"]

# The rule of thumb dispatchers already use: the usual time for this zone at this hour.
usual = train.groupby(["zone", "hour"])["minutes"].median().rename("heuristic")
heuristic = test.join(usual, on=["zone", "hour"])["heuristic"].fillna(train["minutes"].median())

model = HistGradientBoostingRegressor(categorical_features=["zone"]).fit(train[FEATURES], train["minutes"])

print(f"heuristic MAE: {mean_absolute_error(test['minutes'], heuristic):.1f} min")
print(f"model MAE:     {mean_absolute_error(test['minutes'], model.predict(test[FEATURES])):.1f} min")
