"""Runs the template starter kit the way its README says: every notebook executes, in order, in a kernel,
before anyone has filled in a cell of work."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NODE = os.environ.get("NODE", "node")


def test_the_template_kit_runs_with_the_two_commands_of_its_readme(tmp_path, stage_graph):
    kit = tmp_path / "starter-kit"
    subprocess.run([NODE, "src/cli/write-kit.ts", "starter-kit", str(kit)], cwd=ROOT, check=True)
    readme = (kit / "README.md").read_text()
    commands = re.search(r"```sh\n(.*?)\n```", readme, re.S).group(1).splitlines()
    assert commands == ["python3 -m venv .venv && .venv/bin/pip install -r requirements.txt", ".venv/bin/python run_pipeline.py"]

    # The second command, with the interpreter that already has the pinned requirements.
    result = subprocess.run([sys.executable, "run_pipeline.py"], cwd=kit, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    stages = [s["id"] for s in stage_graph["stages"]]
    assert re.findall(r"^== (.+)$", result.stdout, re.M) == stages
    assert f"{len(stages)} stages ran, 0 checks passed" in result.stdout
    assert sorted(p.stem for p in (kit / "runs").glob("*.ipynb")) == sorted(stages)
