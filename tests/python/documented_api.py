"""The documented signatures of every library call the examples make into a library that cannot be
installed where the tests run (TensorFlow, MLflow, Kubeflow Pipelines, Feast, Airflow, Spark,
Fairlearn, LiteRT). Each entry was read from the library's API reference for the version the
example's page names (src/examples/catalog.ts), on the date below; test_documented_calls.py holds
every such call in examples/ to it: the callee must be listed, its keywords must be parameters, and
it may not pass more positional arguments than the signature takes.

A signature is its parameter names in order; "*" starts the keyword-only ones. Only parameters the
docs list are named; "**" marks a documented **kwargs (Keras layers take the base Layer's `name`,
`dtype` and `trainable` this way, and they are listed after it).
"""

CHECKED = "2026-11-30"

# Libraries whose calls are held to this table, by top-level import name.
LIBRARIES = ("tensorflow", "mlflow", "kfp", "feast", "airflow", "pyspark", "fairlearn", "ai_edge_litert")

KERAS = "https://keras.io/api/"
TF = "https://www.tensorflow.org/api_docs/python/tf/"
LAYER_KWARGS = ("**", "name", "dtype", "trainable")

SIGNATURES: dict[str, tuple[tuple[str, ...], str]] = {
    # TensorFlow 2 with Keras 3 (tf.keras is Keras 3 from TensorFlow 2.16).
    "tensorflow.keras.Sequential": (("layers", "trainable", "name"), KERAS + "models/sequential/"),
    "tensorflow.keras.Input": (("shape", "batch_size", "dtype", "sparse", "batch_shape", "name", "tensor", "optional"), KERAS + "layers/core_layers/input/"),
    "tensorflow.keras.Model": (("inputs", "outputs", "name"), KERAS + "models/model/"),
    "tensorflow.keras.layers.Dense": (("units", "activation", "use_bias", "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint", "lora_rank") + LAYER_KWARGS, KERAS + "layers/core_layers/dense/"),
    "tensorflow.keras.layers.Embedding": (("input_dim", "output_dim", "embeddings_initializer", "embeddings_regularizer", "embeddings_constraint", "mask_zero", "weights", "lora_rank") + LAYER_KWARGS, KERAS + "layers/core_layers/embedding/"),
    "tensorflow.keras.layers.Concatenate": (("axis",) + LAYER_KWARGS, KERAS + "layers/merging_layers/concatenate/"),
    "tensorflow.keras.layers.Flatten": (("data_format",) + LAYER_KWARGS, KERAS + "layers/reshaping_layers/flatten/"),
    "tensorflow.keras.layers.GlobalAveragePooling1D": (("data_format", "keepdims") + LAYER_KWARGS, KERAS + "layers/pooling_layers/global_average_pooling1d/"),
    "tensorflow.keras.layers.GlobalAveragePooling2D": (("data_format", "keepdims") + LAYER_KWARGS, KERAS + "layers/pooling_layers/global_average_pooling2d/"),
    "tensorflow.keras.layers.TextVectorization": (("max_tokens", "standardize", "split", "ngrams", "output_mode", "output_sequence_length", "pad_to_max_tokens", "vocabulary", "idf_weights", "sparse", "ragged", "encoding") + LAYER_KWARGS, KERAS + "layers/preprocessing_layers/text/text_vectorization/"),
    "tensorflow.keras.layers.Normalization": (("axis", "mean", "variance", "invert") + LAYER_KWARGS, KERAS + "layers/preprocessing_layers/numerical/normalization/"),
    "tensorflow.keras.metrics.AUC": (("num_thresholds", "curve", "summation_method", "name", "dtype", "thresholds", "multi_label", "num_labels", "label_weights", "from_logits"), KERAS + "metrics/classification_metrics/#auc-class"),
    "tensorflow.keras.callbacks.BackupAndRestore": (("backup_dir", "save_freq", "double_checkpoint", "delete_checkpoint"), KERAS + "callbacks/backup_and_restore/"),
    "tensorflow.keras.callbacks.ModelCheckpoint": (("filepath", "monitor", "verbose", "save_best_only", "save_weights_only", "mode", "save_freq", "initial_value_threshold"), KERAS + "callbacks/model_checkpoint/"),
    "tensorflow.keras.applications.MobileNetV2": (("input_shape", "alpha", "include_top", "weights", "input_tensor", "pooling", "classes", "classifier_activation", "name"), KERAS + "applications/mobilenet/#mobilenetv2-function"),
    "tensorflow.keras.applications.mobilenet_v2.preprocess_input": (("x", "data_format"), KERAS + "applications/mobilenet/"),
    "tensorflow.keras.optimizers.Adam": (("learning_rate", "beta_1", "beta_2", "epsilon", "amsgrad", "weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema", "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor", "gradient_accumulation_steps", "name"), KERAS + "optimizers/adam/"),
    "tensorflow.keras.utils.image_dataset_from_directory": (("directory", "labels", "label_mode", "class_names", "color_mode", "batch_size", "image_size", "shuffle", "seed", "validation_split", "subset", "interpolation", "follow_links", "crop_to_aspect_ratio", "pad_to_aspect_ratio", "data_format", "verbose"), KERAS + "data_loading/image/"),
    "tensorflow.keras.models.load_model": (("filepath", "custom_objects", "compile", "safe_mode"), KERAS + "models/model_saving_apis/model_saving_and_loading/#loadmodel-function"),
    "tensorflow.distribute.MirroredStrategy": (("devices", "cross_device_ops"), TF + "distribute/MirroredStrategy"),
    "tensorflow.data.Dataset.from_tensor_slices": (("tensors", "name"), TF + "data/Dataset#from_tensor_slices"),
    "tensorflow.data.Dataset.from_tensor_slices().shuffle": (("buffer_size", "seed", "reshuffle_each_iteration", "name"), TF + "data/Dataset#shuffle"),
    "tensorflow.data.Dataset.from_tensor_slices().shuffle().batch": (("batch_size", "drop_remainder", "num_parallel_calls", "deterministic", "name"), TF + "data/Dataset#batch"),
    "tensorflow.data.Dataset.from_tensor_slices().shuffle().batch().prefetch": (("buffer_size", "name"), TF + "data/Dataset#prefetch"),
    "tensorflow.TensorSpec": (("shape", "dtype", "name"), TF + "TensorSpec"),
    "tensorflow.function": (("func", "input_signature", "autograph", "jit_compile", "reduce_retracing", "experimental_implements", "experimental_autograph_options", "experimental_attributes", "experimental_relax_shapes", "experimental_compile", "experimental_follow_type_hints"), TF + "function"),
    "tensorflow.identity": (("input", "name"), TF + "identity"),
    "tensorflow.stack": (("values", "axis", "name"), TF + "stack"),
    "tensorflow.debugging.assert_all_finite": (("x", "message", "name"), TF + "debugging/assert_all_finite"),
    "tensorflow.saved_model.save": (("obj", "export_dir", "signatures", "options"), TF + "saved_model/save"),
    "tensorflow.lite.TFLiteConverter.from_keras_model": (("model",), TF + "lite/TFLiteConverter#from_keras_model"),
    # LiteRT, the runtime formerly called TensorFlow Lite.
    "ai_edge_litert.interpreter.Interpreter": (("model_path", "model_content", "experimental_delegates", "num_threads", "experimental_op_resolver_type", "experimental_preserve_all_tensors", "experimental_disable_delegate_clustering", "experimental_default_delegate_latest_features"), "https://ai.google.dev/edge/api/tflite/python/tf/lite/Interpreter"),
    # MLflow 3.
    "mlflow.start_run": (("run_id", "experiment_id", "run_name", "nested", "parent_run_id", "tags", "description", "log_system_metrics"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.start_run"),
    "mlflow.set_experiment": (("experiment_name", "experiment_id"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.set_experiment"),
    "mlflow.set_tag": (("key", "value", "synchronous"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.set_tag"),
    "mlflow.log_metric": (("key", "value", "step", "synchronous", "timestamp", "run_id", "model_id", "dataset"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.log_metric"),
    "mlflow.log_metrics": (("metrics", "step", "synchronous", "run_id", "timestamp", "model_id", "dataset"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.log_metrics"),
    "mlflow.log_params": (("params", "synchronous", "run_id"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.log_params"),
    "mlflow.register_model": (("model_uri", "name", "await_registration_for", "*", "tags", "env_pack"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html#mlflow.register_model"),
    "mlflow.sklearn.log_model": (("sk_model", "artifact_path", "conda_env", "code_paths", "serialization_format", "registered_model_name", "signature", "input_example", "await_registration_for", "pip_requirements", "extra_pip_requirements", "pyfunc_predict_fn", "metadata", "params", "tags", "model_type", "step", "model_id", "name"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.sklearn.html#mlflow.sklearn.log_model"),
    "mlflow.sklearn.load_model": (("model_uri", "dst_path"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.sklearn.html#mlflow.sklearn.load_model"),
    "mlflow.pyfunc.load_model": (("model_uri", "suppress_warnings", "dst_path", "model_config"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.pyfunc.html#mlflow.pyfunc.load_model"),
    "mlflow.MlflowClient": (("tracking_uri", "registry_uri"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.client.html"),
    "mlflow.MlflowClient().set_registered_model_alias": (("name", "alias", "version"), "https://mlflow.org/docs/latest/api_reference/python_api/mlflow.client.html#mlflow.client.MlflowClient.set_registered_model_alias"),
    # Kubeflow Pipelines SDK 2.
    "kfp.dsl.component": (("func", "*", "base_image", "target_image", "packages_to_install", "pip_index_urls", "output_component_file", "install_kfp_package", "kfp_package_path", "pip_trusted_hosts", "use_venv"), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/dsl.html#kfp.dsl.component"),
    "kfp.dsl.pipeline": (("func", "*", "name", "description", "pipeline_root", "display_name", "pipeline_config"), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/dsl.html#kfp.dsl.pipeline"),
    "kfp.dsl.importer": (("artifact_uri", "artifact_class", "reimport", "metadata", "download_to_workspace"), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/dsl.html#kfp.dsl.importer"),
    "kfp.compiler.Compiler": ((), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/compiler.html"),
    "kfp.compiler.Compiler().compile": (("pipeline_func", "package_path", "pipeline_name", "pipeline_parameters", "type_check"), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/compiler.html#kfp.compiler.Compiler.compile"),
    "kfp.client.Client": (("host", "client_id", "namespace", "other_client_id", "other_client_secret", "existing_token", "cookies", "proxy", "ssl_ca_cert", "kube_context", "credentials", "ui_host", "verify_ssl"), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/client.html"),
    "kfp.client.Client().create_run_from_pipeline_package": (("pipeline_file", "arguments", "run_name", "experiment_name", "namespace", "pipeline_root", "enable_caching", "service_account", "experiment_id"), "https://kubeflow-pipelines.readthedocs.io/en/stable/source/client.html#kfp.client.Client.create_run_from_pipeline_package"),
    # Feast (keyword-only constructors).
    "feast.Entity": (("*", "name", "join_keys", "value_type", "description", "tags", "owner"), "https://rtd.feast.dev/en/latest/#feast.entity.Entity"),
    "feast.Field": (("*", "name", "dtype", "description", "tags", "vector_index", "vector_length", "vector_search_metric"), "https://rtd.feast.dev/en/latest/#feast.field.Field"),
    "feast.FileSource": (("*", "path", "name", "event_timestamp_column", "file_format", "created_timestamp_column", "field_mapping", "s3_endpoint_override", "description", "tags", "owner", "timestamp_field"), "https://rtd.feast.dev/en/latest/#feast.infra.offline_stores.file_source.FileSource"),
    "feast.FeatureView": (("*", "name", "source", "sink_source", "schema", "entities", "ttl", "online", "offline", "description", "tags", "owner", "mode"), "https://rtd.feast.dev/en/latest/#feast.feature_view.FeatureView"),
    "feast.FeatureStore": (("repo_path", "config", "fs_yaml_file"), "https://rtd.feast.dev/en/latest/#feast.feature_store.FeatureStore"),
    # Airflow 3 (Task SDK); task() passes operator arguments such as retries through **kwargs.
    "airflow.sdk.dag": (("dag_id", "*", "description", "schedule", "start_date", "end_date", "default_args", "max_active_tasks", "max_active_runs", "catchup", "tags", "params", "dagrun_timeout", "doc_md"), "https://airflow.apache.org/docs/task-sdk/stable/api.html#airflow.sdk.dag"),
    "airflow.sdk.task": (("python_callable", "multiple_outputs", "**", "retries", "retry_delay", "pool", "queue", "execution_timeout"), "https://airflow.apache.org/docs/task-sdk/stable/api.html#airflow.sdk.task"),
    # PySpark 4.
    "pyspark.sql.SparkSession.builder.appName": (("name",), "https://spark.apache.org/docs/latest/api/python/reference/pyspark.sql/api/pyspark.sql.SparkSession.builder.appName.html"),
    "pyspark.sql.SparkSession.builder.appName().getOrCreate": ((), "https://spark.apache.org/docs/latest/api/python/reference/pyspark.sql/api/pyspark.sql.SparkSession.builder.getOrCreate.html"),
    # Fairlearn (MetricFrame's parameters are keyword-only).
    "fairlearn.metrics.MetricFrame": (("*", "metrics", "y_true", "y_pred", "sensitive_features", "control_features", "sample_params", "n_boot", "ci_quantiles", "random_state"), "https://fairlearn.org/main/api_reference/generated/fairlearn.metrics.MetricFrame.html"),
}

# Calling a Keras layer object on its inputs: Layer.__call__ takes the inputs and, for layers
# that use them, `training` and `mask`.
SIGNATURES.update({
    f"{callee}()": (("inputs", "training", "mask"), KERAS + "layers/base_layer/#layer-class")
    for callee in list(SIGNATURES)
    if callee.startswith("tensorflow.keras.layers.")
})
