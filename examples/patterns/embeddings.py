import tensorflow as tf

NUM_PRODUCTS = 50_000
EMBEDDING_DIM = 16  # roughly the fourth root of the vocabulary, then tuned

# Each product's index, 0 to NUM_PRODUCTS - 1 (an IntegerLookup layer can map raw IDs to them).
product_id = tf.keras.Input(shape=(1,), dtype="int64", name="product_id")
price = tf.keras.Input(shape=(1,), name="price")

vectors = tf.keras.layers.Embedding(NUM_PRODUCTS, EMBEDDING_DIM, name="product_embedding")(product_id)
features = tf.keras.layers.Concatenate()([tf.keras.layers.Flatten()(vectors), price])
hidden = tf.keras.layers.Dense(32, activation="relu")(features)
will_buy = tf.keras.layers.Dense(1, activation="sigmoid")(hidden)

model = tf.keras.Model(inputs=[product_id, price], outputs=will_buy)
model.compile(optimizer="adam", loss="binary_crossentropy")

# After training, the rows are reusable vectors, e.g. for "similar products".
product_vectors = model.get_layer("product_embedding").get_weights()[0]
