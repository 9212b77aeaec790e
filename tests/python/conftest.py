"""Runs the guide's examples (examples/) as a reader would, in a fresh folder holding small data
the test makes, and returns the names the example defined so a test can check what its page claims."""

import json
import os
import runpy
import subprocess
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
    as `node src/cli/stage-graph.ts` prints them from src/model/."""
    out = subprocess.run([os.environ.get("NODE", "node"), "src/cli/stage-graph.ts"], cwd=EXAMPLES.parent,
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)
