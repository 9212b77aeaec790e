import tensorflow as tf

text = tf.keras.Input(shape=(1,), dtype="string", name="review")
stars = tf.keras.Input(shape=(1,), name="stars")

vectorize = tf.keras.layers.TextVectorization(max_tokens=20_000, output_sequence_length=200)
tokens = vectorize(text)
text_vector = tf.keras.layers.GlobalAveragePooling1D()(
    tf.keras.layers.Embedding(20_000, 32)(tokens)
)
normalize = tf.keras.layers.Normalization()
stars_vector = normalize(stars)

combined = tf.keras.layers.Concatenate()([text_vector, stars_vector])
hidden = tf.keras.layers.Dense(16, activation="relu")(combined)
helpful = tf.keras.layers.Dense(1, activation="sigmoid", name="helpful")(hidden)

model = tf.keras.Model(inputs=[text, stars], outputs=helpful)
model.compile(optimizer="adam", loss="binary_crossentropy")
# Before fitting: vectorize.adapt(training_reviews) and normalize.adapt(training_stars);
# a Normalization layer that was never adapted leaves the stars unscaled.
