from kfp import compiler, dsl
from kfp.dsl import Dataset, Input, Metrics, Model, Output

IMAGE = "python:3.11-slim"
# The versions the guide's runnable examples are tested with (examples/requirements.txt).
PACKAGES = ["pandas==3.0.6", "pyarrow==25.0.1", "scikit-learn==1.9.1"]


@dsl.component(base_image=IMAGE, packages_to_install=PACKAGES)
def validate_data(raw: Input[Dataset], validated: Output[Dataset], max_missing_fraction: float):
    import pandas as pd

    frame = pd.read_parquet(raw.path)
    worst = float(frame.isna().mean().max())
    if worst > max_missing_fraction:
        raise ValueError(f"a column is {worst:.1%} empty; the limit is {max_missing_fraction:.1%}")
    frame.to_parquet(validated.path)
    validated.metadata["rows"] = len(frame)


@dsl.component(base_image=IMAGE, packages_to_install=PACKAGES)
def split_data(validated: Input[Dataset], train: Output[Dataset], test: Output[Dataset], split_key: str, test_fraction: float):
    import hashlib

    import pandas as pd

    frame = pd.read_parquet(validated.path)
    # A hash of the key, not a random draw: the same customer lands in the same split on every run.
    bucket = frame[split_key].astype(str).map(lambda v: int(hashlib.sha256(v.encode()).hexdigest(), 16) % 100)
    is_test = bucket < round(test_fraction * 100)
    frame[~is_test].to_parquet(train.path)
    frame[is_test].to_parquet(test.path)


@dsl.component(base_image=IMAGE, packages_to_install=PACKAGES)
def train_model(train: Input[Dataset], test: Input[Dataset], model: Output[Model], metrics: Output[Metrics]):
    import joblib
    import pandas as pd
    from sklearn.compose import make_column_selector, make_column_transformer
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder

    train_rows, test_rows = pd.read_parquet(train.path), pd.read_parquet(test.path)
    # The features are named, never "every other column": an id or a new column must not become one.
    features = ["tenure_months", "monthly_spend", "plan", "region"]
    # Numbers get their gaps filled, categories (plan, region) one-hot: the forest takes numbers only.
    prepare = make_column_transformer(
        (SimpleImputer(strategy="median"), make_column_selector(dtype_include="number")),
        (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_exclude="number")),
    )
    forest = make_pipeline(prepare, RandomForestClassifier(n_estimators=200, min_samples_leaf=5, random_state=7))
    forest.fit(train_rows[features], train_rows["churned"])
    metrics.log_metric("test_accuracy", float(forest.score(test_rows[features], test_rows["churned"])))
    joblib.dump(forest, model.path)


@dsl.pipeline(name="churn-training")
def churn_training(raw_uri: str, max_missing_fraction: float = 0.05, split_key: str = "customer_id", test_fraction: float = 0.2):
    raw = dsl.importer(artifact_uri=raw_uri, artifact_class=Dataset)
    checked = validate_data(raw=raw.output, max_missing_fraction=max_missing_fraction)
    splits = split_data(validated=checked.outputs["validated"], split_key=split_key, test_fraction=test_fraction)
    train_model(train=splits.outputs["train"], test=splits.outputs["test"])


if __name__ == "__main__":
    compiler.Compiler().compile(churn_training, package_path="churn_training.yaml")
