# %% work
# The service's configuration and a batch of scored requests: the service applies the fitted
# transform from data processing, then the registered model, and logs every prediction.
import hashlib
import json
import pickle

import joblib
import numpy as np
import pandas as pd

registered = json.loads(Path(input_registered_model_version).read_text())
assert registered["registered"], f"no registered version to deploy: {registered}"
version = registered["version"] if model_version == "latest" else int(model_version)
transform = joblib.load(input_fitted_transform)
# The registered model is the whole model pipeline: its first step is the transform. Unpickling
# runs whatever code the file names, so the service loads only from the pipeline's own registry,
# and only the bytes that were registered (their SHA-256 is in the registry entry).
stored = Path(registered["model_uri"]) / "model.pkl"
assert hashlib.sha256(stored.read_bytes()).hexdigest() == registered["model_sha256"], f"{stored} changed after it was registered"
with open(stored, "rb") as f:
    model = pickle.load(f)
previous = registered["previous_version"]
# A first deployment has no earlier version: the canary share is served by nothing else, and
# rolling back means taking the service down. Said in the configuration, not left as a null.
first_deployment = previous is None
service = {"model": registered["name"], "version": version, "model_uri": registered["model_uri"],
           "transform": input_fitted_transform, "mode": "batch" if batch_mode else "online",
           "traffic": {"new": canary_fraction, "previous": round(1 - canary_fraction, 4)},
           # A canary, not a fixed split: the share grows step by step while the guardrails hold.
           "rollout": {"steps": sorted({canary_fraction, 0.25, 0.5, 1.0}), "each_step_holds": "24h",
                       "guardrails": {"error_rate_max": 0.01, "p95_latency_ms_max": 200},
                       "on_breach": "roll back"},
           "first_deployment": first_deployment, "rollback_to": previous,
           "rollback": "none: first deployment, no previous version; roll back by stopping the service"
                       if first_deployment else f"route all traffic to version {previous}"}
Path(output_deployed_model_service).parent.mkdir(parents=True, exist_ok=True)
Path(output_deployed_model_service).write_text(json.dumps(service, indent=1))

rng = np.random.default_rng(11)
requests = pd.DataFrame({"request_id": [f"r{i:04d}" for i in range(50)],
                         "tenure_months": rng.integers(1, 72, 50), "monthly_charges": rng.normal(65, 20, 50).round(2),
                         "support_calls": rng.poisson(1.5, 50), "contract": rng.choice(["monthly", "annual"], 50)})
inputs = requests[transform.feature_names_in_]
scored = model.predict_proba(inputs)[:, 1]
log = requests.assign(prediction=scored.round(4), model_version=version)
Path(output_prediction_log).mkdir(parents=True, exist_ok=True)
log.to_parquet(Path(output_prediction_log) / f"v{version}.parquet", index=False)
print(service)

# %% check: The service applies the same fitted transform as training
served = model[:-1].transform(inputs)
assert np.abs(served - transform.transform(inputs)).max() < 1e-9, "the model's transform step and the saved transform disagree"

# %% check: The new version gets a share of traffic (canary or shadow) before all of it
assert 0 < service["traffic"]["new"] < 1, service["traffic"]
steps = service["rollout"]["steps"]
assert steps[0] == service["traffic"]["new"] and steps == sorted(steps) and steps[-1] == 1 and len(steps) > 2, steps

# %% check: Rolling back to the previous version is one step
if service["first_deployment"]:
    print("first deployment: no previous version to roll back to")
else:
    assert service["rollback_to"] == previous < version, "the service does not know the version to roll back to"

# %% check: Predictions are logged with the model version and a request key
assert {"request_id", "model_version"} <= set(log.columns) and log["request_id"].is_unique
