"""Does a sentence-vector model a package ships help the claim matcher? (issue 16; not in the build)

    cargo run --release -p roundup --example attribution_eval -- --dump /tmp/pairs.tsv --texts /tmp/pairs.jsonl
    python3 -m venv /tmp/wl && /tmp/wl/bin/pip install wordllama==0.4.0.post1 numpy==2.4.6
    # the wheel ships its tokenizer under tokenizers/ but looks for it under tokenizer/
    ln -s tokenizers /tmp/wl/lib/python3.11/site-packages/wordllama/tokenizer
    /tmp/wl/bin/python bench/try_wordllama.py /tmp/pairs.tsv /tmp/pairs.jsonl

WordLlama (PyPI `wordllama`, MIT) ships 256-d token vectors (`l2_supercat_256`, 16 MB) trained for
sentence similarity; a sentence is the mean of its token vectors. For each labelled (sentence,
article) pair, the best cosine between the sentence and any window of the article (one sentence or
two adjacent ones) is added to the attribute stage's measures, and the same 5-fold-by-cluster fit as
`fit_attribution.py` is run on the DEVELOPMENT half only, with and without it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import fit_attribution as fa

logging.disable(logging.INFO)


def best_window_similarity(model, pair: dict) -> float:
    a = pair["article"]
    windows = a + [a[i] + " " + a[i + 1] for i in range(len(a) - 1)]
    if not windows:
        return 0.0
    q = model.embed([pair["query"]], norm=True)[0]
    return float((model.embed(windows, norm=True) @ q).max())


def main() -> None:
    from wordllama import WordLlama

    model = WordLlama.load()
    rows, texts = fa.load_dev_pairs(sys.argv[1], sys.argv[2])
    sim = np.array(
        [
            best_window_similarity(model, p)
            if (p := texts.get((r["cluster"], r["doc"], r["sentence"], r["target"])))
            else 0.0
            for r in rows
        ]
    )
    verdict = np.array([r["verdict"] for r in rows])
    for v in ["yes", "partial", "no"]:
        q = np.percentile(sim[verdict == v], [25, 50, 75])
        print(
            f"{v:<8} {int((verdict == v).sum()):>4} pairs, best-window cosine quartiles {q.round(3)}"
        )
    conflict = np.array([r["numbers"] == "1" for r in rows])
    lexical = np.array([fa.features(r) for r in rows])
    for name, x in [
        ("lexical measures", lexical),
        ("lexical + WordLlama", np.hstack([lexical, sim[:, None]])),
        ("WordLlama alone", sim[:, None]),
    ]:
        out = fa.crossval(rows, x)
        print(name)
        for t in [0.3, 0.5, 0.7, 0.8]:
            cited = (out >= t) & ~conflict
            right = cited & (verdict != "no")
            yes = verdict == "yes"
            print(
                f"  threshold {t:.1f}: precision {right.sum() / max(1, cited.sum()):.3f}"
                f" ({right.sum()}/{cited.sum()})  recall {(cited & yes).sum() / yes.sum():.3f}"
            )


if __name__ == "__main__":
    main()
