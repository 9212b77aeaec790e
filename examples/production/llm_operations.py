"""Three checks on an LLM system that need no LLM: retrieval scored with
recall@k and MRR, the cost of re-embedding and of answering, and a
judge's position bias found by swapping the answers' order."""

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer


def load_glossary(path: str = "glossary.json") -> pd.DataFrame:
    # The guide's glossary as a corpus: one chunk per definition.
    terms = json.loads(Path(path).read_text()).values()
    return pd.DataFrame(terms)[["id", "term", "definition"]]


def retrieve(chunks: pd.DataFrame, questions: list[str], k: int) -> list[list[str]]:
    # A TF-IDF retriever: the k definitions most like each question.
    vectorizer = TfidfVectorizer(stop_words="english").fit(chunks["definition"])
    scores = (vectorizer.transform(questions) @ vectorizer.transform(chunks["definition"]).T).toarray()
    top = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return [list(chunks["id"].iloc[row]) for row in top]


def recall_at_k(ranked: list[list[str]], relevant: list[str], k: int) -> float:
    return float(np.mean([want in got[:k] for got, want in zip(ranked, relevant)]))


def mean_reciprocal_rank(ranked: list[list[str]], relevant: list[str]) -> float:
    ranks = [got.index(want) + 1 if want in got else math.inf for got, want in zip(ranked, relevant)]
    return float(np.mean([1 / r for r in ranks]))


def estimate_tokens(text: str) -> int:
    # A rough rule (about four characters a token in English); use the model's tokenizer for real figures.
    return math.ceil(len(text) / 4)


def reembedding_cost(corpus_tokens: int, price_per_million: float) -> float:
    # A new embedding model means embedding every chunk again: old vectors are not comparable.
    return corpus_tokens / 1e6 * price_per_million


def cost_per_answer(prompt: int, context: int, output: int, price_in: float, price_out: float) -> float:
    # Input (prompt and retrieved context) and output tokens are priced apart, per million.
    return ((prompt + context) * price_in + output * price_out) / 1e6


def judge(first: float, second: float, rng: np.random.Generator, position_bias: float) -> int:
    # A stand-in judge: sees each answer's quality through noise, and adds a bonus to the first.
    seen = np.array([first + position_bias, second]) + rng.normal(0, 0.5, 2)
    return 0 if seen[0] >= seen[1] else 1


def swap_test(qualities: np.ndarray, position_bias: float, seed: int = 0) -> dict:
    # Each pair (a, b) judged twice, in both orders; a win counts only if both verdicts agree.
    rng = np.random.default_rng(seed)
    first_wins, flips, a_wins, b_wins = 0, 0, 0, 0
    for a, b in qualities:
        a_first = judge(a, b, rng, position_bias) == 0
        a_second = judge(b, a, rng, position_bias) == 1
        first_wins += a_first + (not a_second)
        flips += a_first != a_second
        a_wins += a_first and a_second
        b_wins += not (a_first or a_second)
    n = len(qualities)
    return {"first_shown_wins": first_wins / (2 * n), "flip_rate": flips / n,
            "a_wins": a_wins / n, "b_wins": b_wins / n}


if __name__ == "__main__":
    chunks = load_glossary()
    questions = ["What is " + t.lower() + "?" for t in chunks["term"]]
    ranked = retrieve(chunks, questions, k=5)
    for k in (1, 3, 5):
        print(f"recall@{k}: {recall_at_k(ranked, list(chunks['id']), k):.2f}")
    print(f"MRR: {mean_reciprocal_rank(ranked, list(chunks['id'])):.2f}")

    per_chunk = np.mean([estimate_tokens(d) for d in chunks["definition"]])
    # Illustrative prices (per million tokens), not any provider's.
    print(f"re-embedding 2 million such chunks: ${reembedding_cost(per_chunk * 2e6, 0.10):,.2f}")
    per_answer = cost_per_answer(400, 5 * 300, 250, price_in=1.0, price_out=4.0)
    print(f"per answer: ${per_answer:.4f}; 20,000 a day for 30 days: ${per_answer * 20_000 * 30:,.0f}")

    pairs = np.random.default_rng(1).normal(0, 1, (400, 2))
    for bias in (0.0, 1.0):
        print(f"position bias {bias}: {swap_test(pairs, bias)}")
