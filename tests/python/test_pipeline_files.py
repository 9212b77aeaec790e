"""The worked example as a data pipeline (Airflow) and a workflow pipeline (Kubeflow Pipelines): neither
library can be installed where the tests run, so the generated files are compiled and read with `ast`,
and their tasks and data dependencies must equal the model's stage graph (src/model/data/stages.ts). The
Airflow DAG also runs on the worked example's notebooks with the Airflow stand-in (stand_ins.py)."""

import ast
import os
import runpy
import subprocess
from pathlib import Path

import pandas as pd
import pytest

# One worker runs this whole file (pytest-xdist's loadgroup): its module fixture writes the kit once, not once per worker.
pytestmark = pytest.mark.xdist_group("test_pipeline_files")

ROOT = Path(__file__).resolve().parents[2]
NODE = os.environ.get("NODE", "node")


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("worked-example")
    subprocess.run([NODE, "tools/cli/write-kit.ts", "worked-example", str(folder)], cwd=ROOT, check=True)
    return folder


def expected_graph(stage_graph: dict, pipeline_type: str) -> tuple[list[str], set, set]:
    """The stages a type covers, in order; the artifacts handed between them (producer, consumer,
    artifact); and the inputs that come from outside the run (consumer, artifact)."""
    order = [s["id"] for s in stage_graph["stages"]]
    covered = [s for s in order if any(c["stage"] == s for c in stage_graph["pipelineTypes"][pipeline_type])]
    producer = {a: s["id"] for s in stage_graph["stages"] for a in s["outputs"]}
    inputs = {s["id"]: s["inputs"] for s in stage_graph["stages"]}
    handed, outside = set(), set()
    for consumer in covered:
        for artifact in inputs[consumer]:
            source = producer.get(artifact)
            if source in covered and covered.index(source) < covered.index(consumer):
                handed.add((source, consumer, artifact))
            else:
                outside.add((consumer, artifact))
    return covered, handed, outside


def decorated_by(node: ast.AST, name: str) -> bool:
    """Whether a function carries `@name`, `@name(...)`, `@x.name` or `@x.name(...)`."""
    for d in getattr(node, "decorator_list", []):
        target = d.func if isinstance(d, ast.Call) else d
        if (isinstance(target, ast.Name) and target.id == name) or (isinstance(target, ast.Attribute) and target.attr == name):
            return True
    return False


def stage_id(name: str) -> str:
    return name.replace("_", "-")


def run_stage_target(function: ast.FunctionDef, runner: str = "run_stage") -> str:
    """The stage id a task or component body passes to run_stage (or to the DAG's run_on_worker)."""
    calls = [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == runner]
    assert len(calls) == 1, f"{function.name} calls {runner} {len(calls)} times"
    return ast.literal_eval(calls[0].args[0])


def read(kit: Path, name: str) -> ast.Module:
    source = (kit / name).read_text()
    compile(source, name, "exec")
    return ast.parse(source)


def handed_over(pipeline: ast.FunctionDef, result_suffix: str, outputs_of) -> tuple[list[str], set, set]:
    """Calls in a DAG or pipeline body, in order, with the artifacts each receives from an earlier call
    (`name<result_suffix>` results) and from elsewhere (any other argument)."""
    called, handed, outside = [], set(), set()
    for statement in pipeline.body:
        if not (isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)):
            continue
        call = statement.value
        if not isinstance(call.func, ast.Name):
            continue
        consumer = call.func.id
        called.append(consumer)
        for kw in call.keywords:
            producer = outputs_of(kw.value)
            if producer is not None and producer[0].endswith(result_suffix):
                name, key = producer
                assert key == kw.arg, f"{consumer}: {kw.arg} is fed from the output {key!r}"
                handed.add((stage_id(name.removesuffix(result_suffix)), stage_id(consumer), stage_id(kw.arg)))
            else:
                outside.add((stage_id(consumer), stage_id(kw.arg)))
    return called, handed, outside


def subscript_of(node: ast.AST) -> tuple[str, str] | None:
    """`x["key"]` (Airflow's XComArg) or `x.outputs["key"]` (a KFP task): (x, key)."""
    if not isinstance(node, ast.Subscript):
        return None
    value = node.value
    if isinstance(value, ast.Attribute) and value.attr == "outputs":
        value = value.value
    return (value.id, ast.literal_eval(node.slice)) if isinstance(value, ast.Name) else None


def test_the_airflow_dag_has_one_task_per_data_pipeline_stage_with_the_models_dependencies(kit, stage_graph):
    tree = read(kit, "data_pipeline_airflow.py")
    assert any(isinstance(n, ast.ImportFrom) and n.module == "airflow.sdk" and {a.name for a in n.names} >= {"dag", "task"} for n in tree.body)
    dags = [n for n in tree.body if isinstance(n, ast.FunctionDef) and decorated_by(n, "dag")]
    assert len(dags) == 1, "expected one @dag function"
    tasks = [n for n in dags[0].body if isinstance(n, ast.FunctionDef) and decorated_by(n, "task")]
    covered, handed, outside = expected_graph(stage_graph, "data-pipeline")

    assert [stage_id(t.name) for t in tasks] == covered
    assert [run_stage_target(t, "run_on_worker") for t in tasks] == covered, "a task runs another stage's notebook than its name says"
    called, got_handed, _ = handed_over(dags[0], "_outputs", subscript_of)
    assert [stage_id(c) for c in called] == covered, "the DAG does not call each task once, in stage order"
    assert got_handed == handed
    # An input made outside the DAG (the prediction log, written by deployment) is read from its path.
    for consumer, artifact in outside:
        task = next(t for t in tasks if stage_id(t.name) == consumer)
        assert stage_id(artifact) not in {stage_id(a.arg) for a in task.args.args}


def test_the_kfp_pipeline_has_one_component_per_stage_with_the_models_artifacts_and_dependencies(kit, stage_graph):
    tree = read(kit, "workflow_pipeline_kfp.py")
    assert any(isinstance(n, ast.ImportFrom) and n.module == "kfp" and {"dsl"} <= {a.name for a in n.names} for n in tree.body)
    components = [n for n in tree.body if isinstance(n, ast.FunctionDef) and decorated_by(n, "component")]
    pipelines = [n for n in tree.body if isinstance(n, ast.FunctionDef) and decorated_by(n, "pipeline")]
    assert len(pipelines) == 1, "expected one @dsl.pipeline function"
    covered, handed, outside = expected_graph(stage_graph, "workflow-pipeline")
    stages = {s["id"]: s for s in stage_graph["stages"]}

    assert [stage_id(c.name) for c in components] == covered
    assert [run_stage_target(c) for c in components] == covered
    for component in components:
        contract = stages[stage_id(component.name)]["notebook"]
        kinds = {a.arg: ast.unparse(a.annotation).split("[")[0] for a in component.args.args}
        assert {stage_id(a) for a, k in kinds.items() if k == "Input"} == {p["artifact"] for p in contract["inputs"]}
        assert {stage_id(a) for a, k in kinds.items() if k == "Output"} == {p["artifact"] for p in contract["outputs"]}
        assert {a for a, k in kinds.items() if k not in ("Input", "Output")} == {p["name"] for p in contract["parameters"]}

    importers = {t.id for n in pipelines[0].body if isinstance(n, ast.Assign) and "dsl.importer" in ast.unparse(n.value) for t in n.targets}
    called, got_handed, got_outside = handed_over(pipelines[0], "_task", subscript_of)
    components_called = [c for c in called if stage_id(c) in stages]
    assert [stage_id(c) for c in components_called] == covered, "the pipeline does not call each component once, in stage order"
    assert got_handed == handed
    assert got_outside == outside
    assert {stage_id(i) for i in importers} == {artifact for _, artifact in outside}, "an outside input comes in without an importer"


def test_a_dependency_the_model_does_not_have_fails_the_comparison(kit, stage_graph):
    """The comparison can fail: feeding data processing from collection instead of validation is caught."""
    source = (kit / "data_pipeline_airflow.py").read_text()
    broken = source.replace('validated_data=data_validation_outputs["validated_data"]', 'validated_data=data_collection_outputs["validated_data"]')
    assert broken != source
    dag = next(n for n in ast.parse(broken).body if isinstance(n, ast.FunctionDef) and decorated_by(n, "dag"))
    _, got_handed, _ = handed_over(dag, "_outputs", subscript_of)
    assert got_handed != expected_graph(stage_graph, "data-pipeline")[1]


def test_the_airflow_dag_runs_each_task_in_its_own_folder_and_hands_over_only_uris_of_the_shared_store(kit, stage_graph, stand_in, tmp_path, monkeypatch):
    """Run with the Airflow stand-in: every task on an empty folder of its own, as on another worker;
    a task that handed the next one a path on its own disk would fail here."""
    from datetime import datetime

    airflow = stand_in("airflow")
    store = tmp_path / "store"
    monkeypatch.setenv("CHURN_STORE", store.as_uri())
    monkeypatch.syspath_prepend(str(kit))
    namespace = runpy.run_path(str(kit / "data_pipeline_airflow.py"), run_name="dag_file")

    ran = namespace["churn_data_pipeline"]().test(logical_date=datetime(2026, 11, 29))

    covered, handed, _ = expected_graph(stage_graph, "data-pipeline")
    assert [name for name, _ in ran] == [c.replace("-", "_") for c in covered]
    for _, outputs in ran:
        for uri in outputs.values():
            assert uri.startswith(f"{store.as_uri()}/2026-11-29/"), uri
            assert Path(uri.removeprefix("file://")).exists(), f"{uri} is not in the store"
    splits = dict(ran)["data_processing"]["data_splits"]
    assert len(pd.read_parquet(splits.removeprefix("file://"))) > 0


def test_the_airflow_stand_in_refuses_a_local_path_handed_between_tasks(stand_in, tmp_path):
    from datetime import datetime

    sdk = stand_in("airflow").sdk

    @sdk.dag(schedule=None, start_date=datetime(2026, 1, 1))
    def on_one_machine():
        @sdk.task
        def write():
            Path("out.csv").write_text("a\n1\n")
            return "out.csv"

        write()

    with pytest.raises(ValueError, match="hands the local path 'out.csv' to the next task"):
        on_one_machine().test()
