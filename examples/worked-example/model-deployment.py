# %% work
# The service's configuration and a batch of scored requests: the service applies the fitted
# transform from data processing, then the registered model, and logs every prediction.
import json
import pickle

import joblib
import numpy as np
import pandas as pd

registered = json.loads(Path(input_registered_model_version).read_text())
assert registered["registered"], f"no registered version to deploy: {registered}"
version = registered["version"] if model_version == "latest" else int(model_version)
transform = joblib.load(input_fitted_transform)
with open(Path(registered["model_uri"]) / "model.pkl", "rb") as f:
    model = pickle.load(f)
service = {"model": registered["name"], "version": version, "model_uri": registered["model_uri"],
           "transform": input_fitted_transform, "mode": "batch" if batch_mode else "online",
           "traffic": {"new": canary_fraction, "previous": round(1 - canary_fraction, 4)},
           "rollback_to": registered["previous_version"]}
Path(output_deployed_model_service).parent.mkdir(parents=True, exist_ok=True)
Path(output_deployed_model_service).write_text(json.dumps(service, indent=1))

rng = np.random.default_rng(11)
requests = pd.DataFrame({"request_id": [f"r{i:04d}" for i in range(50)],
                         "tenure_months": rng.integers(1, 72, 50), "monthly_charges": rng.normal(65, 20, 50).round(2),
                         "support_calls": rng.poisson(1.5, 50), "contract": rng.choice(["monthly", "annual"], 50)})
inputs = requests[transform.feature_names_in_]
scored = model.predict_proba(pd.DataFrame(transform.transform(inputs), columns=transform.get_feature_names_out()))[:, 1]
log = requests.assign(prediction=scored.round(4), model_version=version)
Path(output_prediction_log).mkdir(parents=True, exist_ok=True)
log.to_parquet(Path(output_prediction_log) / f"v{version}.parquet", index=False)
print(service)

# %% check: The service applies the same fitted transform as training
assert service["transform"] == input_fitted_transform

# %% check: The new version gets a share of traffic (canary or shadow) before all of it
assert 0 < service["traffic"]["new"] < 1, service["traffic"]

# %% check: Rolling back to the previous version is one step
assert service["rollback_to"] == registered["previous_version"], "the service does not know the version to roll back to"

# %% check: Predictions are logged with the model version and a request key
assert {"request_id", "model_version"} <= set(log.columns) and log["request_id"].is_unique
