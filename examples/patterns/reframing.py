import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

EDGES_MM = [0.1, 2.5, 10.0, 50.0]  # dry, drizzle, rain, heavy, extreme
LABELS = ["dry", "drizzle", "rain", "heavy", "extreme"]

rng = np.random.default_rng(0)
weather = rng.normal(size=(1000, 6))
rain_mm = np.maximum(0.0, rng.gamma(0.6, 8.0, size=1000) - 2.0)

bucket = np.digitize(rain_mm, EDGES_MM)
classifier = HistGradientBoostingClassifier().fit(weather, bucket)

probabilities = classifier.predict_proba(weather[:1])[0]
for label, p in zip(LABELS, probabilities):
    print(f"{label:8s} {p:.2f}")
