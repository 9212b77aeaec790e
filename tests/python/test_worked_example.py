"""Runs the starter kit's worked example as a reader downloads it: the six notebooks in order, then
again on broken input, where data validation must stop the run before anything downstream exists."""

import importlib.util
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import joblib
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE = os.environ.get("NODE", "node")


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> Path:
    """The worked example's files, written by the same code that builds worked-example.zip."""
    folder = tmp_path_factory.mktemp("worked-example")
    subprocess.run([NODE, "src/cli/worked-example.ts", str(folder)], cwd=ROOT, check=True)
    return folder


@pytest.fixture(scope="module")
def contracts() -> dict:
    """Each stage's notebook contract from src/model/stages.ts, in stage order."""
    script = ("import { STAGE_IDS, model } from './src/model/index.ts';"
              "console.log(JSON.stringify(STAGE_IDS.map((id) => [id, model.stages[id].notebook])));")
    out = subprocess.run([NODE, "--input-type=module", "-e", script], cwd=ROOT, check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout))


@pytest.fixture(scope="module")
def runner(kit):
    spec = importlib.util.spec_from_file_location("run_pipeline", kit / "run_pipeline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text())["cells"]
    return ["".join(c["source"]).splitlines()[0].removeprefix("# Check: ")
            for c in cells if "check" in c.get("metadata", {}).get("tags", [])]


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


def test_the_six_notebooks_run_in_order_write_every_declared_output_and_run_every_check(kit, contracts, runner, tmp_path):
    ran = runner.run(kit, tmp_path)
    assert list(ran) == list(contracts), "the stages ran in another order than the model's"
    for stage, contract in contracts.items():
        assert ran[stage] == check_cells(kit / f"{stage}.ipynb"), f"{stage}: not every check cell ran"
        assert len(ran[stage]) >= len(contract["outputs"]) + 1, f"{stage} ran no check of its own"
        for output in contract["outputs"]:
            assert_format(tmp_path / output["path"], output["format"])
    registered = json.loads((tmp_path / "models/registered-version.json").read_text())
    evaluation = json.loads((tmp_path / "reports/evaluation.json").read_text())
    assert registered["registered"] and registered["version"] == 1
    assert evaluation["test"] > evaluation["baseline_test"]


def downstream_of_validation(contracts: dict) -> list[str]:
    stages = list(contracts)
    later = stages[stages.index("data-validation") + 1:]
    return [o["path"] for s in later for o in contracts[s]["outputs"]]


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
    assert "The run stopped. stage data-validation failed" in result.stderr
    assert message in result.stderr
    assert "== data-processing" not in result.stdout
    report = json.loads((tmp_path / "reports/validation.json").read_text())
    assert report["passed"] is False
    assert not (tmp_path / "data/validated").exists(), "validated data was written from a failing snapshot"
    written = [p for p in downstream_of_validation(contracts) if (tmp_path / p).exists()]
    assert written == [], f"written downstream of a failed validation: {written}"
