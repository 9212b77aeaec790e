# %% work
# Tuning searches the chosen candidate's neighbourhood on the validation split; the test split is
# read once, after tuning, for the numbers the report and the registry keep.
import hashlib
import json
import pickle
from datetime import datetime, timezone
from itertools import islice, product

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import get_scorer

import model_pipeline
from model_pipeline import make_model_pipeline

ESTIMATORS = {"dummy": DummyClassifier, "logistic_regression": LogisticRegression, "random_forest": RandomForestClassifier}
GRIDS = {"logistic_regression": {"C": [0.01, 0.1, 1.0, 10.0]},
         "random_forest": {"min_samples_leaf": [5, 20, 50], "max_depth": [4, 8, None]}}
candidate = json.loads(Path(input_model_candidate).read_text())
splits = pd.read_parquet(input_data_splits)
columns, target = candidate["features"], candidate["target"]
train, valid, test = (splits[splits["split"] == s] for s in ("train", "validation", "test"))
scorer = get_scorer(candidate["metric"])
chosen = candidate["chosen"]
grid = GRIDS[chosen["estimator"]]
trials = []
for values in islice(product(*grid.values()), max_trials):
    params = {**chosen["params"], **dict(zip(grid, values))}
    fitted = make_model_pipeline(ESTIMATORS[chosen["estimator"]](**params)).fit(train[columns], train[target])
    trials.append((float(scorer(fitted, valid[columns], valid[target])), params))
best_valid, best_params = max(trials, key=lambda t: t[0])
# Fitted on the training split, like the transform data processing saved, so serving can check
# that the model's own transform step and that saved transform agree.
final = make_model_pipeline(ESTIMATORS[chosen["estimator"]](**best_params)).fit(train[columns], train[target])
baseline = make_model_pipeline(ESTIMATORS[candidate["baseline"]["estimator"]](**candidate["baseline"]["params"])).fit(train[columns], train[target])
test_score = float(scorer(final, test[columns], test[target]))
baseline_score = float(scorer(baseline, test[columns], test[target]))
slices = {f"contract_{name}": float(scorer(final, rows[columns], rows[target]))
          for name, rows in test.groupby("contract")}

# %% work
# The version registered now is the one deployment serves. It is scored on the same test rows as the
# new model, before anything is written: "beats the model currently deployed" is measured, not assumed.
registry = Path(output_registered_model_version)
previous = json.loads(registry.read_text()) if registry.exists() else None
deployed = previous if previous and previous.get("registered") else None
deployed_score = None
if deployed:
    stored = Path(deployed["model_uri"]) / "model.pkl"
    # Unpickling runs whatever code the file names: load only from the pipeline's own store, and
    # only the bytes that were registered (their SHA-256 is in the registry entry).
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == deployed["model_sha256"], f"{stored} changed after it was registered"
    with open(stored, "rb") as f:
        deployed_score = float(scorer(pickle.load(f), test[columns], test[target]))

# The trained model in MLflow's model format (an MLmodel file beside the pickled model), written
# without MLflow so the kit runs anywhere; `mlflow.pyfunc.load_model` reads this layout.
def write_model(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "model.pkl", "wb") as f:
        pickle.dump(final, f)
    (folder / "MLmodel").write_text(
        "flavors:\n"
        "  python_function:\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\n"
        "  sklearn:\n    pickled_model: model.pkl\n    serialization_format: pickle\n")
    return hashlib.sha256((folder / "model.pkl").read_bytes()).hexdigest()


trained = Path(output_trained_model)
model_sha256 = write_model(trained)
# The kit is downloaded as a zip, so there is no git commit to record: the code version is a hash
# of the notebooks and the model pipeline as they are on disk beside model_pipeline.py.
kit = Path(model_pipeline.__file__).resolve().parent
code_files = sorted(kit.glob("*.ipynb")) + [kit / "model_pipeline.py"]
code_version = "sha256:" + hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in code_files)).hexdigest()
# The data version is the hash of the split files' bytes, not the folder's name.
split_files = sorted(Path(input_data_splits).rglob("*.parquet"))
data_snapshot = "sha256:" + hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in split_files)).hexdigest()
report = {"metric": candidate["metric"], "test": round(test_score, 4), "baseline_test": round(baseline_score, 4),
          "deployed_test": None if deployed_score is None else round(deployed_score, 4),
          "deployed_version": deployed["version"] if deployed else None,
          "validation_best": round(best_valid, 4), "trials": len(trials), "params": best_params,
          "slices": {k: round(v, 4) for k, v in slices.items()}, "model_sha256": model_sha256,
          "data_snapshot": data_snapshot}
Path(output_evaluation_report).parent.mkdir(parents=True, exist_ok=True)
Path(output_evaluation_report).write_text(json.dumps(report, indent=1))
improved = test_score - baseline_score >= min_improvement and (deployed_score is None or test_score >= deployed_score)
version = (previous["version"] + 1) if previous and previous.get("version") else 1
registered = bool(register_model and improved)
# A registered version gets a folder of its own that nothing overwrites, so rolling back to it
# serves the model it was, not whatever was trained last.
stored_at = registry.parent / "registry" / f"v{version}"
entry = {"name": "churn", "version": version if registered else None, "registered": registered,
         "model_uri": str(stored_at if registered else trained), "model_sha256": model_sha256,
         "run": f"{stage}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}",
         "code_version": code_version, "code_files": [p.name for p in code_files], "data_snapshot": data_snapshot,
         "data_files": [p.name for p in split_files], "metrics": report,
         "previous_version": deployed["version"] if deployed else None}
if registered:
    assert write_model(stored_at) == model_sha256
# A candidate that is not registered leaves the registry's current version in place.
if registered or deployed is None:
    registry.parent.mkdir(parents=True, exist_ok=True)
    registry.write_text(json.dumps(entry, indent=1))
print(json.dumps(entry, indent=1))

# %% check: The test split is used once, after tuning, never for choosing
assert report["trials"] == len(trials) and best_valid == max(t[0] for t in trials), "the winner was not chosen on validation"

# %% check: Metrics beat the baseline and the model currently deployed
assert deployed_score is None or test_score >= deployed_score, \
    f"{test_score:.3f} does not beat the deployed version {deployed['version']} ({deployed_score:.3f}) on the same test rows"
assert test_score - baseline_score >= min_improvement, f"{test_score:.3f} does not beat the baseline {baseline_score:.3f} by {min_improvement}"

# %% check: Metrics hold on important slices, not only on average
assert min(slices.values()) >= baseline_score, f"a slice falls to the baseline: {slices}"

# %% check: The registered version links to its run, code version and data snapshot
assert all(entry[k] for k in ("run", "code_version", "data_snapshot")), entry
assert entry["data_snapshot"].startswith("sha256:") and len(entry["data_snapshot"]) == 71, "the data snapshot is not a content hash"
