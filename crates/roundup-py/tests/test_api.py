"""The Python API against the command line on the same inputs: equal outputs, equal messages."""

from __future__ import annotations

import gzip
import itertools
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import roundup
from conftest import run_cli, write_warc


@pytest.mark.parametrize(
    "path, cluster_id",
    [
        ("examples/harbor-bridge", "harbor-bridge"),
        ("examples/harbor-bridge.jsonl", "harbor-bridge"),
    ],
)
def test_summarize_equals_the_cli_on_the_bundled_example(
    cli: Path, repo: Path, monkeypatch: pytest.MonkeyPatch, path: str, cluster_id: str
) -> None:
    expected = json.loads(run_cli(cli, "summarize", path, "--format", "json"))
    monkeypatch.chdir(repo)
    got = roundup.summarize(roundup.read_articles([path]), cluster_id=cluster_id)
    assert got == expected
    assert got["summary"], "the example has a summary"
    assert all(s["citations"] for s in got["summary"])


@pytest.mark.parametrize("method", ["coverage", "lexrank", "lead", "learned"])
def test_summarize_equals_the_cli_on_the_seeds(cli: Path, shared: Path, method: str) -> None:
    seeds = str(shared / "data" / "seeds")
    expected = json.loads(
        run_cli(cli, "summarize", seeds, "--format", "json", "--method", method, "--words", "80")
    )
    got = roundup.summarize(
        roundup.read_articles(seeds), words=80, method=method, cluster_id="seeds"
    )
    assert got == expected
    assert got["options"]["method"] == method


def test_summarize_sentences_budget_equals_the_cli(cli: Path, shared: Path) -> None:
    seeds = str(shared / "data" / "seeds")
    expected = json.loads(
        run_cli(cli, "summarize", seeds, "--format", "json", "--sentences", "3", "--order", "date")
    )
    got = roundup.summarize(
        roundup.read_articles(seeds), sentences=3, order="date", cluster_id="seeds"
    )
    assert got == expected
    assert len(got["summary"]) == 3


def test_compare_equals_the_cli_on_the_seeds(cli: Path, shared: Path) -> None:
    seeds = str(shared / "data" / "seeds")
    expected = json.loads(run_cli(cli, "compare", seeds, "--format", "json"))
    got = roundup.compare(roundup.read_articles(seeds), cluster_id="seeds")
    assert got == expected
    assert got["quotes"], "the seeds quote people"


def test_summarize_of_plain_texts_equals_the_cli_on_multinews(
    cli: Path, shared: Path, tmp_path: Path
) -> None:
    with gzip.open(shared / "data" / "multinews" / "val.jsonl.gz", "rt") as f:
        clusters = [json.loads(line) for line in itertools.islice(f, 25)]
    path = tmp_path / "val25.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in clusters))
    expected = [
        json.loads(line)
        for line in run_cli(cli, "summarize", str(path), "--format", "json", "--words", "230")
        .strip()
        .split("\n")
    ]
    assert len(expected) == 25
    for c, e in zip(clusters, expected):
        got = roundup.summarize(c["documents"], words=230, cluster_id=c["id"])
        # the same articles, sentences and citations; only `origin` says where they were read
        assert got["summary"] == e["summary"]
        assert got["words"] == e["words"]
        assert [a["id"] for a in got["articles"]] == [a["id"] for a in e["articles"]]
        assert got["comparison"] == e["comparison"]


def test_extract_equals_the_cli(
    cli: Path, benchmark_pages: list[dict[str, Any]], tmp_path: Path
) -> None:
    pages = benchmark_pages[:12]
    files = []
    for i, p in enumerate(pages):
        f = tmp_path / f"page{i:02}.html"
        f.write_bytes(p["html"].encode())
        files.append(str(f))
    expected = [
        json.loads(line)
        for line in run_cli(cli, "extract", *files, "--format", "json").strip().split("\n")
    ]
    assert len(expected) == len(pages)
    for p, e in zip(pages, expected):
        got = roundup.extract(p["html"].encode())
        e = {k: v for k, v in e.items() if k not in ("schema", "input")}
        assert got == e
        assert len(got["text"] or "") > 200
    # text and bytes give the same page
    assert roundup.extract(pages[0]["html"]) == roundup.extract(pages[0]["html"].encode())


def test_read_warc_equals_the_cli(
    cli: Path, benchmark_pages: list[dict[str, Any]], tmp_path: Path
) -> None:
    archive = tmp_path / "crawl.warc.gz"
    records = write_warc(benchmark_pages[:20], archive)
    expected = [
        json.loads(line)
        for line in run_cli(cli, "extract", str(archive), "--format", "json").strip().split("\n")
    ]
    reader = roundup.read_warc(archive)
    pages = list(reader)
    assert len(pages) == len(expected) == 20
    for p, e in zip(pages, expected):
        assert e["input"] == f"{archive}:record {p['record']}"
        assert p["id"] == f"crawl:{p['record']}"
        for k in ("title", "author", "date", "language", "text"):
            assert p[k] == e[k], k
        assert p["source"] == e["site_name"]
    stats = reader.stats
    assert stats is not None
    assert stats["records"] == records
    assert stats["pages"] == 20
    assert stats["skipped"] == {"request": 1, "HTTP 404": 1}
    # the same pages from the archive's bytes
    again = list(roundup.read_warc(archive.read_bytes(), name="crawl.warc.gz"))
    assert [p["text"] for p in again] == [p["text"] for p in pages]
    # the articles `roundup stories` reads from the same archive: same ids, texts, urls
    articles = roundup.read_articles(str(archive))
    assert [a["id"] for a in articles] == [p["id"] for p in pages]
    assert [a["url"] for a in articles] == [p["url"] for p in pages]
    assert [a["origin"] for a in articles] == [p["origin"] for p in pages]


def test_read_warc_stops_early_and_reports_bad_input(
    benchmark_pages: list[dict[str, Any]], tmp_path: Path
) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(benchmark_pages[:40], archive)
    with roundup.read_warc(archive) as reader:
        first = next(reader)
        assert first["text"]
    not_warc = tmp_path / "notes.warc"
    not_warc.write_text("hello, this is not an archive\n")
    with pytest.raises(ValueError, match="not a WARC archive"):
        list(roundup.read_warc(not_warc))
    with pytest.raises(OSError, match="cannot open"):
        roundup.read_warc(tmp_path / "missing.warc.gz")


def test_rouge_equals_rouge_score_on_every_fixture_case(shared: Path) -> None:
    cases = [
        json.loads(line)
        for line in (shared / "fixtures" / "rouge-score-0.1.2.jsonl").read_text().splitlines()
        if line.strip()
    ]
    assert len(cases) == 364
    for case in cases:
        got = roundup.rouge(case["prediction"], case["references"], stemming=case["stemmer"])
        for name in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
            want = case["scores"][name]
            for k, short in (("precision", "p"), ("recall", "r"), ("fmeasure", "f")):
                assert got[name][k] == pytest.approx(want[short], abs=1e-12), (case, name, k)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: roundup.summarize(["x y z."], method="best"), "unknown method 'best'"),
        (lambda: roundup.summarize(["x y z."], order="random"), "unknown order 'random'"),
        (lambda: roundup.summarize([]), "no usable articles in the input"),
        (lambda: roundup.summarize([{"title": "t"}]), "article 1: no article text"),
        (lambda: roundup.summarize([{"text": 3}]), "article 1: `text` is a number, not a string"),
        (lambda: roundup.summarize(["   "]), "no usable articles in the input"),
        (lambda: roundup.summarize([{"text": " "}]), "article 1: empty `text`"),
        (lambda: roundup.summarize(["Hello world."], words=0), "the budget must be at least 1"),
        (lambda: roundup.summarize("one article"), "a list of strings or dicts"),
        (lambda: roundup.compare([{"text": []}]), "`text` is an array, not a string"),
        (lambda: roundup.extract("just words, no markup"), "not HTML: no markup in the page"),
        (lambda: roundup.extract(""), "empty page"),
        (lambda: roundup.StoryGrouper(threshhold=0.1), "unknown option 'threshhold'"),
    ],
)
def test_bad_input_raises_value_error_with_the_cli_reason(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_the_cli_gives_the_same_reasons(cli: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "t"}\n{"text": 3}\n')
    import subprocess

    out = subprocess.run(
        [str(cli), "summarize", str(bad)], check=False, capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "no article text (expected a `text` field" in out.stderr
    assert "`text` is a number, not a string" in out.stderr
    page = tmp_path / "p.html"
    page.write_text("just words, no markup")
    out = subprocess.run(
        [str(cli), "extract", str(page)], check=False, capture_output=True, text=True
    )
    assert "not HTML: no markup in the page" in out.stderr


def test_the_gil_is_released_while_summarizing(shared: Path) -> None:
    with gzip.open(shared / "data" / "multinews" / "val.jsonl.gz", "rt") as f:
        docs = [d for line in itertools.islice(f, 40) for d in json.loads(line)["documents"]]
    done = threading.Event()

    def work() -> None:
        # a few long calls (one big cluster each): a call holding the GIL would stop the loop below
        for _ in range(6):
            roundup.summarize(docs, words=230)
        done.set()

    t = threading.Thread(target=work)
    start = time.perf_counter()
    t.start()
    ticks = 0
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    elapsed = time.perf_counter() - start
    assert elapsed > 0.05, "too little work to tell"
    # a thread holding the GIL through each call would leave this loop a handful of ticks
    assert ticks > elapsed * 300, (ticks, elapsed)
