import numpy as np
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor

rng = np.random.default_rng(1)
X = rng.normal(size=(5000, 8))
is_bulk = (X[:, 0] > 1.8).astype(int)
spend = np.where(is_bulk == 1, 900 + 100 * X[:, 1], 40 + 10 * X[:, 1])

router = GradientBoostingClassifier().fit(X, is_bulk)
routed_bulk = router.predict(X) == 1  # train on the router's output, not the true label

bulk_model = GradientBoostingRegressor().fit(X[routed_bulk], spend[routed_bulk])
usual_model = GradientBoostingRegressor().fit(X[~routed_bulk], spend[~routed_bulk])

def predict_spend(rows: np.ndarray) -> np.ndarray:
    bulk = router.predict(rows) == 1
    out = np.empty(len(rows))
    if bulk.any():
        out[bulk] = bulk_model.predict(rows[bulk])
    if (~bulk).any():
        out[~bulk] = usual_model.predict(rows[~bulk])
    return out
