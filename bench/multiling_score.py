"""Scores MultiLing 2011 summaries of every system side by side with ONE scorer (rouge-score 0.1.2 with a
Unicode tokenizer: lower-case, re.findall(r"\w+"), no stemming), each summary cut at 250 words, best of the
3 human summaries per metric (rouge-score's score_multi). Systems: the participants ID1-ID9, ID10 (a topline
that used the human summaries: not a peer) and roundup's predictions.

  python bench/multiling_score.py DATA.jsonl PEERS.jsonl ROUNDUP_PRED.jsonl [--words 250]

Prints a Markdown table: per language roundup's R1/R2 F, the best participant's (best R1 and best R2 taken
separately, ID10 excluded), roundup's rank among the participants by R1 and whether both bars are met.
"""
import argparse, collections, json, re

from rouge_score import rouge_scorer


class UnicodeTokenizer:
    """rouge-score's tokenizer interface: lower-case \\w+ runs (letters, numbers, _ of any script)."""

    def tokenize(self, text):
        return re.findall(r"\w+", text.lower())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("peers")
    ap.add_argument("roundup")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--name", default="roundup")
    args = ap.parse_args()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=False, tokenizer=UnicodeTokenizer())
    clusters = {}
    for line in open(args.data, encoding="utf-8"):
        d = json.loads(line)
        clusters[d["id"]] = d
    summaries = []  # (system, id, text)
    for line in open(args.peers, encoding="utf-8"):
        d = json.loads(line)
        summaries.append((d["system"], d["id"], d["summary"]))
    for line in open(args.roundup, encoding="utf-8"):
        d = json.loads(line)
        summaries.append((args.name, d["id"], d["summary"]))
    scores = collections.defaultdict(list)  # (language, system) -> [(r1, r2)]
    for system, cid, text in summaries:
        c = clusters[cid]
        cut = " ".join(text.split()[: args.words])
        s = scorer.score_multi(c["summaries"], cut)
        scores[(c["language"], system)].append((s["rouge1"].fmeasure, s["rouge2"].fmeasure))
    languages = sorted({lang for lang, _ in scores})
    print(f"| language | {args.name} R1 / R2 | best participant R1 / R2 | {args.name}'s R1 rank | both bars |")
    print("|---|---|---|---|---|")
    met = 0
    for lang in languages:
        means = {}
        for (l, system), v in scores.items():
            if l == lang:
                means[system] = (100 * sum(a for a, _ in v) / len(v), 100 * sum(b for _, b in v) / len(v), len(v))
        mine = means.pop(args.name)
        topline = means.pop("ID10", None)
        best1 = max(means.items(), key=lambda kv: kv[1][0])
        best2 = max(means.items(), key=lambda kv: kv[1][1])
        rank = 1 + sum(1 for v in means.values() if v[0] > mine[0])
        ok = mine[0] >= best1[1][0] and mine[1] >= best2[1][1]
        met += ok
        best = (f"{best1[1][0]:.2f} / {best1[1][1]:.2f} ({best1[0]})" if best1[0] == best2[0]
                else f"{best1[1][0]:.2f} ({best1[0]}) / {best2[1][1]:.2f} ({best2[0]})")
        print(f"| {lang} | {mine[0]:.2f} / {mine[1]:.2f} | {best} | {rank} of {len(means) + 1} | "
              f"{'yes' if ok else 'no'} |")
    print(f"\nboth bars met in {met} of {len(languages)} languages "
          f"(ID10, the topline, left out of 'best participant')")


if __name__ == "__main__":
    main()
