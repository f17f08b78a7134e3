"""The roundup pipeline on Apache Spark, for crawls that outgrow one machine.

``python -m roundup.spark WARC... --out DIR`` (or this file given to ``spark-submit``):

1. **Extraction**, in the executors, one task per archive: every HTML response record of a WARC
   archive (local paths, or any Hadoop filesystem Spark reads) becomes an article, as
   ``roundup stories`` reads it (same ids ``STEM:RECORD``, texts and metadata). ``DIR/articles``
   (Parquet).
2. **Grouping**, partitioned by (language, time block): each group's articles, in input order,
   go through the library's own story grouper (``roundup.StoryGrouper``).
3. **Stitching** across block edges: each story gets a MinHash signature of its topical terms
   (``roundup.story_signature``); stories of one language in neighbouring blocks that share a band
   key and whose signatures agree on at least ``--stitch-threshold`` of their values are one story.
   Connected components of those pairs are found in Spark by min-label propagation over a fixed
   number of partitions (a ``union`` per round would multiply the partitions).
4. **Summaries**: a cited summary per final story, from its distinct articles in arrival order.
5. ``DIR/stories`` (Parquet) and ``DIR/stories-jsonl`` (JSON Lines, schema ``roundup.stories/1``
   plus ``group`` and ``stitched_from``); the counts at the end and in ``DIR/counts.json``.

With ``--block-days 0 --no-language`` every article is in one group: the stories are then the
ones ``roundup stories`` writes for the same archives (a test checks this).

The executors need the ``roundup`` package: pip-installed on every node, or shipped with the job
by ``--wheel roundup-*.whl`` (sent as ``spark.archives`` with ``spark.executorEnv.PYTHONPATH``;
``--py-files`` cannot load the compiled module from a zip).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from typing import Any

from pyspark.accumulators import AccumulatorParam

# Band layout of the stitching signatures: 32 bands of 2 of the 64 values. Two stories whose
# topical terms have a Jaccard similarity of 0.3 share a band with probability 0.95; pairs that
# share one are then checked against --stitch-threshold on all 64 values.
BAND_ROWS = 2
SIGNATURE_SIZE = 64

ARTICLE_FIELDS = [
    "file",
    "record",
    "id",
    "origin",
    "url",
    "title",
    "source",
    "date",
    "language",
    "crawl_date",
    "text",
]


def _stem(path: str) -> str:
    name = path.rstrip("/").rsplit("/", 1)[-1]
    lower = name.lower()
    for suffix in (".gz", ".warc"):
        if lower.endswith(suffix):
            name, lower = name[: -len(suffix)], lower[: -len(suffix)]
    return name or "input"


def _is_local(path: str) -> bool:
    return "://" not in path or path.startswith("file://")


def _local_path(path: str) -> str:
    return path.removeprefix("file://")


def extract_archive(
    file_index: int, path: str, data: bytes | None = None
) -> Iterator[tuple[str, Any]]:
    """Pages of one archive as ("article", row) items, then one ("counts", {...}) item."""
    import roundup

    if data is None and _is_article_file(path):
        yield from _read_article_file(file_index, _local_path(path))
        return
    reader = roundup.read_warc(data if data is not None else _local_path(path), name=path)
    pages = 0
    try:
        for page in reader:
            pages += 1
            row = {k: page.get(k) for k in ARTICLE_FIELDS if k not in ("file",)}
            row["file"] = file_index
            yield "article", row
        stats = reader.stats or {}
        problems = reader.problems
    except ValueError as e:
        stats, problems = {}, [str(e)]
    skipped = dict(stats.get("skipped", {}))
    yield (
        "counts",
        {
            "records": int(stats.get("records", 0)),
            "pages": pages,
            "skipped": skipped,
            "problems": len(problems),
            "problem_lines": problems[:20],
        },
    )


def _is_article_file(path: str) -> bool:
    lower = path.lower()
    return lower.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".json"))


def _read_article_file(file_index: int, path: str) -> Iterator[tuple[str, Any]]:
    """Articles already extracted (JSON Lines, as `roundup stories` reads them), for tests and for
    crawls extracted elsewhere: record = the article's position in the file."""
    import warnings

    import roundup

    problems: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            articles = roundup.read_articles(path)
        except ValueError as e:
            articles = []
            problems.append(str(e))
    problems += [str(w.message) for w in caught]
    for k, a in enumerate(articles):
        row = {f: a.get(f) for f in ARTICLE_FIELDS}
        row.update(file=file_index, record=k + 1, language=None, crawl_date=None)
        yield "article", row
    yield (
        "counts",
        {
            "records": len(articles),
            "pages": len(articles),
            "skipped": {},
            "problems": len(problems),
            "problem_lines": problems[:20],
        },
    )


class _ListParam(AccumulatorParam):  # type: ignore[type-arg]
    """An accumulator of lists (each archive's counts)."""

    def zero(self, value: list[Any]) -> list[Any]:
        return []

    def addInPlace(self, a: list[Any], b: list[Any]) -> list[Any]:
        return a + b


def _day(text: str | None) -> int | None:
    if not text or len(text) < 10:
        return None
    try:
        return Date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def group_key(row: dict[str, Any], block_days: int, by_language: bool) -> tuple[str, int]:
    """(language, time block) of an article: its date, else the day it was crawled."""
    language = (row.get("language") or "und") if by_language else ""
    if block_days <= 0:
        return language, 0
    day = _day(row.get("date")) or _day(row.get("crawl_date"))
    return language, (day // block_days) if day is not None else -1


def _group_prefix(key: tuple[str, int]) -> str:
    language, block = key
    if key == ("", 0):
        return ""
    return f"{language or 'all'}:{block}:"


def group_stories(
    key: tuple[str, int], rows: Iterable[dict[str, Any]], options: dict[str, Any]
) -> list[dict[str, Any]]:
    """One group's articles (sorted into input order) through the story grouper."""
    import roundup

    ordered = sorted(rows, key=lambda r: (r["file"], r["record"]))
    grouper = roundup.StoryGrouper(**options)
    articles = [
        {
            "id": r["id"],
            "origin": r["origin"],
            "text": r["text"] or "",
            "title": r["title"],
            "source": r["source"],
            "url": r["url"],
            "date": r["date"],
        }
        for r in ordered
        if (r["text"] or "").strip()
    ]
    if not articles:
        return []
    placements: list[dict[str, Any]] = []
    for start in range(0, len(articles), 2048):
        placements.extend(grouper.add_many(articles[start : start + 2048]))
    stories = grouper.take_closed(summarize=False) + grouper.finish(summarize=False)
    by_id = {a["id"]: a for a in articles}
    prefix = _group_prefix(key)
    out = []
    for s in stories:
        distinct = [by_id[a["id"]] for a in s["articles"] if "duplicate_of" not in a]
        signature = None
        if s["flag"] is None:
            signature = roundup.story_signature(distinct)
        s["id"] = prefix + s["id"]
        out.append(
            {
                "story": s,
                "group": list(key),
                "signature": signature,
                "number": int(s["id"].rsplit("-", 1)[-1]),
            }
        )
    return out


def band_keys(signature: Sequence[int]) -> list[str]:
    return [
        f"{b}:" + ",".join(str(v) for v in signature[b * BAND_ROWS : (b + 1) * BAND_ROWS])
        for b in range(SIGNATURE_SIZE // BAND_ROWS)
    ]


def agreement(a: Sequence[int], b: Sequence[int]) -> float:
    return sum(1 for x, y in zip(a, b) if x == y) / float(SIGNATURE_SIZE)


def connected_components(sc: Any, edges: Any, partitions: int, max_rounds: int = 50) -> Any:
    """(vertex, component) for every vertex with an edge: the least vertex id of its component.

    Min-label propagation; every shuffle goes to the same fixed number of partitions, and each
    round's labels are checkpointed locally so the lineage stays short.
    """
    both = (
        edges.flatMap(lambda e: [(e[0], e[1]), (e[1], e[0])])
        .distinct(partitions)
        .partitionBy(partitions)
        .cache()
    )
    labels = both.keys().distinct(partitions).map(lambda v: (v, v)).partitionBy(partitions)
    for _ in range(max_rounds):
        offers = both.join(labels, partitions).map(lambda kv: (kv[1][0], kv[1][1]))
        new = labels.union(offers).reduceByKey(min, partitions)
        new.localCheckpoint()
        changed = new.join(labels, partitions).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = new
        if changed == 0:
            break
    return labels


def _merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One story from stitched parts (ordered by block): the first part's id and headline."""
    parts = sorted(parts, key=lambda p: (p["group"][1], p["number"]))
    head = dict(parts[0]["story"])
    head["articles"] = [a for p in parts for a in p["story"]["articles"]]
    head["duplicate_groups"] = [g for p in parts for g in p["story"]["duplicate_groups"]]
    firsts = [p["story"]["first_seen"] for p in parts if p["story"]["first_seen"]]
    lasts = [p["story"]["last_seen"] for p in parts if p["story"]["last_seen"]]
    head["first_seen"] = min(firsts) if firsts else None
    head["last_seen"] = max(lasts) if lasts else None
    head["stitched_from"] = [p["story"]["id"] for p in parts]
    return head


def run(args: argparse.Namespace) -> dict[str, Any]:
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T

    started = time.time()
    paths: list[str] = list(args.inputs)
    if args.paths_from:
        with open(args.paths_from) as f:
            paths += [line.strip() for line in f if line.strip()]
    if not paths:
        raise SystemExit("roundup.spark: no input archives")
    stems = [_stem(p) for p in paths]
    if len(set(stems)) != len(stems):
        raise SystemExit(
            "roundup.spark: two archives share a file name; article ids (NAME:RECORD) would clash"
        )

    if (args.master or "").startswith("local"):
        # local workers run this interpreter (which has roundup) unless told otherwise
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("roundup stories")
    if args.master:
        builder = builder.master(args.master)
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    staged: str | None = None
    if args.wheel:
        # a wheel is a zip: Spark unpacks it in each executor's working directory as `roundup_pkg`
        staged = tempfile.mkdtemp(prefix="roundup-wheel-")
        archive = os.path.join(staged, "roundup_pkg.zip")
        shutil.copyfile(args.wheel, archive)
        builder = builder.config("spark.archives", f"{archive}#roundup_pkg").config(
            "spark.executorEnv.PYTHONPATH", "roundup_pkg"
        )
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    P = args.partitions or max(2, sc.defaultParallelism)
    options: dict[str, Any] = json.loads(args.options) if args.options else {}

    try:
        # 1. extraction, one task per archive
        sc.setJobDescription("roundup: extract pages, write articles (Parquet)")
        local = [(i, p) for i, p in enumerate(paths) if _is_local(p)]
        remote = [(i, p) for i, p in enumerate(paths) if not _is_local(p)]
        # one pass: the articles go to Parquet as they are extracted; each archive's counts come
        # back through an accumulator (a retried task would add its archive's counts twice)
        counts_acc = sc.accumulator([], _ListParam())

        def rows_of(file_index: int, path: str, data: bytes | None = None) -> Iterator[tuple]:  # type: ignore[type-arg]
            for kind, value in extract_archive(file_index, path, data):
                if kind == "article":
                    yield tuple(value[f] for f in ARTICLE_FIELDS)
                else:
                    counts_acc.add([value])

        rows = sc.parallelize(local, max(1, len(local))).flatMap(lambda ip: rows_of(ip[0], ip[1]))
        if remote:
            index = {p: i for i, p in remote}
            files = sc.binaryFiles(",".join(p for _, p in remote))
            rows = rows.union(files.flatMap(lambda kv: rows_of(index.get(kv[0], -1), kv[0], kv[1])))
        schema = T.StructType(
            [
                T.StructField("file", T.IntegerType(), False),
                T.StructField("record", T.LongType(), False),
            ]
            + [
                T.StructField(name, T.StringType(), True)
                for name in ARTICLE_FIELDS
                if name not in ("file", "record")
            ]
        )
        t0 = time.time()
        articles_path = os.path.join(args.out, "articles")
        spark.createDataFrame(rows, schema).write.mode("overwrite").parquet(articles_path)
        counts: list[dict[str, Any]] = list(counts_acc.value)
        timings = {"extract_and_write_articles": time.time() - t0}
        articles = spark.read.parquet(articles_path)
        n_articles = articles.count()
        t0 = time.time()

        # 2. grouping per (language, time block), the library's grouper in each group
        sc.setJobDescription("roundup: group stories per (language, time block)")
        block_days, by_language = args.block_days, not args.no_language
        stories = (
            articles.rdd.map(lambda r: r.asDict())
            .map(lambda r: (group_key(r, block_days, by_language), r))
            .groupByKey(P)
            .flatMap(lambda kv: group_stories(kv[0], kv[1], options))
            .map(lambda s: (s["story"]["id"], s))
            .cache()
        )
        n_parts = stories.count()
        timings["group"] = time.time() - t0
        t0 = time.time()

        # 3. stitching across block edges: MinHash band keys, verified pairs, connected components
        sc.setJobDescription("roundup: stitch stories across time-block edges")
        threshold = args.stitch_threshold
        keyed = stories.filter(lambda kv: kv[1]["signature"] is not None).flatMap(
            lambda kv: [
                ((kv[1]["group"][0], band), (kv[0], kv[1]["group"][1], kv[1]["signature"]))
                for band in band_keys(kv[1]["signature"])
            ]
        )

        def pairs(members: Iterable[tuple[str, int, list[int]]]) -> Iterator[tuple[str, str]]:
            ms = sorted(members, key=lambda m: (m[1], m[0]))
            if len(ms) > 200:  # a band shared by very many stories says nothing
                return
            for i in range(len(ms)):
                for j in range(i + 1, len(ms)):
                    a, b = ms[i], ms[j]
                    if b[1] - a[1] == 1 and agreement(a[2], b[2]) >= threshold:
                        yield (a[0], b[0])

        edges = keyed.groupByKey(P).flatMap(lambda kv: pairs(kv[1])).distinct(P).cache()
        n_edges = edges.count()
        timings["stitch_candidates"] = time.time() - t0
        t0 = time.time()
        if n_edges and block_days > 0:
            labels = connected_components(sc, edges, P)
        else:
            labels = sc.parallelize([], P).map(lambda kv: kv)

        # the final stories: a story keeps its id unless stitched (then the component's least id)
        final = (
            stories.leftOuterJoin(labels, P)
            .map(lambda kv: (kv[1][1] or kv[0], kv[1][0]))
            .groupByKey(P)
            .map(lambda kv: _final_story(list(kv[1])))
        )

        # 4. a cited summary per final story, from its distinct articles in arrival order
        sc.setJobDescription("roundup: summarize stories")
        words = args.words
        texts = articles.rdd.map(
            lambda r: (
                r["id"],
                {
                    "id": r["id"],
                    "origin": r["origin"],
                    "text": r["text"] or "",
                    "title": r["title"],
                    "source": r["source"],
                    "url": r["url"],
                    "date": r["date"],
                },
            )
        )
        if args.no_summary:
            summarized = final.map(lambda s: dict(s, summary=None))
        else:
            wanted = final.flatMap(
                lambda s: [
                    (a["id"], (s["id"], k))
                    for k, a in enumerate(s["articles"])
                    if "duplicate_of" not in a and s["flag"] is None
                ]
            )
            gathered = (
                wanted.join(texts, P)
                .map(lambda kv: (kv[1][0][0], (kv[1][0][1], kv[1][1])))
                .groupByKey(P)
                .map(lambda kv: (kv[0], [a for _, a in sorted(kv[1], key=lambda x: x[0])]))
            )
            summarized = (
                final.map(lambda s: (s["id"], s))
                .leftOuterJoin(gathered, P)
                .map(lambda kv: _with_summary(kv[1][0], kv[1][1], words))
            )
        summarized = summarized.cache()

        # 5. stories as Parquet and JSON Lines
        sc.setJobDescription("roundup: write stories (Parquet, JSON Lines)")
        story_schema = T.StructType(
            [
                T.StructField("id", T.StringType(), False),
                T.StructField("language", T.StringType(), True),
                T.StructField("block", T.LongType(), True),
                T.StructField("headline", T.StringType(), True),
                T.StructField("flag", T.StringType(), True),
                T.StructField("first_seen", T.StringType(), True),
                T.StructField("last_seen", T.StringType(), True),
                T.StructField("articles", T.ArrayType(T.StringType()), False),
                T.StructField("distinct_articles", T.IntegerType(), False),
                T.StructField("stitched_from", T.ArrayType(T.StringType()), True),
                T.StructField("json", T.StringType(), False),
            ]
        )
        stories_df = spark.createDataFrame(summarized.map(_story_row), story_schema)
        stories_df.write.mode("overwrite").parquet(os.path.join(args.out, "stories"))
        stories_df.select("json").write.mode("overwrite").text(
            os.path.join(args.out, "stories-jsonl")
        )
        n_stories = stories_df.count()
        timings["components_summaries_write"] = time.time() - t0
        n_stitched = stories_df.filter("stitched_from is not null").count()

        skipped: dict[str, int] = {}
        for c in counts:
            for k, v in c["skipped"].items():
                skipped[k] = skipped.get(k, 0) + int(v)
        report = {
            "archives": len(paths),
            "records": sum(c["records"] for c in counts),
            "pages": sum(c["pages"] for c in counts),
            "articles": n_articles,
            "skipped_records": sum(skipped.values()),
            "skipped": skipped,
            "problems": sum(c["problems"] for c in counts),
            "problem_lines": [p for c in counts for p in c["problem_lines"]][:20],
            "story_parts": n_parts,
            "stitched_pairs": n_edges,
            "stories": n_stories,
            "stitched_stories": n_stitched,
            "partitions": P,
            "seconds": round(time.time() - started, 2),
            "timings": {k: round(v, 2) for k, v in timings.items()},
        }
        with open(os.path.join(args.out, "counts.json"), "w") as f:
            json.dump(report, f, indent=1)
        return report
    finally:
        spark.stop()
        if staged:
            shutil.rmtree(staged, ignore_errors=True)


def _final_story(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return _merge(parts) if len(parts) > 1 else _single(parts[0])


def _single(part: dict[str, Any]) -> dict[str, Any]:
    story = dict(part["story"])
    story["stitched_from"] = None
    return story


def _with_summary(
    story: dict[str, Any], articles: list[dict[str, Any]] | None, words: int
) -> dict[str, Any]:
    import roundup

    out = dict(story)
    out["summary"] = (
        roundup.summarize_story(articles, story["id"], words=words)
        if articles and story["flag"] is None
        else None
    )
    return out


def _story_row(story: dict[str, Any]) -> tuple[Any, ...]:
    parts = story["id"].split(":")
    language = parts[0] if len(parts) == 3 else None
    block = int(parts[1]) if len(parts) == 3 else None
    line = {k: v for k, v in story.items() if not (k == "stitched_from" and v is None)}
    return (
        story["id"],
        language,
        block,
        story["headline"],
        story["flag"],
        story["first_seen"],
        story["last_seen"],
        [a["id"] for a in story["articles"]],
        sum(1 for a in story["articles"] if "duplicate_of" not in a),
        story.get("stitched_from"),
        json.dumps(line, ensure_ascii=False),
    )


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m roundup.spark",
        description="WARC archives to stories with cited summaries, on Spark.",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        help="WARC archives (.warc, .warc.gz): paths or URIs; or article JSON Lines (.jsonl)",
    )
    p.add_argument("--paths-from", help="a file listing more archives, one a line")
    p.add_argument("--out", required=True, help="output folder (articles/, stories/, ...)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, default=0, help="shuffle partitions (default: cores)")
    p.add_argument(
        "--block-days", type=int, default=7, help="days per time block (0: one block for all)"
    )
    p.add_argument("--no-language", action="store_true", help="do not partition by language")
    p.add_argument(
        "--stitch-threshold",
        type=float,
        default=0.2,
        help="share of signature values two stories in neighbouring blocks must agree on",
    )
    p.add_argument("--words", type=int, default=100, help="summary budget in words")
    p.add_argument("--no-summary", action="store_true", help="group only")
    p.add_argument("--options", help="grouper options as JSON, e.g. '{\"window_days\": 30}'")
    p.add_argument("--wheel", help="ship this roundup wheel to the executors (spark.archives)")
    args = p.parse_args(argv)
    report = run(args)
    print(
        "roundup.spark: {pages} pages, {articles} articles, {skipped_records} skipped records, "
        "{problems} problems, {stories} stories ({stitched_stories} stitched across blocks) "
        "in {seconds} s".format(**report),
        file=sys.stderr,
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    # run as the installed module, so Spark ships its functions to executors by reference
    from roundup import spark as _installed  # noqa: PLW0406

    sys.exit(_installed.main())
