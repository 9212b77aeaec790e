"""Runs the six stage notebooks in the order STAGES.md lists them, each with its parameters.

Like papermill, it executes each notebook's code cells in order and injects the overrides right
after the cell tagged `parameters`; unlike papermill it needs no Jupyter kernel, so the pipeline
runs wherever its libraries are installed. A failing cell stops the run and names its stage.

    python run_pipeline.py                      # every stage, in this folder
    python run_pipeline.py --from data-validation --set data-validation.drift_threshold=0.2
"""

import argparse
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The worked example registers its model; the template's default is not to.
OVERRIDES = {"training-evaluation": {"register_model": True}}


class StageFailed(RuntimeError):
    """A cell of a stage's notebook raised: the run stops here."""

    def __init__(self, stage: str, cell: str, error: BaseException):
        super().__init__(f"stage {stage} failed in cell {cell}: {type(error).__name__}: {error}")
        self.stage, self.cell, self.error = stage, cell, error


def stage_order(kit: Path = HERE) -> list[str]:
    """Stage ids in the order STAGES.md lists their notebooks."""
    text = (kit / "STAGES.md").read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r"^- Notebook: `([a-z-]+)\.ipynb`", text, re.M)]


def run_notebook(path: Path, parameters: dict) -> list[str]:
    """Executes one notebook's code cells in one namespace; returns the checks whose cells ran."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    stage = path.stem
    namespace: dict = {"__name__": "__main__"}
    checks = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        tags = cell.get("metadata", {}).get("tags", [])
        try:
            exec(compile(source, f"{path.name}#{cell['id']}", "exec"), namespace)
            if "parameters" in tags:
                unknown = set(parameters) - set(namespace)
                if unknown:
                    raise KeyError(f"not parameters of {stage}: {sorted(unknown)}")
                namespace.update(parameters)
        except Exception as error:
            raise StageFailed(stage, cell["id"], error) from error
        if "check" in tags:
            checks.append(source.splitlines()[0].removeprefix("# Check: "))
    return checks


def run(kit: Path = HERE, workdir: Path | None = None, start: str | None = None, end: str | None = None,
        overrides: dict | None = None) -> dict:
    """Runs the stages from `start` to `end` (default: all) in `workdir`; returns each stage's checks that ran."""
    order = stage_order(kit)
    for name in (start, end):
        if name is not None and name not in order:
            raise ValueError(f"unknown stage {name!r}; the stages are {order}")
    params = {stage: {**OVERRIDES.get(stage, {}), **(overrides or {}).get(stage, {})} for stage in order}
    ran = {}
    previous = Path.cwd()
    (workdir or kit).mkdir(parents=True, exist_ok=True)
    os.chdir(workdir or kit)
    try:
        for stage in order[order.index(start) if start else 0:order.index(end) + 1 if end else None]:
            print(f"== {stage}", flush=True)
            ran[stage] = run_notebook(kit / f"{stage}.ipynb", params[stage])
            for check in ran[stage]:
                print(f"   checked: {check}")
    finally:
        os.chdir(previous)
    return ran


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", help="first stage to run (default: the first)")
    parser.add_argument("--to", dest="end", help="last stage to run (default: the last)")
    parser.add_argument("--workdir", type=Path, help="folder the stages read and write in (default: this one)")
    parser.add_argument("--set", action="append", default=[], metavar="STAGE.NAME=JSON",
                        help="override a parameter, e.g. data-validation.drift_threshold=0.2")
    args = parser.parse_args()
    overrides: dict = {}
    for item in args.set:
        key, _, value = item.partition("=")
        stage, _, name = key.partition(".")
        overrides.setdefault(stage, {})[name] = json.loads(value)
    try:
        ran = run(workdir=args.workdir, start=args.start, end=args.end, overrides=overrides)
    except StageFailed as failure:
        print(f"\nThe run stopped. {failure}", file=sys.stderr)
        return 1
    print(f"\n{len(ran)} stages ran, {sum(map(len, ran.values()))} checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
