import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

reviews = pd.DataFrame({
    "text": ["Loved it", "Terrible", "It was fine, I guess", "Works, but noisy"],
    "stars": [5, 1, 3, 4],
    "labellers_agree": [True, True, True, False],
})

def sentiment(row: pd.Series) -> str:
    if row["stars"] == 3 or not row["labellers_agree"]:
        return "neutral"
    return "positive" if row["stars"] > 3 else "negative"

reviews["label"] = reviews.apply(sentiment, axis=1)
model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
model.fit(reviews["text"], reviews["label"])
