"""Do WordNet word relations help the claim matcher? (issue 16; not in the build)

    apt-get install -y --no-install-recommends wordnet-base    # Debian 1:3.0-37: WordNet 3.0 in /usr/share/wordnet
    python3 -m venv /tmp/wn/venv && /tmp/wn/venv/bin/pip install nltk==3.10.4 numpy==2.4.6
    ROUNDUP_SHARED=/work/shared target/release/examples/attribution_eval --dump /tmp/wn/pairs.tsv --texts /tmp/wn/pairs.jsonl
    /tmp/wn/venv/bin/python bench/try_wordnet.py /tmp/wn/pairs.tsv /tmp/wn/pairs.jsonl
    # checks: words unweighted; only the first (most frequent) WordNet senses of each word
    /tmp/wn/venv/bin/python bench/try_wordnet.py /tmp/wn/pairs.tsv /tmp/wn/pairs.jsonl --unweighted
    /tmp/wn/venv/bin/python bench/try_wordnet.py /tmp/wn/pairs.tsv /tmp/wn/pairs.jsonl --senses 1
    /tmp/wn/venv/bin/python bench/try_wordnet.py /tmp/wn/pairs.tsv /tmp/wn/pairs.jsonl --phrases

(`cargo run --release -p roundup --example attribution_eval -- --dump ... --texts ...` builds and runs the
same example.) nltk 3.10 reads WordNet only from a folder it trusts and that has a `lexnames` file,
which Debian's package lacks; the script copies the database files to a temporary folder, writes the
45 standard lexicographer file names there (they are labels only, unused here) and points nltk at it.
nltk also tries to map the loaded WordNet onto its own downloaded one (`map_wn`); that is switched off.

For each labelled DEVELOPMENT (sentence, article) pair, a WordNet soft coverage: the share of the
sentence's content words (lower-cased alphanumeric runs, NLTK's English stop words out, one-letter
runs out), weighted by rarity inside the cluster, that a window of the article (one sentence or two
adjacent ones) has. Rarity is ln(N / n) over the sentences of the cluster's articles that the JSONL
carries (every labelled target article and the labelled sentences; a cluster's source article is
seen only when it is itself a target of another label), N sentences, n of them holding the word, plus
0.1 so that a word in every sentence still counts a little.
A word counts (fully) as covered when the window has, in the variant:
- `lemma`: the word itself or a word with a shared WordNet base form (morphy, any part of speech);
- `+syn`: also a single-word lemma of any synset of the word (all senses);
- `+syn+hyp`: also a lemma of a direct hypernym or hyponym (instance ones included) of those synsets;
- `+syn+hyp+der`: also a derivationally related form of the word's own lemmas (any sense);
- `wide`: `+syn+hyp+der` plus derivations of the synonyms and of the verbs a sense causes or entails
  (kill -> die -> death).
`--phrases` also looks up two-word entries (a word's base form joined to the next word, stop words
included: "forced out" -> force_out, whose senses include depose, a hyponym of oust) on both sides;
`--unweighted` counts every content word alike; `--senses N` keeps only each word's first N synsets
per part of speech (WordNet orders them by frequency); `--wordnet DIR` reads another copy of the
database (default /usr/share/wordnet).
The best window of the article gives the feature (as `try_wordllama.py` does with its cosine); the
variant is also measured on the window the stage chose (the dump's `window` column). Each is added to
the attribute stage's measures and the same 5-fold-by-cluster fit as `fit_attribution.py` is run on
the DEVELOPMENT half only, with and without it. Test rows are skipped on reading.

Result (session of issue 16, dev half, 475 pairs): at threshold 0.7 no variant changes a citation
(P 0.882 / R 0.231 with and without); with the lemma coverage beside a relation variant, one more
right citation (0.889 / 0.246). The relations raise the coverage of "no" pairs as much as of "yes"
pairs (their gain over lemma matching separates yes from no with AUC 0.44-0.46, worse than chance).
"""

from __future__ import annotations

import atexit
import json
import logging
import math
import re
import shutil
import sys
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import fit_attribution as fa

logging.disable(logging.INFO)

# NLTK's English stop words (the list the Rust tokenizer uses, `stop-words` crate 0.10.1)
STOP = set(
    """a about above after again against ain all am an and any are aren aren't as at be because been
    before being below between both but by can couldn couldn't d did didn didn't do does doesn doesn't
    doing don don't down during each few for from further had hadn hadn't has hasn hasn't have haven
    haven't having he he'd he'll her here hers herself he's him himself his how i i'd if i'll i'm in
    into is isn isn't it it'd it'll it's its itself i've just ll m ma me mightn mightn't more most
    mustn mustn't my myself needn needn't no nor not now o of off on once only or other our ours
    ourselves out over own re s same shan shan't she she'd she'll she's should shouldn shouldn't
    should've so some such t than that that'll the their theirs them themselves then there these they
    they'd they'll they're they've this those through to too under until up ve very was wasn wasn't we
    we'd we'll we're were weren weren't we've what when where which while who whom why will with won
    won't wouldn wouldn't y you you'd you'll your you're yours yourself yourselves you've""".split()
)
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute
    noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group
    noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession
    noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body
    verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact
    verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
    verb.weather adj.ppl""".split()
VARIANTS = ["lemma", "+syn", "+syn+hyp", "+syn+hyp+der", "wide"]
# which relation kinds each variant accepts (besides exact/lemma)
ACCEPTS = {
    "lemma": set(),
    "+syn": {"syn"},
    "+syn+hyp": {"syn", "hyp"},
    "+syn+hyp+der": {"syn", "hyp", "der"},
    "wide": {"syn", "hyp", "der", "wide"},
}
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def load_wordnet(src: str):
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    root = tempfile.mkdtemp(prefix="wordnet-")
    atexit.register(shutil.rmtree, root, True)
    for f in Path(src).iterdir():
        if f.is_file():
            shutil.copy(f, root)
    if not (Path(root) / "lexnames").exists():
        cat = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
        with open(Path(root) / "lexnames", "w") as out:
            for i, n in enumerate(LEXNAMES):
                out.write(f"{i:02d}\t{n}\t{cat[n.split('.')[0]]}\n")
    nltk.data.path.insert(0, root)

    class Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Reader(root, None)


def tokens(text: str) -> list[str]:
    return [
        w[:-2] if w.endswith("'s") else w for w in WORD.findall(text.lower().replace("\u2019", "'"))
    ]


def words(text: str) -> list[str]:
    return [w for w in tokens(text) if len(w) > 1 and w not in STOP]


class Relations:
    """Per word: its base forms and, per relation kind, the words it relates to."""

    def __init__(self, wn, senses: int = 0, phrases: bool = False):
        self.wn = wn
        self.senses = senses
        self.use_phrases = phrases
        self._phrase: dict[str, bool] = {}
        self._lemmas: dict[str, frozenset[str]] = {}
        self._rel: dict[str, dict[str, frozenset[str]]] = {}

    def phrases(self, text: str) -> dict[str, set[str]]:
        """With `--phrases`: per word, the two-word WordNet entries it starts in the text (its base
        form joined to the next word, stop words included: "forced out" -> force_out)."""
        out: dict[str, set[str]] = defaultdict(set)
        if not self.use_phrases:
            return out
        t = tokens(text)
        for a, b in zip(t, t[1:]):
            if a.isdigit() or b.isdigit():
                continue
            for base in self.lemmas(a):
                p = f"{base}_{b}"
                if p not in self._phrase:
                    self._phrase[p] = bool(self.wn.synsets(p))
                if self._phrase[p]:
                    out[a].add(p)
        return out

    def lemmas(self, w: str) -> frozenset[str]:
        if w not in self._lemmas:
            forms = {w}
            if not w.isdigit():
                for p in "nvar":
                    m = self.wn.morphy(w, p)
                    if m:
                        forms.add(m.lower())
            self._lemmas[w] = frozenset(forms)
        return self._lemmas[w]

    def related(self, w: str) -> dict[str, frozenset[str]]:
        if w in self._rel:
            return self._rel[w]
        own = self.lemmas(w)
        syn, hyp, der, wide = set(), set(), set(), set()
        synsets = [] if w.isdigit() else self.wn.synsets(w)
        if self.senses:
            kept: dict[str, int] = defaultdict(int)
            first = []
            for s in synsets:
                kept[s.pos()] += 1
                if kept[s.pos()] <= self.senses:
                    first.append(s)
            synsets = first

        def names(lemmas):
            return {lem.name().lower() for lem in lemmas if "_" not in lem.name()}

        for s in synsets:
            syn |= names(s.lemmas())
            for h in s.hypernyms() + s.instance_hypernyms() + s.hyponyms() + s.instance_hyponyms():
                hyp |= names(h.lemmas())
            for lem in s.lemmas():
                forms = names(lem.derivationally_related_forms())
                if lem.name().lower() in own:
                    der |= forms
                else:
                    wide |= forms
            if s.pos() == "v":
                for t in s.causes() + s.entailments():
                    wide |= names(t.lemmas())
                    for lem in t.lemmas():
                        wide |= names(lem.derivationally_related_forms())
        rel = {"syn": syn - own, "hyp": hyp - own, "der": der - own, "wide": wide - own}
        self._rel[w] = {k: frozenset(v) for k, v in rel.items()}
        return self._rel[w]

    def match(
        self,
        w: str,
        window_words: set[str],
        window_lemmas: set[str],
        phrases: set[str] = frozenset(),
    ) -> tuple[str, str] | None:
        """The first relation kind (exact, lemma, syn, hyp, der, wide) by which the window covers w
        (or a two-word entry w starts), and the window word it matched."""
        if w in window_words:
            return "exact", w
        if self.lemmas(w) & window_lemmas:
            return "lemma", next(iter(self.lemmas(w) & window_lemmas))
        rel = self.related(w)
        if phrases:
            rel = {k: set(v) for k, v in rel.items()}
            rel["syn"] |= phrases
            for p in phrases:
                for k, v in self.related(p).items():
                    rel[k] |= v
        for kind in ["syn", "hyp", "der", "wide"]:
            hit = rel[kind] & window_lemmas
            if hit:
                return kind, min(hit)
        return None


def cluster_rarity(texts: dict[tuple, dict]) -> dict[str, dict[str, float]]:
    """Rarity inside each cluster: inverse sentence frequency, ln(N / n) + 0.1, over the sentences
    the JSONL carries (the targets' sentences and the labelled sentences)."""
    sentences: dict[str, dict[str, str]] = defaultdict(dict)
    for (c, doc, s, t), d in texts.items():
        for i, x in enumerate(d["article"]):
            sentences[c][f"{t}/{i}"] = x
        sentences[c][f"{doc}/{s}"] = d["query"]
    idf: dict[str, dict[str, float]] = {}
    for c, ss in sentences.items():
        sf: dict[str, int] = defaultdict(int)
        for x in ss.values():
            for w in set(words(x)):
                sf[w] += 1
        idf[c] = {w: math.log(len(ss) / n) + 0.1 for w, n in sf.items()}
    return idf


def main() -> None:
    args = sys.argv[1:]

    def option(name: str, default: str | None) -> str | None:
        if name in args:
            i = args.index(name)
            value = args[i + 1]
            del args[i : i + 2]
            return value
        return default

    unweighted = "--unweighted" in args
    if unweighted:
        args.remove("--unweighted")
    phrases = "--phrases" in args
    if phrases:
        args.remove("--phrases")
    senses = int(option("--senses", "0"))
    wn = load_wordnet(option("--wordnet", "/usr/share/wordnet"))
    R = Relations(wn, senses, phrases)
    sys.argv[1:] = args
    rows, texts = fa.load_dev_pairs(sys.argv[1], sys.argv[2])
    idf = cluster_rarity(texts)

    def coverage(
        cluster: str, query: list[str], qphrases: dict, window: str
    ) -> dict[str, tuple[float, list]]:
        ww = set(words(window))
        wl = set().union(*(R.lemmas(v) for v in ww)) if ww else set()
        for ps in R.phrases(window).values():
            wl |= ps
        weights = {w: 1.0 if unweighted else idf[cluster].get(w, 1.0) for w in query}
        total = sum(weights.values())
        matches = {w: R.match(w, ww, wl, qphrases.get(w, frozenset())) for w in weights}
        out = {}
        for v in VARIANTS:
            ok = {"exact", "lemma"} | ACCEPTS[v]
            fired = [(w, m) for w, m in matches.items() if m and m[0] in ok]
            out[v] = (sum(weights[w] for w, _ in fired) / total if total else 0.0, fired)
        return out

    n = len(rows)
    best = {v: np.zeros(n) for v in VARIANTS}
    chosen = {v: np.zeros(n) for v in VARIANTS}
    best_fired: list[dict] = [{} for _ in rows]
    for i, r in enumerate(rows):
        p = texts.get((r["cluster"], r["doc"], r["sentence"], r["target"]))
        if not p:
            continue
        a = p["article"]
        query = list(dict.fromkeys(words(p["query"])))
        if not query:
            continue
        windows = a + [a[j] + " " + a[j + 1] for j in range(len(a) - 1)]
        qphrases = R.phrases(p["query"])
        covs = [coverage(r["cluster"], query, qphrases, x) for x in windows]
        for v in VARIANTS:
            j = max(range(len(covs)), key=lambda j: covs[j][v][0])
            best[v][i] = covs[j][v][0]
            best_fired[i][v] = covs[j][v][1]
        idx = json.loads(r["window"]) if r["window"] not in ("", "[]") else []
        if idx:
            c = coverage(r["cluster"], query, qphrases, " ".join(a[j] for j in idx if j < len(a)))
            for v in VARIANTS:
                chosen[v][i] = c[v][0]

    verdict = np.array([r["verdict"] for r in rows])
    print(
        f"{n} development pairs ({(verdict == 'yes').sum()} yes, {(verdict == 'partial').sum()} partial,"
        f" {(verdict == 'no').sum()} no); WordNet {wn.get_version()};"
        f" {'unweighted' if unweighted else 'rarity-weighted'}; {'senses: first ' + str(senses) if senses else 'all senses'};"
        f" {'with' if phrases else 'no'} two-word entries"
    )
    print("\nfeature quartiles (25/50/75) by class, best window / the stage's window")
    for v in VARIANTS:
        line = [f"{v:<14}"]
        for name, x in [("best", best[v]), ("chosen", chosen[v])]:
            parts = []
            for cl in ["yes", "partial", "no"]:
                q = np.percentile(x[verdict == cl], [25, 50, 75])
                parts.append(f"{cl} {q[0]:.2f}/{q[1]:.2f}/{q[2]:.2f}")
            line.append(f"{name}: " + "  ".join(parts))
        print(" | ".join(line))

    def auc(x: np.ndarray) -> float:
        """Chance that a "yes" pair scores above a "no" pair (ties count half)."""
        a, b = x[verdict == "yes"], x[verdict == "no"]
        return float(
            ((a[:, None] > b[None, :]).sum() + 0.5 * (a[:, None] == b[None, :]).sum())
            / (len(a) * len(b))
        )

    print("\nyes-vs-no AUC, best window: " + "  ".join(f"{v} {auc(best[v]):.3f}" for v in VARIANTS))
    print(
        "yes-vs-no AUC of the gain over lemma (variant - lemma): "
        + "  ".join(f"{v} {auc(best[v] - best['lemma']):.3f}" for v in VARIANTS[1:])
    )
    print(
        "yes-vs-no AUC of the stage's coverage / event / article measures: "
        + "  ".join(
            f"{f} {auc(np.array([float(r[f]) for r in rows])):.3f}"
            for f in ["coverage", "event", "article"]
        )
    )

    conflict = np.array([r["numbers"] == "1" for r in rows])
    yes = verdict == "yes"
    lexical = np.array([fa.features(r) for r in rows])

    def crossval(x: np.ndarray) -> np.ndarray:
        return fa.crossval(rows, x)

    thresholds = [0.5, 0.6, 0.7, 0.8]
    print("\ndev, 5-fold by cluster: precision (right/cited) recall, per threshold")
    print(f"{'features':<40}" + "".join(f"{'t=' + str(t):<22}" for t in thresholds))
    runs = [("lexical measures", lexical)]
    for v in VARIANTS:
        runs.append((f"lexical + {v} (best window)", np.hstack([lexical, best[v][:, None]])))
    for v in VARIANTS:
        runs.append((f"lexical + {v} (stage's window)", np.hstack([lexical, chosen[v][:, None]])))
    for v in VARIANTS[1:]:
        runs.append(
            (
                f"lexical + lemma + {v} (best)",
                np.hstack([lexical, best["lemma"][:, None], best[v][:, None]]),
            )
        )
    for v in ["lemma", "+syn+hyp+der"]:
        runs.append((f"{v} alone (best window)", best[v][:, None]))
    scores = {}
    for name, x in runs:
        out = crossval(x)
        scores[name] = out
        cells = []
        for t in thresholds:
            cited = (out >= t) & ~conflict
            right = cited & (verdict != "no")
            cells.append(
                f"{right.sum() / max(1, cited.sum()):.3f} ({right.sum()}/{cited.sum()}) {(cited & yes).sum() / yes.sum():.3f}"
            )
        print(f"{name:<40}" + "".join(f"{c:<22}" for c in cells))

    # which pairs change, and what fired in the best window beyond exact/lemma
    print(
        "\npairs whose citation changes against the lexical measures (id: verdict, relation hits)"
    )
    for t in thresholds:
        base = (scores["lexical measures"] >= t) & ~conflict
        for name in scores:
            if (
                not name.endswith("(best window)")
                and name != "lexical + lemma + +syn+hyp+der (best)"
            ):
                continue
            if not name.startswith("lexical +"):
                continue
            v = name.split()[-3] if name.endswith("(best window)") else name.split()[-2]
            now = (scores[name] >= t) & ~conflict
            for i in np.flatnonzero(now != base):
                r = rows[i]
                hits = [
                    f"{w}~{m[1]} ({m[0]})"
                    for w, m in best_fired[i].get(v, [])
                    if m[0] not in ("exact", "lemma")
                ]
                print(
                    f"  t={t} {name:<38} {'gained' if now[i] else 'lost'} {r['cluster']} {r['doc']}/{r['sentence']}->{r['target']}"
                    f" {r['verdict']}: p {scores['lexical measures'][i]:.2f}->{scores[name][i]:.2f}, lemma cov {best['lemma'][i]:.2f}, {v} {best[v][i]:.2f}; {', '.join(hits) or '-'}"
                )
    # how often each relation fires in the best window, by class
    print(
        "\nbest-window words covered only by a relation (variant +syn+hyp+der / wide), share of pairs with one"
    )
    for v in ["+syn+hyp+der", "wide"]:
        for cl in ["yes", "partial", "no"]:
            counts: dict[str, int] = defaultdict(int)
            m = np.flatnonzero(verdict == cl)
            for i in m:
                for kind in {k for _, (k, _) in best_fired[i].get(v, [])} - {"exact", "lemma"}:
                    counts[kind] += 1
            print(
                f"  {v:<14} {cl:<8} "
                + "  ".join(f"{k} {counts[k] / len(m):.2f}" for k in ["syn", "hyp", "der", "wide"])
            )


if __name__ == "__main__":
    main()
