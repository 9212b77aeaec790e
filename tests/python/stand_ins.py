"""Stand-ins for the orchestrators and trackers that cannot be installed where the tests run
(Kubeflow Pipelines, Airflow, MLflow). Each one imports under the library's own name and runs the
example's own functions as plain Python, the way the library's local runner would: a KFP
component's body on real files, an Airflow task's callable with its context, MLflow's tracking and
registry calls recorded in memory. They are not the libraries: they implement only the calls the
examples make (tests/python/documented_api.py holds those calls to the documented signatures), and
they refuse what the real thing would refuse where the examples could get it wrong."""

import builtins
import contextlib
import inspect
import json
import types
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse


def module(name: str, **attributes) -> types.ModuleType:
    made = types.ModuleType(name)
    made.__dict__.update(attributes)
    return made


# Kubeflow Pipelines --------------------------------------------------------------------------


class KfpArtifact:
    """An artifact a component reads or writes: a local file at `path`, its `metadata`."""

    def __init__(self, path: Path):
        self.path = str(path)
        self.uri = Path(path).resolve().as_uri()
        self.metadata: dict = {}


class Dataset(KfpArtifact):
    pass


class Model(KfpArtifact):
    pass


class Artifact(KfpArtifact):
    pass


class Metrics(KfpArtifact):
    def log_metric(self, metric: str, value: float) -> None:
        # KFP stores metrics as numbers; a numpy or string value would not serialise the same way.
        if type(value) not in (int, float):
            raise TypeError(f"log_metric({metric!r}) takes a Python number, got {type(value).__name__}")
        self.metadata[metric] = value


@dataclass(frozen=True)
class Slot:
    direction: str
    kind: type


class Input:
    def __class_getitem__(cls, kind):
        return Slot("input", kind)


class Output:
    def __class_getitem__(cls, kind):
        return Slot("output", kind)


@dataclass
class KfpTask:
    outputs: dict

    @property
    def output(self):
        [only] = self.outputs.values()
        return only


def kfp_modules(workdir: Path) -> dict[str, types.ModuleType]:
    """`kfp`, `kfp.dsl`, `kfp.compiler`, `kfp.client`: calling the pipeline function runs each
    component at once, in call order, its outputs in fresh files under `workdir`."""
    workdir = Path(workdir)
    ran: list[tuple[str, dict]] = []

    def component(func=None, **options):
        if func is None:
            return lambda f: component(f, **options)
        signature = inspect.signature(func)

        def run(**arguments):
            unknown = set(arguments) - set(signature.parameters)
            if unknown:
                raise TypeError(f"{func.__name__} has no input {sorted(unknown)}")
            values, outputs = {}, {}
            folder = workdir / f"{len(ran):02d}-{func.__name__}"
            for name, parameter in signature.parameters.items():
                slot = parameter.annotation
                if isinstance(slot, Slot) and slot.direction == "output":
                    folder.mkdir(parents=True, exist_ok=True)
                    values[name] = outputs[name] = slot.kind(folder / name)
                elif name in arguments:
                    value = arguments[name]
                    if isinstance(slot, Slot) and not isinstance(value, slot.kind):
                        raise TypeError(f"{func.__name__}: {name} expects a {slot.kind.__name__} artifact, got {value!r}")
                    values[name] = value
                elif parameter.default is not inspect.Parameter.empty:
                    values[name] = parameter.default
                else:
                    raise TypeError(f"{func.__name__}: no value for {name}")
            # A component runs in its own container from its source alone: no module-level names.
            isolated = types.FunctionType(func.__code__, {"__builtins__": builtins}, func.__name__, func.__defaults__)
            isolated(**values)
            ran.append((func.__name__, values))
            return KfpTask(outputs)

        run.python_func = func
        run.component_options = options
        return run

    def pipeline(func=None, **options):
        if func is None:
            return lambda f: pipeline(f, **options)
        func.pipeline_options = options
        return func

    def importer(artifact_uri, artifact_class, reimport=False, metadata=None):
        parsed = urlparse(artifact_uri)
        path = Path(parsed.path) if parsed.scheme == "file" else Path(artifact_uri)
        if parsed.scheme not in ("", "file") or not path.exists():
            raise FileNotFoundError(f"the stand-in imports local files only: {artifact_uri}")
        imported = artifact_class(path)
        imported.metadata.update(metadata or {})
        return KfpTask({"artifact": imported})

    class Compiler:
        compiled: list = []

        def compile(self, pipeline_func, package_path, pipeline_name=None, pipeline_parameters=None, type_check=True):
            Compiler.compiled.append((pipeline_func.__name__, package_path))

    class Client:
        runs: list = []

        def __init__(self, host=None, **options):
            self.host = host

        def create_run_from_pipeline_package(self, pipeline_file, arguments=None, **options):
            Client.runs.append((pipeline_file, arguments))

    dsl = module("kfp.dsl", component=component, pipeline=pipeline, importer=importer, Input=Input, Output=Output,
                 Dataset=Dataset, Model=Model, Metrics=Metrics, Artifact=Artifact, ran=ran)
    compiler = module("kfp.compiler", Compiler=Compiler)
    client = module("kfp.client", Client=Client)
    kfp = module("kfp", dsl=dsl, compiler=compiler, client=client)
    return {"kfp": kfp, "kfp.dsl": dsl, "kfp.compiler": compiler, "kfp.client": client}


# Airflow ------------------------------------------------------------------------------------


def local_path_in(value, folder: Path) -> str | None:
    """A string in an XCom value that names a file on this worker (no URI scheme), if any."""
    if isinstance(value, dict):
        return next((p for v in value.values() if (p := local_path_in(v, folder))), None)
    if isinstance(value, (list, tuple)):
        return next((p for v in value if (p := local_path_in(v, folder))), None)
    if isinstance(value, str) and not urlparse(value).scheme:
        candidate = Path(value)
        if candidate.is_absolute() or "/" in value or (folder / candidate).exists():
            return value
    return None


def airflow_modules(workers: Path) -> dict[str, types.ModuleType]:
    """`airflow.sdk` whose DAGs run with `dag.test()`: each task at once, in call order, in its own
    empty working folder under `workers` (as on a worker of its own), with its context. A task may
    return only what XCom carries between machines: JSON values, never a path on its own disk."""
    workers = Path(workers)
    ran: list[tuple[str, object]] = []

    def task(python_callable=None, multiple_outputs=False, **options):
        if python_callable is None:
            return lambda f: task(f, multiple_outputs=multiple_outputs, **options)
        takes_context = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in inspect.signature(python_callable).parameters.values())

        def call(*args, **kwargs):
            if DagStandIn.running is None:
                raise RuntimeError("the stand-in runs tasks inside dag.test() only")
            folder = workers / f"{len(ran):02d}-{python_callable.__name__}"
            folder.mkdir(parents=True)
            context = DagStandIn.running if takes_context else {}
            with contextlib.chdir(folder):
                result = python_callable(*args, **kwargs, **context)
            json.dumps(result)  # XCom serialises what a task returns
            if (path := local_path_in(result, folder)) is not None:
                raise ValueError(f"{python_callable.__name__} hands the local path {path!r} to the next task: another worker cannot read it")
            if multiple_outputs and not isinstance(result, dict):
                raise TypeError(f"{python_callable.__name__} has multiple_outputs but returned {type(result).__name__}")
            ran.append((python_callable.__name__, result))
            return result

        call.function = python_callable
        call.options = options
        return call

    class DagStandIn:
        running: dict | None = None

        def __init__(self, body, options):
            self.body, self.options = body, options

        def test(self, logical_date=None):
            day = (logical_date or self.options["start_date"]).strftime("%Y-%m-%d")
            DagStandIn.running = {"ds": day, "logical_date": logical_date}
            try:
                self.body()
            finally:
                DagStandIn.running = None
            return list(ran)

    def dag(dag_id=None, **options):
        def decorate(body):
            return lambda: DagStandIn(body, options)

        return decorate(dag_id) if callable(dag_id) else decorate

    sdk = module("airflow.sdk", dag=dag, task=task, ran=ran)
    return {"airflow": module("airflow", sdk=sdk), "airflow.sdk": sdk}


# MLflow -------------------------------------------------------------------------------------


class MlflowException(Exception):
    pass


@dataclass
class MlflowRun:
    run_id: str
    name: str | None
    params: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    tags: dict = field(default_factory=dict)
    artifacts: list = field(default_factory=list)
    models: dict = field(default_factory=dict)

    @property
    def info(self):
        return types.SimpleNamespace(run_id=self.run_id, run_name=self.name)


def mlflow_modules() -> dict[str, types.ModuleType]:
    """`mlflow`, `mlflow.sklearn`, `mlflow.pyfunc`, `mlflow.exceptions`: runs, models, versions and
    aliases kept in memory (`mlflow.store`), models loaded back as the objects logged."""
    store = types.SimpleNamespace(runs=[], versions={}, aliases={}, experiment=None)
    active: list[MlflowRun] = []

    def current() -> MlflowRun:
        if not active:
            raise MlflowException("no active run: call inside mlflow.start_run()")
        return active[-1]

    def set_experiment(experiment_name=None, experiment_id=None):
        store.experiment = experiment_name

    @contextlib.contextmanager
    def start_run(run_id=None, experiment_id=None, run_name=None, **options):
        run = MlflowRun(f"run{len(store.runs)}", run_name)
        store.runs.append(run)
        active.append(run)
        try:
            yield run
        finally:
            active.pop()

    def log_params(params, synchronous=None, run_id=None):
        for key, value in params.items():
            if key in current().params and current().params[key] != str(value):
                raise MlflowException(f"param {key} was already logged with another value")
            current().params[key] = str(value)  # MLflow keeps parameters as strings

    def log_param(key, value, synchronous=None):
        log_params({key: value})

    def log_metric(key, value, step=None, **options):
        current().metrics[key] = float(value)

    def log_metrics(metrics, step=None, **options):
        for key, value in metrics.items():
            log_metric(key, value)

    def set_tag(key, value, synchronous=None):
        current().tags[key] = str(value)

    def set_tags(tags, synchronous=None):
        for key, value in tags.items():
            set_tag(key, value)

    def log_artifact(local_path, artifact_path=None, run_id=None):
        if not Path(local_path).exists():
            raise MlflowException(f"no file {local_path}")
        current().artifacts.append(Path(local_path).name)

    def log_model(sk_model=None, artifact_path=None, *, name=None, registered_model_name=None, **options):
        run = current()
        run.models[name] = sk_model
        uri = f"runs:/{run.run_id}/{name}"
        if registered_model_name:
            register_model(uri, registered_model_name)
        return types.SimpleNamespace(model_uri=uri)

    def register_model(model_uri, name, await_registration_for=300, *, tags=None, env_pack=None):
        versions = store.versions.setdefault(name, [])
        versions.append({"source": model_uri, "tags": dict(tags or {})})
        return types.SimpleNamespace(name=name, version=str(len(versions)), source=model_uri)

    def resolve(model_uri):
        if model_uri.startswith("runs:/"):
            run_id, _, name = model_uri.removeprefix("runs:/").partition("/")
            run = next(r for r in store.runs if r.run_id == run_id)
            return run.models[name]
        if model_uri.startswith("models:/"):
            name, _, alias = model_uri.removeprefix("models:/").partition("@")
            version = store.aliases.get((name, alias))
            if version is None:
                raise MlflowException(f"Registered model alias {alias} not found for {name}")
            return resolve(store.versions[name][int(version) - 1]["source"])
        raise MlflowException(f"the stand-in does not resolve {model_uri}")

    def load_model(model_uri, dst_path=None, **options):
        return resolve(model_uri)

    class MlflowClient:
        def __init__(self, tracking_uri=None, registry_uri=None):
            pass

        def set_registered_model_alias(self, name, alias, version):
            if not 1 <= int(version) <= len(store.versions.get(name, [])):
                raise MlflowException(f"{name} has no version {version}")
            store.aliases[(name, alias)] = str(version)

        def get_model_version_by_alias(self, name, alias):
            version = store.aliases.get((name, alias))
            if version is None:
                raise MlflowException(f"Registered model alias {alias} not found for {name}")
            return types.SimpleNamespace(name=name, version=version, source=store.versions[name][int(version) - 1]["source"])

    exceptions = module("mlflow.exceptions", MlflowException=MlflowException)
    sklearn = module("mlflow.sklearn", log_model=log_model, load_model=load_model)
    pyfunc = module("mlflow.pyfunc", load_model=load_model)
    mlflow = module(
        "mlflow", set_experiment=set_experiment, start_run=start_run, log_params=log_params, log_param=log_param,
        log_metric=log_metric, log_metrics=log_metrics, set_tag=set_tag, set_tags=set_tags, log_artifact=log_artifact,
        register_model=register_model, MlflowClient=MlflowClient, sklearn=sklearn, pyfunc=pyfunc, exceptions=exceptions,
        store=store,
    )
    return {"mlflow": mlflow, "mlflow.sklearn": sklearn, "mlflow.pyfunc": pyfunc, "mlflow.exceptions": exceptions}


# PySpark ------------------------------------------------------------------------------------

ARROW_TYPES = {"string": "string", "double": "float64", "float": "float32", "long": "int64", "bigint": "int64", "int": "int32", "boolean": "bool_"}


def pyspark_modules(storage: dict[str, Path], partitions: int = 3, batch_rows: int = 100) -> dict[str, types.ModuleType]:
    """`pyspark.sql` whose DataFrames are pandas frames in `partitions` parts, read from and written to
    local folders standing for the URI prefixes in `storage`. mapInPandas calls the function once per
    partition with an iterator of batches and converts what it yields to the declared schema with
    Arrow, as Spark does: a column of another type than the schema says fails there."""
    import pandas as pd
    import pyarrow as pa

    def local(uri: str) -> Path:
        prefix = next((p for p in storage if uri.startswith(p)), None)
        if prefix is None:
            raise FileNotFoundError(f"the stand-in has no storage for {uri}")
        return storage[prefix] / uri.removeprefix(prefix)

    def arrow_schema(ddl: str):
        fields = []
        for column in ddl.split(","):
            name, kind = column.split()
            fields.append(pa.field(name, getattr(pa, ARROW_TYPES[kind.lower()])()))
        return pa.schema(fields)

    class Writer:
        def __init__(self, frame):
            self.frame, self.saving = frame, "errorifexists"

        def mode(self, saving):
            self.saving = saving
            return self

        def parquet(self, uri):
            folder = local(uri)
            if folder.exists() and self.saving != "overwrite":
                raise FileExistsError(uri)
            folder.mkdir(parents=True, exist_ok=True)
            self.frame.to_parquet(folder / "part-00000.parquet", index=False)

    class DataFrame:
        def __init__(self, frame):
            self.frame = frame.reset_index(drop=True)

        def mapInPandas(self, func, schema, barrier=False, profile=None):
            schema = arrow_schema(schema)
            parts = []
            size = -(-len(self.frame) // partitions)
            for start in range(0, len(self.frame), size):
                partition = self.frame.iloc[start:start + size]
                batches = (partition.iloc[i:i + batch_rows].reset_index(drop=True) for i in range(0, len(partition), batch_rows))
                for out in func(batches):
                    parts.append(pa.Table.from_pandas(out, schema=schema, preserve_index=False).to_pandas())
            return DataFrame(pd.concat(parts, ignore_index=True))

        @property
        def write(self):
            return Writer(self.frame)

        def toPandas(self):
            return self.frame

    class Reader:
        def parquet(self, *paths):
            return DataFrame(pd.concat([pd.read_parquet(local(p)) for p in paths], ignore_index=True))

    class SparkSession:
        class builder:  # noqa: N801 - Spark's own name
            @staticmethod
            def appName(name):
                return SparkSession.builder

            @staticmethod
            def getOrCreate():
                return SparkSession()

        read = Reader()

    sql = module("pyspark.sql", SparkSession=SparkSession, DataFrame=DataFrame)
    return {"pyspark": module("pyspark", sql=sql), "pyspark.sql": sql}
