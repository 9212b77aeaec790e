"""Training & evaluation: tune the chosen candidate on the
training split, score it once on the test split, overall and per
region, next to the baseline and the model in production, and
register it only when it clears the gate."""

import hashlib
import json
from pathlib import Path

import joblib
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.base import clone
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import RandomizedSearchCV
from sklearn.pipeline import make_pipeline

# Notebook parameters (src/model/data/stages.ts).
max_trials = 20
min_improvement = 0.01
register_model = True  # off in the contract; on to show it

SEARCH_SPACES = {
    "logistic regression": (
        LogisticRegression(max_iter=1000),
        {"logisticregression__C": loguniform(1e-3, 1e2)},
    ),
    "gradient-boosted trees": (
        HistGradientBoostingClassifier(random_state=42),
        {"histgradientboostingclassifier__learning_rate":
             loguniform(0.01, 0.3),
         "histgradientboostingclassifier__max_leaf_nodes":
             randint(4, 32)},
    ),
}
FEATURES = ["tenure_months", "monthly_spend", "plan"]

config = Path("models/candidate.yaml").read_text().splitlines()
candidate = dict(line.split(": ", 1) for line in config)
estimator, space = SEARCH_SPACES[candidate["estimator"]]
train = pd.read_parquet("data/splits/train.parquet")
test = pd.read_parquet("data/splits/test.parquet")

# Tuning sees the training split only, through cross-validation.
model = make_pipeline(clone(joblib.load("models/transform.joblib")),
                      estimator)
search = RandomizedSearchCV(model, space, n_iter=max_trials, cv=3,
                            scoring="roc_auc", random_state=42)
search.fit(train[FEATURES], train["churned"])

# The test split is used once, after every choice has been made.
test["score"] = search.predict_proba(test[FEATURES])[:, 1]
# The rule of thumb that model building scored as its baseline.
test["rule"] = test["tenure_months"] < 12


# The model in production, on the same rows. joblib unpickles (runs
# code): load only a file this pipeline registered.
REGISTRY = Path("models/registered-version.json")
deployed = json.loads(REGISTRY.read_text()) if REGISTRY.exists() else None
if deployed:
    test["production"] = joblib.load(deployed["model"]).predict_proba(
        test[FEATURES])[:, 1]


def auc(rows: pd.DataFrame) -> dict:
    y = rows["churned"]
    scores = {"model": roc_auc_score(y, rows["score"]),
              "baseline": roc_auc_score(y, rows["rule"])}
    if deployed:
        scores["production"] = roc_auc_score(y, rows["production"])
    return scores


overall = auc(test)
regions = {name: auc(rows) for name, rows in test.groupby("region")}
# The gate: a clear gain over the baseline, no region worse than
# the rule there, no loss against production.
gain = overall["model"] - overall["baseline"]
passed = (gain >= min_improvement
          and all(r["model"] >= r["baseline"] for r in regions.values())
          and overall["model"] >= overall.get("production", 0.0))
report = {"overall": overall, **regions, "passed": passed}
Path("reports").mkdir(exist_ok=True)
Path("reports/evaluation.json").write_text(json.dumps(report))


def sha256(*paths: Path) -> str:
    return hashlib.sha256(b"".join(
        p.name.encode() + p.read_bytes() for p in sorted(paths))).hexdigest()


if passed and register_model:
    version = deployed["version"] + 1 if deployed else 1
    model_path = Path(f"models/trained/v{version}/model.joblib")
    model_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(search.best_estimator_, model_path)
    # Stands in for a registry call (MLflow: register_model).
    record = {"version": version, "model": str(model_path),
        "data_sha256": sha256(*Path("data/splits/").glob("*.parquet")),
        "code_sha256": sha256(Path(__file__)),
        "params": search.best_params_, "candidate": candidate,
        "evaluation": "reports/evaluation.json",
        "previous_version": deployed["version"] if deployed else None}
    REGISTRY.write_text(json.dumps(record, indent=2, default=str))
