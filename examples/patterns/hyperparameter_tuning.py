from scipy.stats import loguniform, randint
from sklearn.datasets import make_classification
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import RandomizedSearchCV, train_test_split

X, y = make_classification(n_samples=2000, n_features=20, random_state=0)
X_search, X_test, y_search, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

search = RandomizedSearchCV(
    HistGradientBoostingClassifier(random_state=0),
    param_distributions={
        "learning_rate": loguniform(1e-3, 0.3),
        "max_depth": randint(2, 12),
        "l2_regularization": loguniform(1e-6, 10),
    },
    n_iter=15,
    cv=3,
    scoring="roc_auc",
    n_jobs=-1,
    random_state=0,
)
search.fit(X_search, y_search)
print(search.best_params_, search.score(X_test, y_test))
