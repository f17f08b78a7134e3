"""Trial: would a syntactic parser's subject of the speech verb name quote speakers better?

Reads the dump of `speaker_eval --dump FILE` (one JSON line per labelled quote) and, for each
quote whose sentence has a speech verb outside its quotation marks, parses the sentence with the
CMU link grammar parser (Debian `link-grammar`, `python3-link-grammar`, its English dictionary;
no weights) with each quotation replaced by a placeholder. The subject of the speech verb (its
`S` link, the inverted `SI` of `said Cuomo`, or the subject of its auxiliary) is compared with
the speaker as the system wrote it in that sentence.

Run with Debian's Python (the bindings are a Debian package):
    /usr/bin/python3 bench/try_parser.py DUMP.jsonl [--limit N]

Prints, for the sentences parsed: how often the parser's subject and the system's written
speaker agree, and where they disagree, who is right by the labels (the same rule as
`speaker_eval`: a name is right when its words are all words, initials or spelling variants of
the label's, and no other labelled speaker of the cluster shares them).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import linkgrammar as lg  # type: ignore[import-not-found]
from linkgrammar import clinkgrammar as clg  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}
QUOTE_RE = re.compile(r"\"[^\"]*\"?|“[^”]*”?")


def speech_verbs() -> set[str]:
    src = (ROOT / "crates/roundup/src/text/speech_verbs.rs").read_text()
    body = src.split("pub const SPEECH_VERBS: &[&str] = &[", 1)[1].split("];", 1)[0]
    return set(re.findall(r'"([a-z]+)"', body)) | {"saying"}


def words(s: str) -> list[str]:
    drop = {"the", "a", "an", "s", "jr", "sr"}
    return [w.lower() for w in re.split(r"[^\w]+", s) if w and w.lower() not in drop]


def spelling_variant(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    ra, rb = a[p:], b[p:]
    return ra[1:] == rb[1:] or ra[1:] == rb or ra == rb[1:]


def part_of(system: list[str], label: list[str]) -> bool:
    return bool(system) and all(
        any(
            lw == w or (len(w) == 1 and lw.startswith(w)) or spelling_variant(w, lw) for lw in label
        )
        for w in system
    )


def right_speaker(system: str, label: str, others: list[str]) -> bool:
    """`speaker_eval::right_speaker`."""
    if label.startswith("desc:"):
        d, s = words(label[5:]), words(system)
        content = [w for w in s if w not in {"one", "some", "his", "her", "their", "its"}]
        return all(w in s for w in d) or part_of(content, d)
    if system.lower() == label.lower() or words(system) == words(label):
        return True
    s = words(system)
    return part_of(s, words(label)) and not any(
        part_of(s, words(o))
        for o in others
        if o.lower() != label.lower() and not o.startswith("desc:")
    )


def frame(sentence: str) -> str:
    """The sentence with each quotation replaced by a placeholder the parser reads easily: a
    clause where the quotation stands alone or opens the sentence, a noun phrase inside one."""

    def repl(m: re.Match[str]) -> str:
        before = sentence[: m.start()].rstrip()
        clause = (
            not before
            or before.endswith((":", ","))
            or before.split()[-1].lower()
            in {
                "said",
                "says",
                "told",
                "added",
                "saying",
            }
        )
        inner = m.group(0).rstrip('"”').rstrip()
        tail = inner[-1] if inner and inner[-1] in ",.?!;" else ""
        return ("things are fine" if clause else "the things") + tail

    out = re.sub(r"\s+", " ", QUOTE_RE.sub(repl, sentence)).strip()
    # a sentence that opens with its quotation keeps only the attribution (`X said …`), the order
    # the parser reads; an inverted `said X, …` is put back in order
    out = re.sub(r"^things are fine[,.?!;]? ", "", out)
    m = re.match(r"^([a-z]+) ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)(.*)$", out)
    if m and m.group(1) in {"said", "says", "added", "told", "asked"}:
        out = f"{m.group(2)} {m.group(1)}{m.group(3)}"
    return out[:1].upper() + out[1:]


def bare(word: str) -> str:
    return re.sub(r"[.\[].*$", "", word)


def subject_of_speech(linkage: lg.Linkage, verbs: set[str]) -> str | None:
    """The subject phrase of the first speech verb with one (`S*`, inverted `SI*`, or the
    subject of an auxiliary joined to the verb by `PP`/`I`), its proper-noun compound included."""
    ws = list(linkage.words())
    links = []
    for i in range(linkage.num_of_links()):
        li = clg.linkage_get_link_lword(linkage._obj, i)
        ri = clg.linkage_get_link_rword(linkage._obj, i)
        label = clg.linkage_get_link_label(linkage._obj, i)
        links.append((li, ri, label))

    def subject_index(v: int) -> int | None:
        for li, ri, label in links:
            if ri == v and label.startswith("S") and not label.startswith("SJ"):
                return li
            if li == v and label.startswith("SI"):
                return ri
        return None

    for v, w in enumerate(ws):
        if bare(w).lower() not in verbs:
            continue
        s = subject_index(v)
        if s is None:  # `has said`: the auxiliary holds the subject
            for li, ri, label in links:
                if ri == v and (label.startswith("PP") or label.startswith("I")):
                    s = subject_index(li)
                    break
        if s is None:
            continue
        phrase = {s}
        grew = True
        while grew:  # proper-noun compounds and titles: `G`, `GN`
            grew = False
            for li, ri, label in links:
                if label.startswith("G") and ri in phrase and li not in phrase:
                    phrase.add(li)
                    grew = True
        return " ".join(bare(ws[i]) for i in sorted(phrase))
    return None


def main() -> None:
    path = sys.argv[1]
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    verbs = speech_verbs()
    d = lg.Dictionary("en")
    po = lg.ParseOptions(verbosity=0, linkage_limit=1, max_null_count=4, short_length=12)
    po.max_parse_time = 3
    tally: Counter[str] = Counter()
    shown: list[str] = []
    items = [json.loads(line) for line in open(path, encoding="utf-8")]
    seen = 0
    for it in items:
        if it["quote"] is None or not it["sentence"]:
            continue
        f = frame(it["sentence"])
        if not any(w.lower() in verbs for w in re.findall(r"[A-Za-z]+", f)):
            tally["no speech verb outside the quotation"] += 1
            continue
        if len(f.split()) > 45:
            tally["over 45 words, not parsed"] += 1
            continue
        seen += 1
        if limit and seen > limit:
            break
        subject = None
        try:
            for linkage in lg.Sentence(f, d, po).parse():
                subject = subject_of_speech(linkage, verbs)
                break
        except lg.LG_TimerExhausted:
            tally["parse timed out (3 s)"] += 1
            continue
        if subject is None:
            tally["parsed, no subject of a speech verb"] += 1
            if "--unparsed" in sys.argv and len(shown) < 40:
                shown.append(f"no subject | {f}")
            continue
        written = it["written"] or ""
        label = it["label"]
        system_right = bool(it["right"])
        verdict = "right" if system_right else ("wrong" if it["system"] else "none")
        head = subject.split()[-1].lower()
        if head in {w.lower() for w in re.split(r"\W+", written)}:
            tally[f"agree (system {verdict})"] += 1
            if "--agree-wrong" in sys.argv and verdict == "wrong" and len(shown) < 120:
                shown.append(f"agree, system wrong | {subject!r} label={label!r}\n   {f}")
            continue
        if head in PRONOUNS:
            tally[f"parser pronoun, system other {verdict}"] += 1
            continue
        parser_right = label is not None and right_speaker(subject, label, it["speakers"])
        key = f"disagree: system {verdict}, parser {'right' if parser_right else 'wrong'}"
        tally[key] += 1
        if len(shown) < 60 and ("--all" in sys.argv or not system_right):
            shown.append(f"{key} | parser={subject!r} written={written!r} label={label!r}\n   {f}")
    for k, v in sorted(tally.items()):
        print(f"{v:6d}  {k}")
    for s in shown:
        print(s)


if __name__ == "__main__":
    main()
