import numpy as np
import tensorflow as tf

strategy = tf.distribute.MirroredStrategy()
print("Replicas:", strategy.num_replicas_in_sync)

# Variables must be created inside the strategy's scope to be mirrored on every device.
with strategy.scope():
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(20,)),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["AUC"])

# Scale the global batch with the number of replicas.
batch_size = 64 * strategy.num_replicas_in_sync
data = np.load("train.npz")
dataset = (
    tf.data.Dataset.from_tensor_slices((data["x"], data["y"]))
    .shuffle(10_000)
    .batch(batch_size)
    .prefetch(tf.data.AUTOTUNE)
)
model.fit(dataset, epochs=5)
