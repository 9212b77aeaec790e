import pandas as pd

old = pd.read_parquet("data/payments_2025.parquet")  # payment_type: cash | card
new = pd.read_parquet("data/payments_2026.parquet")  # payment_type: cash | credit | debit

NEW_TYPES = ["cash", "credit", "debit"]
card_rows = new[new["payment_type"].isin(["credit", "debit"])]
card_share = card_rows["payment_type"].value_counts(normalize=True)

def bridged(payment_type: str) -> dict:
    if payment_type == "card":  # unknown detail: spread over the new categories
        return {"cash": 0.0, "credit": card_share["credit"], "debit": card_share["debit"]}
    return {t: float(t == payment_type) for t in NEW_TYPES}

old_features = pd.DataFrame([bridged(t) for t in old["payment_type"]], index=old.index)
new_features = pd.get_dummies(new["payment_type"]).reindex(columns=NEW_TYPES, fill_value=0)
training = pd.concat([old_features, new_features.astype(float)])
