"""Stand-ins for the libraries that cannot be installed where the tests run (Kubeflow Pipelines,
Airflow, MLflow, Spark, Fairlearn, Feast, TensorFlow with Keras, LiteRT). Each one imports under the
library's own name and runs the example's own functions as plain Python, the way the library's
local runner would: a KFP component's body on real files, an Airflow task's callable with its
context, MLflow's tracking and registry calls recorded in memory, Fairlearn's metrics by group,
Feast's point-in-time join, a Keras model's layers wired with their shapes and dtypes. They are not the libraries: they implement only the calls the
examples make (tests/python/documented_api.py holds those calls to the documented signatures), and
they refuse what the real thing would refuse where the examples could get it wrong."""

import bisect
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


# Fairlearn ----------------------------------------------------------------------------------


def fairlearn_modules() -> dict[str, types.ModuleType]:
    """`fairlearn.metrics`: MetricFrame (overall, by_group, difference, group_min, group_max) and the
    two metrics the example uses, from the documented semantics of Fairlearn 0.13."""
    import numpy as np
    import pandas as pd

    def positive(pos_label):
        return 1 if pos_label is None else pos_label

    def selection_rate(y_true, y_pred, *, pos_label=1, sample_weight=None):
        # The share of predictions that are the positive label, whatever the truth.
        return float(np.average(np.asarray(y_pred) == pos_label, weights=sample_weight))

    def false_negative_rate(y_true, y_pred, sample_weight=None, pos_label=None):
        # Of the truly positive, the share predicted negative (1 - recall).
        truth, predicted = np.asarray(y_true) == positive(pos_label), np.asarray(y_pred) == positive(pos_label)
        if not truth.any():
            raise ValueError("false_negative_rate: no positive example in this group")
        return float(np.average(~predicted[truth], weights=None if sample_weight is None else np.asarray(sample_weight)[truth]))

    class MetricFrame:
        def __init__(self, *, metrics, y_true, y_pred, sensitive_features, control_features=None, sample_params=None,
                     n_boot=None, ci_quantiles=None, random_state=None):
            if control_features is not None or sample_params is not None or n_boot is not None:
                raise NotImplementedError("the stand-in computes plain metrics by group only")
            named = metrics if isinstance(metrics, dict) else {getattr(metrics, "__name__", "metric"): metrics}
            truth, predicted = np.asarray(y_true), np.asarray(y_pred)
            groups = pd.Series(np.asarray(sensitive_features), name=getattr(sensitive_features, "name", None) or "sensitive_feature_0")
            if not len(truth) == len(predicted) == len(groups):
                raise ValueError("y_true, y_pred and sensitive_features must have the same length")
            if groups.isna().any():
                raise ValueError("sensitive_features has missing values")
            self._single = not isinstance(metrics, dict)
            self._overall = pd.Series({name: f(truth, predicted) for name, f in named.items()})
            rows = {value: {name: f(truth[mask], predicted[mask]) for name, f in named.items()}
                    for value in sorted(groups.unique()) if (mask := (groups == value).to_numpy()).any()}
            self._by_group = pd.DataFrame.from_dict(rows, orient="index")[list(named)]
            self._by_group.index.name = groups.name

        def _shape(self, series):
            return series.iloc[0] if self._single else series

        @property
        def overall(self):
            return self._shape(self._overall)

        @property
        def by_group(self):
            return self._by_group.iloc[:, 0] if self._single else self._by_group

        def group_min(self, errors="raise"):
            return self._shape(self._by_group.min())

        def group_max(self, errors="raise"):
            return self._shape(self._by_group.max())

        def difference(self, method="between_groups", errors="coerce"):
            if method == "between_groups":
                return self._shape(self._by_group.max() - self._by_group.min())
            if method == "to_overall":
                return self._shape((self._by_group - self._overall).abs().max())
            raise ValueError(f"difference: unknown method {method!r}")

    metrics = module("fairlearn.metrics", MetricFrame=MetricFrame, selection_rate=selection_rate,
                     false_negative_rate=false_negative_rate)
    return {"fairlearn": module("fairlearn", metrics=metrics), "fairlearn.metrics": metrics}


# Feast --------------------------------------------------------------------------------------


def feast_modules() -> dict[str, types.ModuleType]:
    """`feast` and `feast.types`: definitions registered by `apply`, a point-in-time join for
    `get_historical_features` (each entity row gets the latest feature row at or before its
    timestamp and within the view's TTL), `materialize_incremental` loading the latest row per key
    into an in-memory online store, `get_online_features` reading it. A feature repository needs its
    feature_store.yaml; retrieval from a view that was not applied fails, as in Feast."""
    from datetime import datetime, timedelta, timezone

    import pandas as pd

    @dataclass(frozen=True)
    class FeastType:
        name: str
        kind: str  # numpy dtype kinds the source column may have

    types_module = module("feast.types", Int32=FeastType("Int32", "iu"), Int64=FeastType("Int64", "iu"),
                          Float32=FeastType("Float32", "fiu"), Float64=FeastType("Float64", "fiu"),
                          String=FeastType("String", "OU"), Bool=FeastType("Bool", "b"))

    def utc(moment) -> pd.Timestamp:
        stamp = pd.Timestamp(moment)
        return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")  # Feast takes naive times as UTC

    class Entity:
        def __init__(self, *, name, join_keys=None, value_type=None, description="", tags=None, owner=""):
            self.name, self.join_keys = name, list(join_keys or [name])

    class Field:
        def __init__(self, *, name, dtype, description="", tags=None, vector_index=False, vector_length=0, vector_search_metric=None):
            self.name, self.dtype = name, dtype

    class FileSource:
        def __init__(self, *, path, name="", event_timestamp_column="", file_format=None, created_timestamp_column="",
                     field_mapping=None, s3_endpoint_override=None, description="", tags=None, owner="", timestamp_field=""):
            self.path, self.timestamp_field = path, timestamp_field or event_timestamp_column

        def read(self, repo: Path) -> pd.DataFrame:
            frame = pd.read_parquet(repo / self.path)
            if self.timestamp_field not in frame:
                raise ValueError(f"{self.path} has no timestamp column {self.timestamp_field!r}")
            frame[self.timestamp_field] = frame[self.timestamp_field].map(utc)
            return frame

    class FeatureView:
        def __init__(self, *, name, source, sink_source=None, schema=None, entities=None, ttl=timedelta(0), online=True,
                     offline=False, description="", tags=None, owner="", mode=None):
            self.name, self.source, self.schema, self.entities, self.ttl, self.online = name, source, list(schema or []), list(entities or []), ttl, online

        @property
        def join_keys(self) -> list[str]:
            return [key for entity in self.entities for key in entity.join_keys]

        def rows(self, repo: Path) -> pd.DataFrame:
            frame = self.source.read(repo)
            for key in self.join_keys:
                if key not in frame:
                    raise ValueError(f"feature view {self.name}: {self.source.path} has no join key column {key!r}")
            for f in self.schema:
                if f.name not in frame:
                    raise ValueError(f"feature view {self.name}: {self.source.path} has no column {f.name!r}")
                if frame[f.name].dtype.kind not in f.dtype.kind:
                    raise TypeError(f"feature view {self.name}: {f.name} is {frame[f.name].dtype}, declared {f.dtype.name}")
            return frame

    @dataclass
    class RetrievalJob:
        frame: pd.DataFrame

        def to_df(self):
            return self.frame.copy()

    @dataclass
    class OnlineResponse:
        columns: dict

        def to_dict(self):
            return {name: list(values) for name, values in self.columns.items()}

    class FeatureStore:
        def __init__(self, repo_path=None, config=None, fs_yaml_file=None):
            self.repo = Path(repo_path or ".")
            if not (self.repo / "feature_store.yaml").exists():
                raise FileNotFoundError(f"no feature_store.yaml in {self.repo.resolve()}: run `feast init` or add one")
            self.entities, self.views, self.online, self.materialized_until = {}, {}, {}, {}

        def apply(self, objects):
            for item in objects if isinstance(objects, list) else [objects]:
                if isinstance(item, Entity):
                    self.entities[item.name] = item
                elif isinstance(item, FeatureView):
                    unknown = [e.name for e in item.entities if e.name not in self.entities and e not in objects]
                    if unknown:
                        raise ValueError(f"feature view {item.name} uses entities not applied: {unknown}")
                    item.rows(self.repo)  # Feast infers and checks the schema against the source on apply
                    self.views[item.name] = item
                else:
                    raise TypeError(f"the stand-in applies entities and feature views, not {type(item).__name__}")

        def _view(self, reference: str) -> tuple[FeatureView, str]:
            view_name, _, feature = reference.partition(":")
            if view_name not in self.views:
                raise ValueError(f"Feature view {view_name} does not exist: run store.apply first")
            view = self.views[view_name]
            if feature not in {f.name for f in view.schema}:
                raise ValueError(f"feature view {view_name} has no feature {feature}")
            return view, feature

        def materialize_incremental(self, end_date, feature_views=None):
            end = utc(end_date)
            for view in self.views.values():
                if not view.online or (feature_views and view.name not in feature_views):
                    continue
                # The first run starts a TTL before the end: older rows are never loaded.
                start = self.materialized_until.get(view.name, end - view.ttl if view.ttl else utc(datetime(1970, 1, 1, tzinfo=timezone.utc)))
                rows = view.rows(self.repo)
                ts = view.source.timestamp_field
                rows = rows[(rows[ts] >= start) & (rows[ts] <= end)].sort_values(ts)
                table = self.online.setdefault(view.name, {})
                for record in rows.to_dict("records"):
                    table[tuple(record[k] for k in view.join_keys)] = record
                self.materialized_until[view.name] = end

        def get_historical_features(self, entity_df, features, full_feature_names=False):
            if "event_timestamp" not in entity_df:
                raise ValueError("entity_df needs an event_timestamp column")
            result = entity_df.copy().reset_index(drop=True)
            times = result["event_timestamp"].map(utc)
            for reference in features:
                view, feature = self._view(reference)
                missing = [k for k in view.join_keys if k not in result]
                if missing:
                    raise ValueError(f"entity_df has no join key {missing} of {view.name}")
                ts = view.source.timestamp_field
                history = {key: (list(group[ts]), list(group[feature]))
                           for key, group in view.rows(self.repo).sort_values(ts).groupby(view.join_keys)}
                values = []
                for key, moment in zip(result[view.join_keys].itertuples(index=False, name=None), times):
                    stamps, found = history.get(key, ([], []))
                    # The last row at or before the entity's time, and no older than the TTL.
                    at = bisect.bisect_right(stamps, moment) - 1
                    fresh = at >= 0 and (not view.ttl or stamps[at] >= moment - view.ttl)
                    values.append(found[at] if fresh else None)
                name = f"{view.name}__{feature}" if full_feature_names else feature
                result[name] = pd.Series(values, dtype="float64" if any(v is None for v in values) else None)
            return RetrievalJob(result)

        def get_online_features(self, features, entity_rows, full_feature_names=False):
            columns: dict[str, list] = {}
            for reference in features:
                view, feature = self._view(reference)
                for key in view.join_keys:
                    columns[key] = [row[key] for row in entity_rows]
                table = self.online.get(view.name, {})
                found = [table.get(tuple(row[k] for k in view.join_keys)) for row in entity_rows]
                name = f"{view.name}__{feature}" if full_feature_names else feature
                columns[name] = [None if record is None else record[feature] for record in found]
            return OnlineResponse(columns)

    feast = module("feast", Entity=Entity, Field=Field, FileSource=FileSource, FeatureView=FeatureView,
                   FeatureStore=FeatureStore, types=types_module)
    return {"feast": feast, "feast.types": types_module}


# TensorFlow and Keras, LiteRT ---------------------------------------------------------------


@dataclass
class SymbolicTensor:
    """What a Keras layer hands the next: a shape (None for the batch), a dtype, and for integer
    token ids the number of ids it can hold (`ids`), which an Embedding's input_dim must cover."""
    shape: tuple
    dtype: str
    layer: object = None
    inputs: tuple = ()
    ids: int | None = None


def tensorflow_modules(saved_models: dict | None = None) -> dict[str, types.ModuleType]:
    """`tensorflow` (Keras 3 as `tf.keras`) and `ai_edge_litert.interpreter`. Layers are wired
    symbolically: each checks its input's rank and dtype and gives its output's shape, as Keras does
    when a functional model is built; `fit` checks the data against the model's inputs and runs the
    callbacks' bookkeeping (steps, epochs, the logs they monitor) without training. `tf.function`
    with an input_signature runs its Python body on numpy arrays cast to the signature;
    `load_model` returns the callable the test put in `saved_models` under that path; the LiteRT
    interpreter runs the converted model's callable."""
    import numpy as np

    saved_models = {} if saved_models is None else saved_models
    record = types.SimpleNamespace(compiled=[], fits=[], saved=[], strategy_scopes=0, converted=[], gpus=0)

    def as_tensors(value):
        return list(value) if isinstance(value, (list, tuple)) else [value]

    class Layer:
        def __init__(self, name=None, dtype=None, trainable=True):
            self.name, self.trainable, self.built_shape = name or f"{type(self).__name__.lower()}_{id(self)}", trainable, None
            self.in_scope = Strategy.active is not None

        def __call__(self, inputs, training=None, mask=None):
            made = self.output_for(inputs)
            made.layer, made.inputs = self, tuple(as_tensors(inputs))
            return made

        def output_for(self, tensor):
            raise NotImplementedError

        def weights_shapes(self):
            return []

        def get_weights(self):
            return [np.zeros(shape, dtype="float32") for shape in self.weights_shapes()]

    def one(layer, inputs) -> SymbolicTensor:
        if not isinstance(inputs, SymbolicTensor):
            raise TypeError(f"{type(layer).__name__} takes one tensor, got {type(inputs).__name__}")
        return inputs

    def float_tensor(layer, tensor):
        if tensor.dtype == "string":
            raise TypeError(f"{type(layer).__name__} cannot take a string tensor: vectorise the text first")

    ACTIVATIONS = {None, "linear", "relu", "sigmoid", "softmax", "tanh", "gelu"}

    class Dense(Layer):
        def __init__(self, units, activation=None, use_bias=True, *args, name=None, dtype=None, trainable=True, **options):
            super().__init__(name, dtype, trainable)
            if activation not in ACTIVATIONS:
                raise ValueError(f"Dense: unknown activation {activation!r}")
            self.units, self.activation = units, activation

        def output_for(self, inputs):
            tensor = one(self, inputs)
            float_tensor(self, tensor)
            if tensor.shape[-1] is None:
                raise ValueError("Dense needs the last dimension of its input to be known")
            self.built_shape = tensor.shape
            return SymbolicTensor(tensor.shape[:-1] + (self.units,), "float32")

        def weights_shapes(self):
            return [(self.built_shape[-1], self.units), (self.units,)]

    class Embedding(Layer):
        def __init__(self, input_dim, output_dim, *args, name=None, dtype=None, trainable=True, **options):
            super().__init__(name, dtype, trainable)
            self.input_dim, self.output_dim = input_dim, output_dim

        def output_for(self, inputs):
            tensor = one(self, inputs)
            if not tensor.dtype.startswith("int"):
                raise TypeError(f"Embedding takes integer ids, got {tensor.dtype}")
            if tensor.ids is not None and tensor.ids > self.input_dim:
                raise ValueError(f"Embedding(input_dim={self.input_dim}) has no row for ids up to {tensor.ids - 1}")
            return SymbolicTensor(tensor.shape + (self.output_dim,), "float32")

        def weights_shapes(self):
            return [(self.input_dim, self.output_dim)]

    class Flatten(Layer):
        def __init__(self, data_format=None, name=None, dtype=None, trainable=True):
            super().__init__(name, dtype, trainable)

        def output_for(self, inputs):
            tensor = one(self, inputs)
            return SymbolicTensor((tensor.shape[0], int(np.prod(tensor.shape[1:]))), tensor.dtype)

    class Concatenate(Layer):
        def __init__(self, axis=-1, name=None, dtype=None, trainable=True):
            super().__init__(name, dtype, trainable)

        def output_for(self, inputs):
            tensors = as_tensors(inputs)
            if len(tensors) < 2 or len({len(t.shape) for t in tensors}) != 1 or len({t.shape[:-1] for t in tensors}) != 1:
                raise ValueError(f"Concatenate needs tensors of one rank matching but for the last axis, got {[t.shape for t in tensors]}")
            for t in tensors:
                float_tensor(self, t)
            return SymbolicTensor(tensors[0].shape[:-1] + (sum(t.shape[-1] for t in tensors),), "float32")

    class GlobalAveragePooling1D(Layer):
        rank = 3

        def __init__(self, data_format=None, keepdims=False, name=None, dtype=None, trainable=True):
            super().__init__(name, dtype, trainable)

        def output_for(self, inputs):
            tensor = one(self, inputs)
            if len(tensor.shape) != self.rank:
                raise ValueError(f"{type(self).__name__} expects rank {self.rank}, got shape {tensor.shape}")
            return SymbolicTensor((tensor.shape[0], tensor.shape[-1]), "float32")

    class GlobalAveragePooling2D(GlobalAveragePooling1D):
        rank = 4

    class TextVectorization(Layer):
        def __init__(self, max_tokens=None, standardize="lower_and_strip_punctuation", split="whitespace", ngrams=None,
                     output_mode="int", output_sequence_length=None, *args, name=None, dtype=None, trainable=True, **options):
            super().__init__(name, dtype, trainable)
            self.max_tokens, self.output_sequence_length, self.vocabulary = max_tokens, output_sequence_length, None
            self.adapted = options.get("vocabulary") is not None  # a vocabulary given up front needs no adapt

        def adapt(self, data, batch_size=None, steps=None):
            import collections
            import re

            counts = collections.Counter(w for text in np.asarray(data).ravel() for w in re.sub(r"[^\w\s]", "", str(text).lower()).split())
            # Index 0 is padding, 1 the out-of-vocabulary token; max_tokens counts both.
            size = None if self.max_tokens is None else self.max_tokens - 2
            self.vocabulary = ["", "[UNK]"] + [w for w, _ in counts.most_common(size)]
            self.adapted = True

        def get_vocabulary(self):
            return list(self.vocabulary or ["", "[UNK]"])

        def output_for(self, inputs):
            tensor = one(self, inputs)
            if tensor.dtype != "string":
                raise TypeError(f"TextVectorization takes strings, got {tensor.dtype}")
            if len(tensor.shape) > 2 or (len(tensor.shape) == 2 and tensor.shape[1] != 1):
                raise ValueError(f"TextVectorization takes one string per example, got shape {tensor.shape}")
            return SymbolicTensor((tensor.shape[0], self.output_sequence_length), "int64", ids=self.max_tokens)

    class Normalization(Layer):
        def __init__(self, axis=-1, mean=None, variance=None, invert=False, name=None, dtype=None, trainable=True):
            super().__init__(name, dtype, trainable)
            self.adapted = mean is not None

        def adapt(self, data, batch_size=None, steps=None):
            self.adapted = True

        def output_for(self, inputs):
            tensor = one(self, inputs)
            float_tensor(self, tensor)
            return SymbolicTensor(tensor.shape, "float32")

    def Input(shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, name=None, tensor=None, optional=False):
        return SymbolicTensor((None,) + tuple(shape), dtype or "float32", layer=types.SimpleNamespace(name=name, input=True))

    def graph_layers(outputs) -> tuple[list, list]:
        """Layers from the inputs to `outputs`, in the order they were called, and the inputs reached."""
        layers, reached, seen = [], [], set()

        def walk(tensor):
            if id(tensor) in seen:
                return
            seen.add(id(tensor))
            if getattr(tensor.layer, "input", False):
                reached.append(tensor)
                return
            for parent in tensor.inputs:
                walk(parent)
            if tensor.layer not in layers:
                layers.append(tensor.layer)

        for out in as_tensors(outputs):
            walk(out)
        return layers, reached

    class Model:
        def __init__(self, inputs=None, outputs=None, name=None):
            self.inputs, self.outputs = as_tensors(inputs), as_tensors(outputs)
            self.layers, reached = graph_layers(outputs)
            unused = [t for t in self.inputs if all(t is not r for r in reached)]
            missing = [r for r in reached if all(r is not t for t in self.inputs)]
            if unused or missing:
                raise ValueError(f"Model: inputs {[t.layer.name for t in unused]} are not connected to the outputs; "
                                 f"the outputs need inputs not given: {[t.layer.name for t in missing]}")
            self.name, self.compiled, self.in_scope = name, None, Strategy.active is not None

        def get_layer(self, name=None, index=None):
            for layer in self.layers:
                if layer.name == name:
                    return layer
            raise ValueError(f"No such layer: {name}")

        def compile(self, optimizer="rmsprop", loss=None, loss_weights=None, metrics=None, **options):
            if self.in_scope and Strategy.active is None:
                raise RuntimeError("a model made in a strategy's scope is compiled in it too")
            self.compiled = types.SimpleNamespace(optimizer=optimizer, loss=loss, metrics=list(metrics or []))
            record.compiled.append(self)

        @property
        def output_shape(self):
            return self.outputs[0].shape

        def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose="auto", callbacks=None, validation_split=0.0,
                validation_data=None, initial_epoch=0, steps_per_epoch=None, **options):
            if self.compiled is None:
                raise RuntimeError("You must call `compile()` before using the model")
            if isinstance(x, Dataset):
                rows, batch_size = x.rows, x.batch_size
                if batch_size is None:
                    raise ValueError("fit on a tf.data.Dataset needs it batched")
                features = x.features
            else:
                features = as_tensors(x)
                rows, batch_size = len(features[0]), batch_size or 32
            for given, expected in zip(features, self.inputs):
                if isinstance(given, np.ndarray) and given.shape[1:] != expected.shape[1:]:
                    raise ValueError(f"fit: data of shape {given.shape} for an input of shape {expected.shape}")
            # Preprocessing layers learn their vocabulary or statistics from data (adapt) before training;
            # without it TextVectorization maps every word to one unknown token and Normalization scales nothing.
            unadapted = [layer.name for layer in self.layers if isinstance(layer, (TextVectorization, Normalization)) and not layer.adapted]
            if unadapted:
                raise ValueError(f"fit before adapt() of {unadapted}: call adapt on the training data first")
            train_rows = rows - int(rows * validation_split)
            steps = -(-train_rows // batch_size)
            logs = {"loss"} | ({"val_loss"} if validation_split or validation_data is not None else set())
            run = types.SimpleNamespace(steps_per_epoch=steps, epochs=epochs, total_steps=steps * epochs, logs=logs,
                                        callbacks=list(callbacks or []), batch_size=batch_size, compiled=self.compiled,
                                        trainable={layer.name: [sub.trainable for sub in getattr(layer, "layers", [layer])] for layer in self.layers})
            for callback in run.callbacks:
                callback.on_fit(self, run)
            record.fits.append(run)
            return types.SimpleNamespace(history={key: [0.0] * epochs for key in logs})

        def __call__(self, inputs, training=None):
            raise NotImplementedError("the stand-in wires models; calling one needs a saved model the test provides")

    class Sequential(Model):
        def __init__(self, layers=None, trainable=True, name=None):
            layers = list(layers or [])
            if not layers or not isinstance(layers[0], SymbolicTensor):
                raise ValueError("the stand-in's Sequential starts with keras.Input(shape=...)")
            tensor = layers[0]
            for layer in layers[1:]:
                tensor = layer(tensor)
            super().__init__(layers[0], tensor, name)

    class Callback:
        def on_fit(self, model, run):
            pass

    class BackupAndRestore(Callback):
        def __init__(self, backup_dir, save_freq="epoch", double_checkpoint=False, delete_checkpoint=True):
            if not backup_dir:
                raise ValueError("Empty `backup_dir` argument passed")
            self.backup_dir, self.save_freq = backup_dir, save_freq

        def on_fit(self, model, run):
            every = run.steps_per_epoch if self.save_freq == "epoch" else self.save_freq
            self.saved_at_steps = list(range(every, run.total_steps + 1, every)) if every else []

    class ModelCheckpoint(Callback):
        def __init__(self, filepath, monitor="val_loss", verbose=0, save_best_only=False, save_weights_only=False,
                     mode="auto", save_freq="epoch", initial_value_threshold=None):
            if not save_weights_only and not str(filepath).endswith(".keras"):
                raise ValueError("The filepath provided must end in `.keras` (Keras model format)")
            self.filepath, self.monitor, self.save_best_only = filepath, monitor, save_best_only

        def on_fit(self, model, run):
            # Keras only warns, once per epoch, and never saves; the stand-in refuses.
            if self.save_best_only and self.monitor not in run.logs:
                raise ValueError(f"ModelCheckpoint monitors {self.monitor!r}, which fit does not log ({sorted(run.logs)}): it would never save")

    class AUC:
        def __init__(self, num_thresholds=200, curve="ROC", summation_method="interpolation", name=None, dtype=None,
                     thresholds=None, multi_label=False, num_labels=None, label_weights=None, from_logits=False):
            self.multi_label, self.curve = multi_label, curve

    class Adam:
        def __init__(self, learning_rate=0.001, *args, **options):
            self.learning_rate = learning_rate

    class Dataset:
        def __init__(self, features, labels, batch_size=None):
            self.features, self.labels, self.batch_size = features, labels, batch_size
            self.rows = len(labels)

        @staticmethod
        def from_tensor_slices(tensors, name=None):
            features, labels = tensors
            if len(features) != len(labels):
                raise ValueError(f"from_tensor_slices: {len(features)} features for {len(labels)} labels")
            return Dataset(as_tensors(features), labels)

        def shuffle(self, buffer_size, seed=None, reshuffle_each_iteration=None, name=None):
            return self

        def batch(self, batch_size, drop_remainder=False, num_parallel_calls=None, deterministic=None, name=None):
            return Dataset(self.features, self.labels, batch_size)

        def prefetch(self, buffer_size, name=None):
            return self

    class Strategy:
        active = None

        def __init__(self, devices=None, cross_device_ops=None):
            # One replica per GPU; on a machine without one, a single replica on the CPU.
            self.num_replicas_in_sync = len(devices) if devices else max(record.gpus, 1)

        @contextlib.contextmanager
        def scope(self):
            Strategy.active = self
            record.strategy_scopes += 1
            try:
                yield self
            finally:
                Strategy.active = None

    def MobileNetV2(input_shape=None, alpha=1.0, include_top=True, weights="imagenet", input_tensor=None, pooling=None,
                    classes=1000, classifier_activation="softmax", name=None):
        if include_top:
            raise ValueError("the stand-in builds the feature extractor only (include_top=False)")
        base = types.SimpleNamespace(weights=weights, input_shape=input_shape)

        class Base(Layer):
            def output_for(self, inputs):
                tensor = one(self, inputs)
                if tensor.shape[1:] != tuple(input_shape):
                    raise ValueError(f"MobileNetV2 built for {input_shape}, called on {tensor.shape[1:]}")
                return SymbolicTensor((None, input_shape[0] // 32, input_shape[1] // 32, 1280), "float32")

            @property
            def trainable(self):
                return self._trainable

            @trainable.setter
            def trainable(self, value):
                # Setting a model's trainable sets every layer's, as in Keras.
                self._trainable = value
                for layer in getattr(self, "layers", []):
                    layer.trainable = value

        made = Base(name or "mobilenetv2")
        made.layers = [types.SimpleNamespace(name=f"block_{i}", trainable=True) for i in range(154)]  # MobileNetV2's layer count
        made.trainable = True
        made.source = base
        return made

    def preprocess_input(x, data_format=None):
        return Rescale()(x)

    class Rescale(Layer):
        def output_for(self, inputs):
            return SymbolicTensor(one(self, inputs).shape, "float32")

    def image_dataset_from_directory(directory, labels="inferred", label_mode="int", class_names=None, color_mode="rgb",
                                     batch_size=32, image_size=(256, 256), **options):
        folder = Path(directory)
        names = sorted(p.name for p in folder.iterdir() if p.is_dir())
        images = [p for name in names for p in (folder / name).iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".bmp", ".gif")]
        if not images:
            raise ValueError(f"No images found in directory {directory}")
        dataset = Dataset([np.zeros((len(images), *image_size, 3), dtype="float32")], np.zeros(len(images)), batch_size)
        dataset.class_names = names
        return dataset

    def load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
        if str(filepath) not in saved_models:
            raise ValueError(f"File not found: filepath={filepath}")
        return saved_models[str(filepath)]

    @dataclass(frozen=True)
    class TensorSpec:
        shape: tuple
        dtype: object = "float32"
        name: str | None = None

    def cast(spec, value):
        array = np.asarray(value, dtype=np.str_ if spec.dtype == "string" else spec.dtype)
        if len(array.shape) != len(spec.shape) or any(s is not None and s != a for s, a in zip(spec.shape, array.shape)):
            raise ValueError(f"{spec.name}: shape {array.shape} does not match the signature's {tuple(spec.shape)}")
        return array

    def function(func=None, input_signature=None, **options):
        if func is None:
            return lambda f: function(f, input_signature, **options)

        def call(*args, **kwargs):
            params = list(inspect.signature(func).parameters)
            if input_signature is not None:
                bound = dict(zip(params, args)) | kwargs
                if set(bound) != {s.name for s in input_signature} and len(bound) != len(input_signature):
                    raise TypeError(f"{func.__name__} takes {[s.name for s in input_signature]}")
                args, kwargs = [cast(spec, bound[name]) for spec, name in zip(input_signature, params)], {}
            result = func(*args, **kwargs)
            return {k: np.asarray(v) for k, v in result.items()} if isinstance(result, dict) else result

        call.input_signature = input_signature
        call.python_function = func
        return call

    def assert_all_finite(x, message, name=None):
        array = np.asarray(x)
        if not np.isfinite(array).all():
            raise ValueError(f"{message} : Tensor had NaN values")  # tf.errors.InvalidArgumentError in TensorFlow
        return array

    def save(obj, export_dir, signatures=None, options=None):
        for name, signature in (signatures or {}).items():
            if getattr(signature, "input_signature", None) is None:
                raise ValueError(f"signature {name!r}: a tf.function with an input_signature is needed to export it")
        Path(export_dir).mkdir(parents=True, exist_ok=True)
        record.saved.append(types.SimpleNamespace(obj=obj, export_dir=export_dir, signatures=dict(signatures or {})))

    class TFLiteConverter:
        def __init__(self, model):
            self.model, self.optimizations = model, []

        @classmethod
        def from_keras_model(cls, model):
            return cls(model)

        def convert(self) -> bytes:
            key = f"tflite-{len(record.converted)}"
            record.converted.append((key, self.model, list(self.optimizations)))
            return key.encode()

    class Interpreter:
        def __init__(self, model_path=None, model_content=None, *args, **options):
            key = (Path(model_path).read_bytes() if model_path else model_content).decode()
            self.model = {k: m for k, m, _ in record.converted}[key]
            self.allocated, self.tensors = False, {}

        def allocate_tensors(self):
            self.allocated = True

        def get_input_details(self):
            return [{"index": 0, "dtype": np.float32}]

        def get_output_details(self):
            return [{"index": 1, "dtype": np.float32}]

        def set_tensor(self, index, value):
            if not self.allocated:
                raise RuntimeError("call allocate_tensors() before set_tensor()")
            if value.dtype != np.float32:
                raise ValueError(f"Got value of type {value.dtype.name} but expected type FLOAT32 for input 0")
            self.tensors[index] = value

        def invoke(self):
            self.tensors[1] = np.asarray(self.model(self.tensors[0], training=False), dtype=np.float32)

        def get_tensor(self, index):
            return self.tensors[index]

    layers = module("tensorflow.keras.layers", Dense=Dense, Embedding=Embedding, Flatten=Flatten, Concatenate=Concatenate,
                    GlobalAveragePooling1D=GlobalAveragePooling1D, GlobalAveragePooling2D=GlobalAveragePooling2D,
                    TextVectorization=TextVectorization, Normalization=Normalization)
    keras = module(
        "tensorflow.keras", Input=Input, Model=Model, Sequential=Sequential, layers=layers,
        callbacks=module("tensorflow.keras.callbacks", BackupAndRestore=BackupAndRestore, ModelCheckpoint=ModelCheckpoint),
        metrics=module("tensorflow.keras.metrics", AUC=AUC), optimizers=module("tensorflow.keras.optimizers", Adam=Adam),
        applications=module("tensorflow.keras.applications", MobileNetV2=MobileNetV2,
                            mobilenet_v2=module("mobilenet_v2", preprocess_input=preprocess_input)),
        utils=module("tensorflow.keras.utils", image_dataset_from_directory=image_dataset_from_directory),
        models=module("tensorflow.keras.models", load_model=load_model),
    )
    tf = module(
        "tensorflow", keras=keras, function=function, TensorSpec=TensorSpec, string="string", float32="float32",
        int64="int64", identity=lambda input, name=None: np.array(input), stack=lambda values, axis=0, name=None: np.stack(values, axis=axis),
        saved_model=module("tensorflow.saved_model", save=save),
        debugging=module("tensorflow.debugging", assert_all_finite=assert_all_finite),
        distribute=module("tensorflow.distribute", MirroredStrategy=Strategy),
        data=module("tensorflow.data", Dataset=Dataset, AUTOTUNE=-1),
        lite=module("tensorflow.lite", TFLiteConverter=TFLiteConverter, Optimize=types.SimpleNamespace(DEFAULT="DEFAULT")),
        record=record, saved_models=saved_models,
    )
    interpreter = module("ai_edge_litert.interpreter", Interpreter=Interpreter)
    return {"tensorflow": tf, "ai_edge_litert": module("ai_edge_litert", interpreter=interpreter), "ai_edge_litert.interpreter": interpreter}
