import tensorflow as tf

model = tf.keras.models.load_model("trained/churn.keras")

@tf.function(input_signature=[
    tf.TensorSpec([None], tf.float32, name="tenure_months"),
    tf.TensorSpec([None], tf.float32, name="monthly_spend"),
])
def serve(tenure_months, monthly_spend):
    # A missing field fails the request instead of coming back as will_churn: False.
    tf.debugging.assert_all_finite(monthly_spend, "monthly_spend is missing")
    features = tf.stack([tenure_months, monthly_spend], axis=1)
    probability = model(features, training=False)[:, 0]
    return {"churn_probability": probability, "will_churn": probability > 0.5}

# A stateless SavedModel: any replica can answer any request.
tf.saved_model.save(model, "export/churn/1", signatures={"serving_default": serve})
