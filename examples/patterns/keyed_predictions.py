import tensorflow as tf

model = tf.keras.models.load_model("trained/fraud.keras")

@tf.function(input_signature=[
    tf.TensorSpec([None], tf.string, name="key"),
    tf.TensorSpec([None, 12], tf.float32, name="features"),
])
def keyed_predict(key, features):
    # The key is never seen by the model: it is copied to the output.
    return {"key": tf.identity(key), "fraud_probability": model(features, training=False)[:, 0]}

tf.saved_model.save(model, "export/fraud/2", signatures={"serving_default": keyed_predict})
