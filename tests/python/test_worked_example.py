"""Runs the starter kit's worked example as a reader downloads it: the six notebooks in order, each
in a Jupyter kernel, then again on broken input, where data validation must stop the run before
anything downstream exists."""

import ast
import contextlib
import hashlib
import importlib.util
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import joblib
import nbformat
import pandas as pd
import pytest
from sklearn.pipeline import Pipeline

# One worker runs this whole file (pytest-xdist's loadgroup): its module fixtures run the six notebooks once, not once per worker.
pytestmark = pytest.mark.xdist_group("test_worked_example")

ROOT = Path(__file__).resolve().parents[2]
NODE = os.environ.get("NODE", "node")


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> Path:
    """The worked example's files, written by the same code that builds worked-example.zip."""
    folder = tmp_path_factory.mktemp("worked-example")
    subprocess.run([NODE, "tools/cli/write-kit.ts", "worked-example", str(folder)], cwd=ROOT, check=True)
    return folder


@pytest.fixture(scope="module")
def contracts(stage_graph) -> dict:
    """Each stage's notebook contract from src/model/data/stages.ts, in stage order."""
    return {s["id"]: s["notebook"] for s in stage_graph["stages"]}


@pytest.fixture(scope="module")
def runner(kit):
    spec = importlib.util.spec_from_file_location("run_pipeline", kit / "run_pipeline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def full_run(kit, runner, tmp_path_factory):
    """One run of all six stages in a fresh folder: (folder, the checks each stage printed)."""
    workdir = tmp_path_factory.mktemp("run")
    return workdir, runner.run(kit, workdir)


def check_cells(notebook: Path) -> list[str]:
    cells = nbformat.read(notebook, as_version=4).cells
    return [c.source.splitlines()[0].removeprefix("# Check: ") for c in cells if "check" in c.metadata.get("tags", [])]


def assert_format(path: Path, fmt: str) -> None:
    """Reads an artifact in its declared format; fails when it cannot."""
    if fmt == "parquet":
        assert path.is_dir() and len(pd.read_parquet(path)) > 0, f"{path} is not a non-empty parquet dataset"
    elif fmt == "json":
        json.loads(path.read_text())
    elif fmt == "yaml":
        # The kit writes YAML's JSON-compatible flow style, which json reads too.
        assert isinstance(json.loads(path.read_text()), dict), f"{path} is not a YAML mapping"
    elif fmt == "joblib":
        assert hasattr(joblib.load(path), "transform"), f"{path} holds no fitted transform"
    elif fmt == "mlflow-model":
        mlmodel = (path / "MLmodel").read_text()
        assert "python_function:" in mlmodel and "sklearn:" in mlmodel, f"{path}/MLmodel lacks its flavours"
        with open(path / "model.pkl", "rb") as f:
            assert hasattr(pickle.load(f), "predict_proba"), f"{path}/model.pkl is not a classifier"
    else:
        raise AssertionError(f"no reader for the format {fmt!r} of {path}")


def test_the_six_notebooks_run_in_a_kernel_in_order_and_write_every_declared_output(contracts, full_run):
    workdir, ran = full_run
    assert list(ran) == list(contracts), "the stages ran in another order than the model's"
    for stage, contract in contracts.items():
        for output in contract["outputs"]:
            assert_format(workdir / output["path"], output["format"])
        executed = nbformat.read(workdir / "runs" / f"{stage}.ipynb", as_version=4)
        code = [c for c in executed.cells if c.cell_type == "code"]
        assert code and all(c.execution_count for c in code), f"{stage}: a code cell did not run in the kernel"
    registered = json.loads((workdir / "models/registered-version.json").read_text())
    evaluation = json.loads((workdir / "reports/evaluation.json").read_text())
    assert registered["registered"] and registered["version"] == 1
    assert evaluation["test"] > evaluation["baseline_test"]


def test_every_check_cell_ran_and_printed_its_check(kit, contracts, full_run):
    workdir, ran = full_run
    for stage, contract in contracts.items():
        assert ran[stage] == check_cells(kit / f"{stage}.ipynb"), f"{stage}: not every check cell ran"
        assert len(ran[stage]) >= len(contract["outputs"]) + 1, f"{stage} ran no check of its own"


def test_parameters_are_injected_after_the_parameters_cell_as_papermill_does(full_run):
    workdir, _ = full_run
    cells = nbformat.read(workdir / "runs" / "training-evaluation.ipynb", as_version=4).cells
    tags = [c.metadata.get("tags", []) for c in cells]
    at = next(i for i, t in enumerate(tags) if "parameters" in t)
    assert "injected-parameters" in tags[at + 1]
    assert "register_model = True" in cells[at + 1].source


def test_the_runner_refuses_a_parameter_the_notebook_does_not_declare(kit, runner, tmp_path):
    with pytest.raises(ValueError, match=r"not parameters of data-collection: \['snapshot_day'\]"):
        runner.run_stage("data-collection", {"snapshot_day": "2024-01-01"}, kit, tmp_path)


def test_the_code_version_is_a_hash_of_the_notebooks_and_the_model_pipeline(kit, full_run):
    workdir, _ = full_run
    registered = json.loads((workdir / "models/registered-version.json").read_text())
    files = sorted(kit.glob("*.ipynb")) + [kit / "model_pipeline.py"]
    expected = "sha256:" + hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()
    assert registered["code_version"] == expected
    assert registered["code_files"] == [p.name for p in files]


def test_the_trained_model_is_the_generated_model_pipeline_with_the_saved_transform(kit, full_run):
    workdir, _ = full_run
    tree = ast.parse((kit / "model_pipeline.py").read_text())
    steps = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "STEPS")
    with open(workdir / "models/trained/model.pkl", "rb") as f:
        model = pickle.load(f)
    assert isinstance(model, Pipeline) and tuple(model.named_steps) == steps
    for stage in ("model-building", "training-evaluation"):
        source = (kit / f"{stage}.ipynb").read_text()
        assert "from model_pipeline import make_model_pipeline" in source, f"{stage} does not build the generated model pipeline"
    saved = joblib.load(workdir / "models/transform.joblib")
    rows = pd.read_parquet(workdir / "data/splits")[list(saved.feature_names_in_)]
    assert list(model.named_steps["transform"].get_feature_names_out()) == list(saved.get_feature_names_out())
    assert abs(model.named_steps["transform"].transform(rows) - saved.transform(rows)).max() < 1e-9


def test_a_first_deployment_says_there_is_no_version_to_roll_back_to_and_a_second_rolls_back_to_the_first(kit, runner, full_run, tmp_path):
    workdir, _ = full_run
    first = json.loads((workdir / "deploy/service.json").read_text())
    assert first["first_deployment"] is True and first["rollback_to"] is None
    assert first["rollback"].startswith("none: first deployment")
    again = tmp_path / "again"
    shutil.copytree(workdir, again)
    runner.run(kit, again, start="training-evaluation")
    second = json.loads((again / "deploy/service.json").read_text())
    assert (second["version"], second["first_deployment"], second["rollback_to"]) == (2, False, 1)
    assert second["rollback"] == "route all traffic to version 1"


def downstream_of_validation(contracts: dict) -> list[str]:
    stages = list(contracts)
    later = stages[stages.index("data-validation") + 1:]
    return [o["path"] for s in later for o in contracts[s]["outputs"]] + [f"runs/{s}.ipynb" for s in later]


@pytest.mark.parametrize("breakage, message", [
    (lambda raw: raw.rename(columns={"monthly_charges": "monthly_charge"}), "missing columns ['monthly_charges']"),
    (lambda raw: raw.assign(tenure_months=raw["tenure_months"] + 12), "drift: mean shift over 0.1 reference std: {'tenure_months'"),
], ids=["renamed column", "drifted distribution"])
def test_broken_input_stops_the_run_at_data_validation_and_nothing_downstream_is_written(kit, contracts, runner, tmp_path, breakage, message):
    runner.run(kit, tmp_path, end="data-collection")
    raw_dir = tmp_path / contracts["data-collection"]["outputs"][0]["path"]
    part = next(raw_dir.glob("*.parquet"))
    breakage(pd.read_parquet(part)).to_parquet(part, index=False)

    result = subprocess.run([sys.executable, str(kit / "run_pipeline.py"), "--from", "data-validation", "--workdir", str(tmp_path)],
                            capture_output=True, text=True)

    assert result.returncode == 1
    assert "The run stopped. stage data-validation failed in cell data-validation-" in result.stderr
    assert "RuntimeError: Data validation failed, nothing written downstream" in result.stderr
    assert message in result.stderr
    assert "== data-processing" not in result.stdout
    report = json.loads((tmp_path / "reports/validation.json").read_text())
    assert report["passed"] is False
    assert not (tmp_path / "data/validated").exists(), "validated data was written from a failing snapshot"
    written = [p for p in downstream_of_validation(contracts) if (tmp_path / p).exists()]
    assert written == [], f"written downstream of a failed validation: {written}"


class FakeMlflow:
    """Records the MLflow calls tracking_mlflow.py makes (MLflow is not installed where the tests run)."""

    def __init__(self):
        self.runs: list[dict] = []
        self.sklearn = self

    def set_experiment(self, name):
        self.experiment = name

    def start_run(self, run_name):
        self.runs.append({"name": run_name, "params": {}, "metrics": {}, "artifacts": [], "models": []})
        return contextlib.nullcontext()

    def log_params(self, params):
        self.runs[-1]["params"].update(params)

    def log_metrics(self, metrics):
        assert all(isinstance(v, (int, float)) for v in metrics.values()), metrics
        self.runs[-1]["metrics"].update(metrics)

    def log_artifact(self, path):
        assert Path(path).exists(), path
        self.runs[-1]["artifacts"].append(Path(path).name)

    def log_model(self, model, name, registered_model_name=None):
        self.runs[-1]["models"].append((type(model).__name__, name, registered_model_name))


def test_tracking_logs_a_run_per_stage_it_leads_with_the_parameters_the_notebook_ran_with_and_registers_the_model(kit, stage_graph, full_run, monkeypatch):
    workdir, _ = full_run
    fake = FakeMlflow()
    monkeypatch.setitem(sys.modules, "mlflow", fake)
    monkeypatch.setitem(sys.modules, "mlflow.sklearn", fake)
    monkeypatch.syspath_prepend(str(kit))
    spec = importlib.util.spec_from_file_location("tracking_mlflow", kit / "tracking_mlflow.py")
    tracking = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tracking)

    tracking.track(workdir)

    led = [s["id"] for s in stage_graph["stages"]
           if any(c["stage"] == s["id"] and c["role"] == "primary" for c in stage_graph["pipelineTypes"]["ml-tracking-pipeline"])]
    assert [r["name"] for r in fake.runs] == led
    contracts = {s["id"]: s["notebook"] for s in stage_graph["stages"]}
    for run in fake.runs:
        assert {p["name"] for p in contracts[run["name"]]["parameters"]} <= set(run["params"]), run["name"]
        assert run["metrics"], f"{run['name']} logged no metrics"
    training = fake.runs[led.index("training-evaluation")]
    assert training["params"]["register_model"] is True, "the injected value, not the notebook's default"
    assert training["models"] == [("Pipeline", "trained_model", tracking.REGISTERED_MODEL)]
    assert training["metrics"]["test"] == json.loads((workdir / "reports/evaluation.json").read_text())["test"]

    # The data version is the content hash the registry entry holds, not a folder name.
    registered = json.loads((workdir / "models/registered-version.json").read_text())
    assert training["params"]["data_snapshot"] == registered["data_snapshot"]
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", registered["data_snapshot"])


def framing_section(text: str, field: str) -> str:
    """The section of FRAMING.md that holds a field (from its heading to the next)."""
    return next(s for s in text.split("\n## ") if f"- Field: `{field}`" in s)


def with_framing_value(kit: Path, folder: Path, field: str, value) -> Path:
    """A copy of the kit whose FRAMING.md gives `field` another value, as a reader would edit it."""
    shutil.copytree(kit, folder)
    path = folder / "FRAMING.md"
    text = path.read_text()
    section = framing_section(text, field)
    edited = "\n".join(f"- Value: `{value}`" if line.startswith("- Value: ") else line for line in section.split("\n"))
    path.write_text(text.replace(section, edited))
    return folder


def test_the_worked_example_starts_from_a_filled_in_framing_that_sets_the_gate(kit, runner, full_run, stage_graph):
    workdir, _ = full_run
    framing = (kit / "FRAMING.md").read_text()
    for field in runner.framing_fields(kit):
        assert f"- Field: `{field}`" in framing
    assert runner.read_framing(kit) and all(s["filled"] for s in runner.read_framing(kit).values()), "a field of the worked example is not answered"
    framed = runner.framing_parameters(kit)
    executed = {stage: runner.parameters_of_notebook(nbformat.read(workdir / "runs" / f"{stage}.ipynb", as_version=4)) for stage in framed}
    for stage, values in framed.items():
        for name, value in values.items():
            assert executed[stage][name] == value, f"{stage}.{name} did not run with the framing's value"
    evaluation = json.loads((workdir / "reports/evaluation.json").read_text())
    assert evaluation["metric"] == framed["model-building"]["metric"]


def test_changing_the_margin_in_the_framing_changes_the_gate(kit, runner, full_run, tmp_path):
    workdir, _ = full_run
    evaluation = json.loads((workdir / "reports/evaluation.json").read_text())
    gain = evaluation["test"] - evaluation["baseline_test"]
    below, above = round(gain - 0.005, 4), round(gain + 0.005, 4)

    passing = with_framing_value(kit, tmp_path / "kit-below", "minimum-gain", below)
    run_below = tmp_path / "run-below"
    shutil.copytree(workdir, run_below)
    runner.run(passing, run_below, start="training-evaluation", end="training-evaluation")
    registered = json.loads((run_below / "models/registered-version.json").read_text())
    assert registered["registered"] is True

    failing = with_framing_value(kit, tmp_path / "kit-above", "minimum-gain", above)
    run_above = tmp_path / "run-above"
    shutil.copytree(workdir, run_above)
    before = json.loads((run_above / "models/registered-version.json").read_text())
    with pytest.raises(runner.StageFailed, match=rf"does not beat the baseline \S+ by {above}"):
        runner.run(failing, run_above, start="training-evaluation", end="training-evaluation")
    # A refused model leaves the registry as it was: it still names the version deployed before.
    after = json.loads((run_above / "models/registered-version.json").read_text())
    assert after == before, "a model below the framing's margin was registered"
    assert registered["version"] == before["version"] + 1, "a model above the framing's margin was not registered as a new version"


def test_changing_the_offline_metric_in_the_framing_changes_what_the_gate_compares(kit, runner, full_run, tmp_path):
    workdir, _ = full_run
    framed = with_framing_value(kit, tmp_path / "kit", "offline-metric", "balanced_accuracy")
    again = tmp_path / "run"
    shutil.copytree(workdir, again)
    runner.run(framed, again, start="model-building", end="training-evaluation")
    assert json.loads((again / "reports/evaluation.json").read_text())["metric"] == "balanced_accuracy"


def test_the_runner_refuses_a_framing_without_one_of_its_fields_naming_the_file_and_the_field(kit, tmp_path):
    broken = tmp_path / "kit"
    shutil.copytree(kit, broken)
    text = (broken / "FRAMING.md").read_text()
    (broken / "FRAMING.md").write_text(text.replace("\n## " + framing_section(text, "minimum-gain"), ""))

    result = subprocess.run([sys.executable, "run_pipeline.py", "--workdir", str(tmp_path / "run")], cwd=broken, capture_output=True, text=True)

    assert result.returncode == 1
    assert "The run did not start. FRAMING.md: the field `minimum-gain` is missing" in result.stderr
    assert "== " not in result.stdout, "a notebook ran before the framing was checked"


def shuffle_training_labels(workdir: Path) -> None:
    for part in (workdir / "data/splits").rglob("*.parquet"):
        splits = pd.read_parquet(part)
        train = splits["split"] == "train"
        splits.loc[train, "label"] = splits.loc[train, "label"].sample(frac=1, random_state=0).to_numpy()
        splits.to_parquet(part, index=False)


def test_training_scores_the_deployed_version_on_the_same_test_rows_and_keeps_it_when_the_new_model_is_worse(kit, runner, full_run, tmp_path):
    workdir, _ = full_run
    again = tmp_path / "again"
    shutil.copytree(workdir, again)
    shuffle_training_labels(again)
    with pytest.raises(runner.StageFailed, match="does not beat the deployed version 1"):
        runner.run(kit, again, start="training-evaluation", end="training-evaluation")
    report = json.loads((again / "reports/evaluation.json").read_text())
    assert report["deployed_version"] == 1 and report["deployed_test"] > report["test"]
    assert json.loads((again / "models/registered-version.json").read_text())["version"] == 1, "the registry no longer names the deployed version"


def test_each_registered_version_keeps_its_own_model_and_a_changed_file_is_not_unpickled(kit, runner, full_run, tmp_path):
    workdir, _ = full_run
    again = tmp_path / "again"
    shutil.copytree(workdir, again)
    runner.run(kit, again, start="training-evaluation", end="training-evaluation")
    second = json.loads((again / "models/registered-version.json").read_text())
    assert second["version"] == 2 and Path(second["model_uri"]).name == "v2"
    assert (again / "models/registry/v1/model.pkl").exists(), "version 1's model is gone, so rolling back to it cannot work"
    with open(again / "models/registry/v2/model.pkl", "ab") as f:
        f.write(b"tampered")
    with pytest.raises(runner.StageFailed, match="changed after it was registered"):
        runner.run(kit, again, start="training-evaluation", end="training-evaluation")
