#!/usr/bin/env python3
"""How far lexical similarity can go on the story sets, offline (all articles at once, global IDF):
the ceiling analysis behind the Stories section of BENCHMARKS.md. Not a peer: it sees the whole set
and picks thresholds with the gold labels.

    stories_ceiling.py multinews STREAM.jsonl [TRAIN.jsonl.gz]   # the stream bench/stories.sh writes (~8 min)
    stories_ceiling.py duc EVENTS.jsonl [...]    # the DUC event sets (seconds)

multinews: TF-IDF (sublinear TF, English stop words, terms in at most 5% of the documents) over every
document; for each document its nearest neighbour (cosine) among all the others: how often it is in
the same gold cluster, and the B-cubed scores of the connected components of nearest-neighbour
edges at or above a threshold (stub documents, those whose first 200 characters occur in more than one
cluster or with fewer than 5 words, kept apart), plus an oracle that keeps only the correct edges. Then how far the gold itself splits one news story:
the gold clusters merged along the nearest-neighbour edges that cross clusters at or above a cosine
(everything else perfect, stubs apart), scored against the gold; with TRAIN.jsonl.gz (Multi-News
train, for the reference summaries) it also prints a seeded sample of such cross-cluster pairs, each
cluster shown by the opening of its reference summary, to judge by eye whether they are one story.
And the reverse: each gold cluster cut where its own documents share no distinctive words (the
components of its inner pairs at or above a cosine), nothing else wrong.
duc: the same TF-IDF (no document-frequency cap) and scikit-learn agglomerative clustering with
average, single and complete linkage over a sweep of similarity thresholds, with and without the
time discount roundup uses (similarity / (1 + gap days / scale)); prints the best F1 of each.
B-cubed here is a short Python version of the definition (the Rust scorer is the reference).
"""
import collections
import datetime
import json
import sys

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def bcubed(g, p):
    gp = collections.Counter(zip(g, p))
    gc = collections.Counter(g)
    pc = collections.Counter(p)
    P = sum(c * c / pc[b] for (a, b), c in gp.items()) / len(g)
    R = sum(c * c / gc[a] for (a, b), c in gp.items()) / len(g)
    return P, R, 2 * P * R / (P + R)


def multinews(path, train=None):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    texts = [r["text"] for r in rows]
    gold = np.array([hash(r["cluster"]) for r in rows])
    vec = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1, max_df=0.05, dtype=np.float32)
    X = vec.fit_transform(texts).tocsr()
    n = X.shape[0]
    XT = X.T.tocsr()
    best = np.zeros(n, np.float32)
    bestj = np.zeros(n, np.int64)
    for s in range(0, n, 1000):
        S = (X[s : s + 1000] @ XT).toarray()
        for i in range(S.shape[0]):
            S[i, s + i] = -1
        j = S.argmax(1)
        best[s : s + 1000] = S[np.arange(S.shape[0]), j]
        bestj[s : s + 1000] = j
    ok = gold[bestj] == gold
    key = [r["text"][:200] for r in rows]
    clusters = collections.defaultdict(set)
    for k, r in zip(key, rows):
        clusters[k].add(r["cluster"])
    stub = np.array([len(clusters[k]) > 1 or len(k.split()) < 5 for k in key])
    ns = ~stub
    print(f"documents {n}, stubs {stub.sum()}")
    print(f"nearest neighbour in the same cluster: all {ok.mean():.3f}, non-stub {ok[ns].mean():.3f}")

    def components(edges):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            parent[find(a)] = find(b)
        return [find(i) for i in range(n)]

    g = list(gold)
    print("singletons P %.3f R %.3f F1 %.3f" % bcubed(g, list(range(n))))
    for th in [0.2, 0.25, 0.3, 0.35, 0.4, 0.5]:
        e = [(i, bestj[i]) for i in range(n) if ns[i] and ns[bestj[i]] and best[i] >= th]
        print("NN edges >= %.2f: P %.3f R %.3f F1 %.3f" % ((th,) + bcubed(g, components(e))))
    e = [(i, bestj[i]) for i in range(n) if ns[i] and ok[i]]
    print("oracle, correct NN edges only: P %.3f R %.3f F1 %.3f" % bcubed(g, components(e)))

    # The gold split: a grouping that is perfect except that it also joins the gold clusters linked
    # by a cross-cluster nearest-neighbour edge (cosine >= th), stubs kept apart.
    names = [r["cluster"] for r in rows]
    cross = [i for i in range(n) if ns[i] and ns[bestj[i]] and not ok[i]]
    print(f"non-stub documents whose nearest neighbour is a non-stub of another gold cluster: {len(cross)}")
    for th in [0.6, 0.5, 0.4, 0.3]:
        parent = {}

        def root(x):
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for i in cross:
            if best[i] >= th:
                a, b = root(names[i]), root(names[bestj[i]])
                if a != b:
                    parent[a] = b
        merged = [root(c) if ns[i] else f"stub{i}" for i, c in enumerate(names)]
        linked = sum(best[i] >= th for i in cross)
        print("gold merged along %d cross-cluster NN edges >= %.1f: P %.3f R %.3f F1 %.3f"
              % ((linked, th) + bcubed(names, merged)))
    # The other side: gold stories whose documents share no distinctive words. Each gold cluster cut
    # into the components of its own documents' pairs at or above a cosine (no other link at all).
    members = collections.defaultdict(list)
    for i, c in enumerate(names):
        members[c].append(i)
    pairs = np.array([(m[a], m[b]) for m in members.values() for a in range(len(m)) for b in range(a + 1, len(m))])
    within = np.asarray(X[pairs[:, 0]].multiply(X[pairs[:, 1]]).sum(1)).ravel()
    print("cosine of the %d document pairs inside a gold cluster, quartiles: %s"
          % (len(pairs), " ".join("%.3f" % q for q in np.percentile(within, [25, 50, 75]))))
    for th in [0.02, 0.05, 0.1, 0.2]:
        e = [(a, b) for (a, b), s in zip(pairs, within) if s >= th]
        print("gold cut at inner pairs < %.2f: P %.3f R %.3f F1 %.3f" % ((th,) + bcubed(g, components(e))))
    # Both at once: every inner pair at or above t_in linked, and the cross-cluster nearest-neighbour
    # edges at or above t_x (more alike than many inner pairs, so hard to refuse) linked too.
    for t_in, t_x in [(0.05, 0.5), (0.1, 0.5), (0.1, 0.4)]:
        e = [(a, b) for (a, b), s in zip(pairs, within) if s >= t_in]
        e += [(i, bestj[i]) for i in cross if best[i] >= t_x]
        print("inner pairs >= %.2f and cross-cluster NN edges >= %.1f linked: P %.3f R %.3f F1 %.3f"
              % ((t_in, t_x) + bcubed(g, components(e))))
    if train:
        import gzip
        import random

        summary = {}
        with gzip.open(train, "rt", encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                summary[c["id"]] = " ".join(c["summaries"][0].split())
        for lo, hi in [(0.5, 1.01), (0.3, 0.5)]:
            band = [i for i in cross if lo <= best[i] < hi]
            random.Random(7).shuffle(band)
            print(f"\nsample of {len(band)} cross-cluster NN edges with cosine in [{lo}, {hi}):")
            for i in band[:12]:
                print(f"-- cosine {best[i]:.2f}")
                for c in (names[i], names[bestj[i]]):
                    print(f"   {c}: {summary[c][:200]}")


def duc(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    texts = [r["text"] for r in rows]
    gold = [r["cluster"] for r in rows]
    n = len(rows)
    day = np.array([datetime.date.fromisoformat(r["date"][:10]).toordinal() for r in rows])
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    S = (X @ X.T).toarray()
    np.fill_diagonal(S, -1)
    print(f"{path}: nearest neighbour in the same event {(np.array(gold)[S.argmax(1)] == np.array(gold)).mean():.3f}")
    gap = np.abs(day[:, None] - day[None, :])
    for scale in [None, 14, 30]:
        St = S if scale is None else S / (1 + gap / scale)
        for link in ["average", "single", "complete"]:
            res = []
            for th in np.arange(0.05, 0.95, 0.05):
                lab = AgglomerativeClustering(
                    n_clusters=None, metric="precomputed", linkage=link, distance_threshold=1 - th
                ).fit_predict(1 - np.maximum(St, 0))
                res.append((bcubed(gold, list(lab))[2], round(float(th), 2)))
            f1, th = max(res)
            print(f"  time scale {scale}, {link} linkage: best F1 {f1:.3f} at similarity {th}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "multinews":
        multinews(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        for p in sys.argv[2:]:
            duc(p)
