#!/usr/bin/env python3
"""Peer for `roundup stories`: scikit-learn TF-IDF + agglomerative clustering (average linkage, cosine
distance, a distance threshold instead of a known number of clusters).

    stories_peer.py EVENTS.jsonl --out PRED.jsonl [--threshold D] [--linkage average] [--sweep]

Reads one article a line (`id`, `title`, `text`), writes one story a line in the shape `roundup stories`
writes (`{"id", "articles": [{"id"}]}`) so both are scored by the same scorer
(`roundup stories --gold EVENTS.jsonl --score-only PRED.jsonl`). Prints the wall time on stderr.
`--sweep` prints, for each threshold, the number of stories (for picking one; the scoring stays in Rust).
"""
import argparse
import json
import sys
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("--out", required=True)
    ap.add_argument("--threshold", type=float, default=0.9,
                    help="cosine distance at which clusters stop merging")
    ap.add_argument("--linkage", default="average")
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.events, encoding="utf-8") if line.strip()]
    texts = [((r.get("title") or "") + "\n" + (r.get("text") or "")) for r in rows]
    t0 = time.perf_counter()
    tfidf = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    x = tfidf.fit_transform(texts).toarray()
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage=args.linkage,
                                    distance_threshold=args.threshold)
    labels = model.fit_predict(x)
    elapsed = time.perf_counter() - t0
    stories = {}
    for r, label in zip(rows, labels):
        stories.setdefault(int(label), []).append({"id": r["id"]})
    with open(args.out, "w", encoding="utf-8") as f:
        for label in sorted(stories):
            f.write(json.dumps({"id": f"peer-{label}", "articles": stories[label]}) + "\n")
    print(f"sklearn tfidf+agglomerative({args.linkage}, distance<{args.threshold}): "
          f"{len(rows)} articles, {len(stories)} stories, {elapsed:.2f} s, "
          f"{len(rows) / elapsed:.0f} articles/s", file=sys.stderr)


if __name__ == "__main__":
    main()
