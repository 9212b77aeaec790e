"""Runs the guide's examples (examples/) as a reader would, in a fresh folder holding small data
the test makes, and returns the names the example defined so a test can check what its page claims."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def run_example(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def run(name: str) -> dict:
        return runpy.run_path(str(EXAMPLES / name), run_name="__main__")

    return run


@pytest.fixture
def data_dir(tmp_path):
    """Makes `data/` (or another folder) in the example's working folder."""

    def make(name: str = "data") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    return make


@pytest.fixture(scope="session")
def stage_graph() -> dict:
    """The model's stages in order (inputs, outputs, notebook contract) and each pipeline type's stages,
    as `node tools/cli/stage-graph.ts` prints them from src/model/."""
    out = subprocess.run([os.environ.get("NODE", "node"), "tools/cli/stage-graph.ts"], cwd=EXAMPLES.parent,
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


@pytest.fixture
def stand_in(tmp_path, monkeypatch):
    """Installs the stand-in of a library that cannot be installed here (tests/python/stand_ins.py)
    under the library's own import names; returns its top-level module."""
    import stand_ins

    def install(library: str):
        modules = {
            "kfp": lambda: stand_ins.kfp_modules(tmp_path / "kfp-artifacts"),
            "airflow": lambda: stand_ins.airflow_modules(tmp_path / "airflow-workers"),
            "mlflow": stand_ins.mlflow_modules,
            "pyspark": lambda: stand_ins.pyspark_modules({"s3://warehouse/": tmp_path / "warehouse"}),
            "fairlearn": stand_ins.fairlearn_modules,
            "feast": stand_ins.feast_modules,
            "tensorflow": stand_ins.tensorflow_modules,
        }[library]()
        for name, made in modules.items():
            monkeypatch.setitem(sys.modules, name, made)
        return modules[library]

    return install
