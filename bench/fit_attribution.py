"""Fits the attribute stage's claim-match model on the DEVELOPMENT half of the support labels.

    cargo run --release -p roundup --example attribution_eval -- --dump /tmp/pairs.tsv
    python3 bench/fit_attribution.py /tmp/pairs.tsv

Reads the per-pair measures that `attribution_eval --dump` writes (the window of each article that
carries most of the summary sentence's content), fits an L2-regularised logistic regression on the
development pairs only (label: `yes` = 1, `no` = 0; `partial` pairs are left out of the fit), reports
5-fold cross-validated precision/recall at several thresholds on the development half, and prints
the weights as the Rust constants of `crates/roundup/src/attribute/model.rs`. The test half is
never read here. Needs numpy.
"""

from __future__ import annotations

import csv
import json
import sys

import numpy as np

FEATURES = [
    "coverage",
    "event",
    "names",
    "bigrams",
    "reverse",
    "article",
    "articlesim",
    "sharedcov",
    "pair",
    "polarity",
    "modality",
    "numbers",
    "agree",
]


def features(row: dict[str, str]) -> list[float]:
    v = [float(row[f]) for f in FEATURES]
    v.append(np.log1p(float(row["query"])))
    return v


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Newton's method on the regularised log-loss (the bias is not penalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) * l2
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg @ w
        hess = (xb.T * (p * (1 - p))) @ xb + reg
        w -= np.linalg.solve(hess, grad)
    return w


def score(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w[:-1] + w[-1])))


def load_dev_pairs(tsv: str, jsonl: str) -> tuple[list[dict[str, str]], dict[tuple, dict]]:
    """The DEVELOPMENT rows of `attribution_eval --dump TSV` and, keyed by (cluster, doc,
    sentence, target), the development pairs of its `--texts JSONL` (test rows are skipped)."""
    with open(tsv) as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] == "dev"]
    texts = {}
    with open(jsonl) as f:
        for line in f:
            d = json.loads(line)
            if d["split"] == "dev":
                texts[(d["cluster"], str(d["doc"]), str(d["sentence"]), str(d["target"]))] = d
    return rows, texts


def crossval(rows: list[dict[str, str]], x: np.ndarray) -> np.ndarray:
    """Each row's score from a model fitted, 5-fold by cluster, on the other folds' `yes`/`no`
    rows (`partial` rows are scored, not fitted): each fold holds out whole clusters."""
    clusters = sorted({r["cluster"] for r in rows})
    folds = {c: i % 5 for i, c in enumerate(clusters)}
    fold = np.array([folds[r["cluster"]] for r in rows])
    verdict = np.array([r["verdict"] for r in rows])
    fitted = verdict != "partial"
    y = (verdict == "yes").astype(float)
    out = np.zeros(len(rows))
    for k in range(5):
        train = (fold != k) & fitted
        w = fit(x[train], y[train])
        out[fold == k] = score(w, x[fold == k])
    return out


def main() -> None:
    rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["split"] == "dev"]
    x = np.array([features(r) for r in rows])
    verdict = np.array([r["verdict"] for r in rows])
    out = crossval(rows, x)
    fitted = verdict != "partial"
    y = (verdict == "yes").astype(float)
    print("5-fold (by cluster) on the development half:")
    conflict = np.array([r["numbers"] == "1" for r in rows])
    sentence = np.array([f'{r["cluster"]}/{r["doc"]}/{r["sentence"]}' for r in rows])
    for t in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]:
        cited = (out >= t) & ~conflict
        right = cited & (verdict != "no")
        yes = verdict == "yes"
        p = right.sum() / max(1, cited.sum())
        r = (cited & yes).sum() / max(1, yes.sum())
        n_right = 0
        keys = sorted(set(sentence))
        for k in keys:
            m = sentence == k
            n, lo, hi = cited[m].sum(), yes[m].sum(), (verdict[m] != "no").sum()
            n_right += lo <= n <= hi
        print(
            f"  threshold {t:.1f}: precision {p:.3f} ({right.sum()}/{cited.sum()})  recall {r:.3f}"
            f"  N-of-M right {n_right / len(keys):.3f}"
        )
    w = fit(x[fitted], y[fitted])
    names = FEATURES + ["log_query_terms"]
    print("weights (all development pairs):")
    for n, v in zip(names, w[:-1]):
        print(f"  {n:<16} {v:+.4f}")
    print(f"  {'bias':<16} {w[-1]:+.4f}")
    print(
        "pub const WEIGHTS: [f32; %d] = [%s];" % (len(names), ", ".join(f"{v:.4f}" for v in w[:-1]))
    )
    print("pub const BIAS: f32 = %.4f;" % w[-1])


if __name__ == "__main__":
    main()
