from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report
from sklearn.model_selection import train_test_split

X, y = make_classification(n_samples=20_000, weights=[0.99, 0.01], random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)

model = LogisticRegression(class_weight="balanced", max_iter=1000).fit(X_train, y_train)

scores = model.predict_proba(X_test)[:, 1]
print("PR AUC:", average_precision_score(y_test, scores))
print(classification_report(y_test, model.predict(X_test), digits=3))
