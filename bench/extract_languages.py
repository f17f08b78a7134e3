#!/usr/bin/env python3
"""Extraction of non-English pages: roundup against Python trafilatura on the same pages.

Reads every page of crates/roundup/tests/data/html-languages/ (NAME.html with its spec NAME.json:
"paragraphs" that must come out, "furniture" that must not, "held_out" for the pages written after
roundup's furniture rules and scored once; the language is the name's prefix; "known_leaks" is for
the Rust test and ignored here),
runs `roundup extract --format json` on all of them in one call, and Python trafilatura
(`trafilatura.extract`) with its defaults, with favor_recall=True, and with favor_recall=True plus
include_comments=False (roundup drops comments; trafilatura keeps them by default). Scores per page:

- para: share of spec paragraphs found whole in the output (whitespace normalised on both sides);
- tok: token recall: share of the spec's `\\w+` tokens (multiset) present in the output's tokens;
- leak: share of furniture strings found in the output (same normalisation);
- P/R/F1: the article-extraction-benchmark scorer (scrapinghub evaluate.py, as in
  roundup::ingest::html::score): 4-token shingles of case-kept `\\w+` tokens, gold = the spec
  paragraphs joined; per-page counts normalised, P and R averaged over pages, F1 of the two means.

Run it with a Python that has trafilatura (the bench is run by hand, not in CI):

    python3 -m venv /tmp/extract-peer && /tmp/extract-peer/bin/pip install trafilatura==2.3.1 lxml_html_clean==0.4.7
    nice -n 10 cargo build --release -p roundup-cli
    /tmp/extract-peer/bin/python bench/extract_languages.py [--pages] [--roundup target/release/roundup]
"""

import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

import trafilatura

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGES = os.path.join(ROOT, "crates", "roundup", "tests", "data", "html-languages")

TOKEN = re.compile(r"\w+")


def norm(s):
    return " ".join(s.split())


def shingles(text):
    toks = TOKEN.findall(text)
    out = collections.Counter()
    if not toks:
        return out
    if len(toks) < 4:
        out[tuple(toks)] += 1
        return out
    for i in range(len(toks) - 3):
        out[tuple(toks[i : i + 4])] += 1
    return out


def page_counts(gold, pred):
    g, p = shingles(gold), shingles(pred)
    tp = sum(min(c, p[k]) for k, c in g.items())
    fn = sum(max(0, c - p[k]) for k, c in g.items())
    fp = sum(max(0, c - g[k]) for k, c in p.items())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(counts):
    ps, rs = [], []
    for tp, fp, fn in counts:
        if tp + fp > 0:
            ps.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            rs.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fn))
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_page(spec, text):
    out = norm(text)
    paras = [norm(x) for x in spec["paragraphs"]]
    furn = [norm(x) for x in spec["furniture"]]
    para = sum(1 for x in paras if x in out) / len(paras)
    gold_toks = collections.Counter(TOKEN.findall(" ".join(paras)))
    out_toks = collections.Counter(TOKEN.findall(out))
    tok = sum(min(c, out_toks[k]) for k, c in gold_toks.items()) / sum(gold_toks.values())
    leak = sum(1 for x in furn if x in out) / len(furn) if furn else 0.0
    return {
        "para": para,
        "tok": tok,
        "leak": leak,
        "counts": page_counts("\n".join(spec["paragraphs"]), text),
        "missing": [x for x in paras if x not in out],
        "leaked": [x for x in furn if x in out],
    }


def run_roundup(binary, files):
    res = subprocess.run(
        [binary, "extract", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    texts = {}
    for line in res.stdout.splitlines():
        if line.strip():
            obj = json.loads(line)
            texts[os.path.basename(obj["input"])] = obj.get("text") or ""
    if res.returncode != 0 and not texts:
        sys.exit(f"roundup extract failed: {res.stderr.strip()}")
    return texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--roundup", default=os.path.join(ROOT, "target", "release", "roundup"))
    ap.add_argument("--pages", action="store_true", help="print every page's scores and misses")
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(PAGES, "*.html")))
    specs = {}
    for f in files:
        with open(f[:-5] + ".json", encoding="utf-8") as fh:
            specs[os.path.basename(f)] = json.load(fh)
    htmls = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            htmls[os.path.basename(f)] = fh.read()

    systems = collections.OrderedDict()
    systems["roundup extract"] = run_roundup(args.roundup, files)
    systems["trafilatura defaults"] = {
        n: trafilatura.extract(h) or "" for n, h in htmls.items()
    }
    systems["trafilatura favor_recall"] = {
        n: trafilatura.extract(h, favor_recall=True) or "" for n, h in htmls.items()
    }
    systems["trafilatura favor_recall, no comments"] = {
        n: trafilatura.extract(h, favor_recall=True, include_comments=False) or ""
        for n, h in htmls.items()
    }

    def lang(name):
        return re.split(r"[-.]", name)[0]

    scores = {s: {n: score_page(specs[n], t.get(n, "")) for n in htmls} for s, t in systems.items()}

    print(
        f"trafilatura {trafilatura.__version__}; {len(files)} pages: "
        + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(lang(n) for n in htmls).items()))
    )
    if args.pages:
        for n in htmls:
            print(f"\n## {n}")
            for s in systems:
                sc = scores[s][n]
                p, r, f = prf([sc["counts"]])
                print(
                    f"  {s:40} para {sc['para']:.2f} tok {sc['tok']:.3f} leak {sc['leak']:.2f} "
                    f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
                )
                for m in sc["missing"]:
                    print(f"      missing: {m[:90]}")
                for m in sc["leaked"]:
                    print(f"      leaked:  {m[:90]}")

    groups = collections.OrderedDict()
    for n in sorted(htmls, key=lambda x: (lang(x), x)):
        groups.setdefault(lang(n), []).append(n)
    # development: the pages the furniture rules were worked out on; held out: written after them,
    # scored once, not tuned on
    held = [n for n in htmls if specs[n].get("held_out")]
    if held:
        groups["development"] = [n for n in htmls if n not in held]
        groups["held out"] = held
    groups["all"] = list(htmls)
    print()
    print("| pages | extractor | paragraphs found | token recall | furniture leaked | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for g, names in groups.items():
        for s in systems:
            sc = [scores[s][n] for n in names]
            mean = lambda k: sum(x[k] for x in sc) / len(sc)
            p, r, f = prf([x["counts"] for x in sc])
            label = f"{g} ({len(names)})"
            print(
                f"| {label} | {s} | {mean('para'):.3f} | {mean('tok'):.3f} | {mean('leak'):.3f} "
                f"| {p:.3f} | {r:.3f} | {f:.3f} |"
            )


if __name__ == "__main__":
    main()
