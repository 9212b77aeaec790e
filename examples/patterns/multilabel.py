import tensorflow as tf

TOPICS = ["billing", "login", "shipping", "refund"]

ticket = tf.keras.Input(shape=(1,), dtype="string")
vectorize = tf.keras.layers.TextVectorization(max_tokens=10_000, output_sequence_length=120)
tokens = vectorize(ticket)
vector = tf.keras.layers.GlobalAveragePooling1D()(tf.keras.layers.Embedding(10_000, 32)(tokens))
# One sigmoid per topic: each is its own yes/no question.
topics = tf.keras.layers.Dense(len(TOPICS), activation="sigmoid")(vector)

model = tf.keras.Model(ticket, topics)
model.compile(
    optimizer="adam",
    loss="binary_crossentropy",
    metrics=[tf.keras.metrics.AUC(multi_label=True)],
)
# Before fitting on multi-hot targets: vectorize.adapt(training_tickets).

THRESHOLDS = {"billing": 0.5, "login": 0.5, "shipping": 0.4, "refund": 0.3}

def tags(probabilities):
    return [t for t, p in zip(TOPICS, probabilities) if p >= THRESHOLDS[t]]
