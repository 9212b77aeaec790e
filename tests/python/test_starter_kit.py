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
    subprocess.run([NODE, "tools/cli/write-kit.ts", "starter-kit", str(kit)], cwd=ROOT, check=True)
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


def test_the_template_kit_carries_the_framing_as_prompts_and_its_runner_rejects_a_missing_field(tmp_path, stage_graph):
    kit = tmp_path / "starter-kit"
    subprocess.run([NODE, "tools/cli/write-kit.ts", "starter-kit", str(kit)], cwd=ROOT, check=True)
    framing = (kit / "FRAMING.md").read_text()
    fields = re.findall(r"^- Framing field: `([a-z-]+)`", (kit / "STAGES.md").read_text(), re.M)
    assert fields, "STAGES.md lists no framing field"
    for field in fields:
        assert f"- Field: `{field}`" in framing
    # Prompts, not answers: each section's text is its question, and no value is set yet.
    assert framing.count("\n> ") == len(fields)
    assert "- Value: `" not in framing

    sections = framing.split("\n## ")
    dropped = next(s for s in sections if "- Field: `latency`" in s)
    (kit / "FRAMING.md").write_text(framing.replace("\n## " + dropped, ""))
    result = subprocess.run([sys.executable, "run_pipeline.py"], cwd=kit, capture_output=True, text=True)

    assert result.returncode == 1
    assert "FRAMING.md: the field `latency` is missing" in result.stderr
    assert not (kit / "runs").exists(), "a notebook ran before the framing was checked"
