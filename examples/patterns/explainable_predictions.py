import numpy as np
import pandas as pd
import shap
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

# House prices driven mostly by size, somewhat by distance to the centre, not at all by the door colour.
rng = np.random.default_rng(0)
houses = pd.DataFrame({
    "size_m2": rng.uniform(40, 200, 2000),
    "km_to_centre": rng.uniform(0, 30, 2000),
    "door_colour": rng.integers(0, 5, 2000),
})
price = 3_000 * houses["size_m2"] - 4_000 * houses["km_to_centre"] + rng.normal(0, 20_000, 2000)
X_train, X_test, y_train, y_test = train_test_split(houses, price, random_state=0)
model = HistGradientBoostingRegressor().fit(X_train, y_train)

# Global: how much does the score drop when each feature is shuffled?
importance = permutation_importance(model, X_test, y_test, n_repeats=5, random_state=0)
for name, drop in sorted(zip(X_test.columns, importance.importances_mean), key=lambda p: -p[1]):
    print(f"{name:12s} {drop:.3f}")

# Local: why this one prediction, relative to the average training example?
explainer = shap.Explainer(model, X_train.sample(200, random_state=0))
explanation = explainer(X_test.iloc[:1])
print({name: round(float(value)) for name, value in zip(X_test.columns, explanation.values[0])})
