import numpy as np
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.Input(shape=(10,)),
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse")

callbacks = [
    # Weights, optimiser state and epoch; restored on restart.
    tf.keras.callbacks.BackupAndRestore(backup_dir="gs://my-bucket/run-42/backup", save_freq=1000),
    # Keep the best model by validation loss for later selection.
    tf.keras.callbacks.ModelCheckpoint(
        "checkpoints/epoch-{epoch:03d}.keras", monitor="val_loss", save_best_only=True
    ),
]

X = np.random.rand(10_000, 10)
y = X.sum(axis=1)
model.fit(X, y, validation_split=0.1, epochs=20, callbacks=callbacks)
