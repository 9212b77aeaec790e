"""Runs the six stage notebooks in the order STAGES.md lists them, each in a Jupyter kernel.

It reads FRAMING.md first: every framing field STAGES.md lists must have its section there (a
missing one stops the run, naming the file and the field), and the `Value` of a field that sets a
notebook parameter (the gate's metric and margin) is injected into that notebook.

Like papermill, it inserts a cell tagged `injected-parameters` right after the cell tagged
`parameters`, so the overrides win over the defaults and the notebook still says what it ran
with. Each executed notebook is saved in `runs/`, outputs included. A failing cell stops the
run, names its stage and cell, and no later stage starts.

    python run_pipeline.py                      # every stage, in this folder
    python run_pipeline.py --from data-validation --set data-validation.drift_threshold=0.2
"""

import argparse
import ast
import json
import os
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent
# The worked example registers its model; the template's default is not to.
OVERRIDES = {"training-evaluation": {"register_model": True}}
# Each check cell prints this before the check's name once its assertion held.
CHECKED = "checked: "
FRAMING = "FRAMING.md"


class FramingError(ValueError):
    """FRAMING.md lacks a field STAGES.md lists: the run does not start."""


class StageFailed(RuntimeError):
    """A cell of a stage's notebook raised: the run stops here."""

    def __init__(self, stage: str, cell: str, error: str):
        super().__init__(f"stage {stage} failed in cell {cell}: {error}")
        self.stage, self.cell = stage, cell


def stage_order(kit: Path = HERE) -> list[str]:
    """Stage ids in the order STAGES.md lists their notebooks."""
    text = (kit / "STAGES.md").read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r"^- Notebook: `([a-z-]+)\.ipynb`", text, re.M)]


def framing_fields(kit: Path = HERE) -> dict:
    """The framing fields STAGES.md lists, id to the notebook parameters (`stage.name`) each sets."""
    text = (kit / "STAGES.md").read_text(encoding="utf-8")
    return {m.group(1): re.findall(r"`([a-z-]+\.[A-Za-z_]\w*)`", m.group(2) or "")
            for m in re.finditer(r"^- Framing field: `([a-z-]+)`[^\n]*?(?:, sets (.+))?$", text, re.M)}


def read_framing(kit: Path = HERE) -> dict:
    """FRAMING.md's sections by field id: {"value": the parsed `Value` or None, "filled": has an answer}.

    Raises FramingError naming the file and the first field STAGES.md lists that has no section."""
    path = kit / FRAMING
    if not path.exists():
        raise FramingError(f"{FRAMING}: not found beside STAGES.md; the run reads the project's framing first")
    sections = {}
    for section in re.split(r"^## ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        field = re.search(r"^- Field: `([a-z-]+)`$", section, re.M)
        if not field:
            continue
        value = re.search(r"^- Value: `(.+)`$", section, re.M)
        answer = [line for line in section.splitlines()[1:] if line.strip() and not line.startswith(("- ", ">"))]
        sections[field.group(1)] = {"value": parse_value(value.group(1)) if value else None, "filled": bool(answer)}
    for field in framing_fields(kit):
        if field not in sections:
            raise FramingError(f"{FRAMING}: the field `{field}` is missing; add its section with the line "
                               f"\"- Field: `{field}`\" (STAGES.md lists every field)")
    return sections


def parse_value(text: str):
    """A `Value` as JSON (numbers, true/false), or as text (`roc_auc`)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def framing_parameters(kit: Path = HERE) -> dict:
    """The notebook parameters FRAMING.md sets, stage to {name: value}; fields without a value set none."""
    framing = read_framing(kit)
    parameters: dict = {}
    for field, targets in framing_fields(kit).items():
        if framing[field]["value"] is None:
            continue
        for target in targets:
            stage, _, name = target.partition(".")
            parameters.setdefault(stage, {})[name] = framing[field]["value"]
    unfilled = [f for f, s in framing.items() if not s["filled"]]
    if unfilled:
        print(f"{FRAMING}: {len(unfilled)} fields not answered yet: {', '.join(unfilled)}", flush=True)
    return parameters


def assignments(source: str) -> dict:
    """The plain `name = literal` assignments of a cell."""
    tree = ast.parse(source)
    return {t.id: ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign) for t in node.targets}


def declared_parameters(notebook) -> dict:
    """The notebook's parameters, name to default, from its `parameters` cell."""
    return assignments(next(c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])).source)


def parameters_of_notebook(notebook) -> dict:
    """What an executed notebook ran with: its defaults, then the injected values."""
    injected = [c for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", [])]
    return {**declared_parameters(notebook), **{k: v for c in injected for k, v in assignments(c.source).items()}}


def inject_parameters(notebook, stage: str, parameters: dict) -> None:
    """Inserts the overrides after the `parameters` cell, as papermill does; refuses names it does not declare."""
    unknown = sorted(set(parameters) - set(declared_parameters(notebook)))
    if unknown:
        raise ValueError(f"not parameters of {stage}: {unknown}")
    index = next(i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", []))
    source = "# Injected parameters\n" + "".join(f"{name} = {value!r}\n" for name, value in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    cell.id = f"{stage}-injected-parameters"
    notebook.cells.insert(index + 1, cell)


def checks_that_ran(notebook) -> list[str]:
    """The names the notebook's check cells printed once their assertions held."""
    ran = []
    for cell in notebook.cells:
        if "check" not in cell.metadata.get("tags", []):
            continue
        text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
        ran += [line.removeprefix(CHECKED) for line in text.splitlines() if line.startswith(CHECKED)]
    return ran


def run_stage(stage: str, parameters: dict | None = None, kit: Path = HERE, workdir: Path | None = None) -> dict:
    """Executes one stage's notebook in a fresh kernel in `workdir`; returns its outputs, artifact to path."""
    workdir = (workdir or kit).resolve()
    notebook = nbformat.read(kit / f"{stage}.ipynb", as_version=4)
    parameters = {**OVERRIDES.get(stage, {}), **(parameters or {})}
    inject_parameters(notebook, stage, parameters)
    # The notebooks import the kit's model_pipeline.py; the kernel finds it wherever it runs.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(kit.resolve()), os.environ.get("PYTHONPATH")]))
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(workdir)}})
    runs = workdir / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    try:
        client.execute()
    except CellExecutionError as error:
        failed = next((c for c in notebook.cells if any(o.get("output_type") == "error" for o in c.get("outputs", []))), None)
        raise StageFailed(stage, failed.id if failed else "?", f"{error.ename}: {error.evalue}") from None
    finally:
        nbformat.write(notebook, runs / f"{stage}.ipynb")
    return {name.removeprefix("output_"): path for name, path in parameters_of_notebook(notebook).items() if name.startswith("output_")}


def run(kit: Path = HERE, workdir: Path | None = None, start: str | None = None, end: str | None = None,
        overrides: dict | None = None) -> dict:
    """Runs the stages from `start` to `end` (default: all) in `workdir`; returns each stage's checks that ran."""
    order = stage_order(kit)
    for name in (start, end):
        if name is not None and name not in order:
            raise ValueError(f"unknown stage {name!r}; the stages are {order}")
    workdir = workdir or kit
    # The framing first, so a missing field stops the run before any notebook starts; --set wins over it.
    framed = framing_parameters(kit)
    for stage_id, values in framed.items():
        print(f"{FRAMING} sets " + ", ".join(f"{stage_id}.{k}={v!r}" for k, v in values.items()), flush=True)
    ran = {}
    for stage in order[order.index(start) if start else 0:order.index(end) + 1 if end else None]:
        print(f"== {stage}", flush=True)
        run_stage(stage, {**framed.get(stage, {}), **(overrides or {}).get(stage, {})}, kit, workdir)
        ran[stage] = checks_that_ran(nbformat.read(workdir / "runs" / f"{stage}.ipynb", as_version=4))
        for check in ran[stage]:
            print(f"   {CHECKED}{check}", flush=True)
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
    except FramingError as error:
        print(f"The run did not start. {error}", file=sys.stderr)
        return 1
    print(f"\n{len(ran)} stages ran, {sum(map(len, ran.values()))} checks passed. Executed notebooks: runs/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
