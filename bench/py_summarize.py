#!/usr/bin/env python3
"""Python `roundup.summarize` over a cluster file in one process, clusters per second.

Usage: bench/py_summarize.py ../shared/data/multinews/val.jsonl.gz [--words 230] [--threads 2] [--comparison]
Data is read first; only summarizing is timed (as `roundup eval` times it). Threads share one process:
the bindings release the GIL, so they run side by side.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from concurrent.futures import ThreadPoolExecutor

import roundup


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("data")
    p.add_argument("--words", type=int, default=230)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--comparison", action="store_true", help="also the outlet comparison")
    args = p.parse_args()
    opener = gzip.open if args.data.endswith(".gz") else open
    with opener(args.data, "rt") as f:
        clusters = [json.loads(line) for line in f if line.strip()]

    def one(c: dict) -> int:
        try:
            doc = roundup.summarize(
                c["documents"],
                words=args.words,
                cluster_id=c["id"],
                comparison=args.comparison,
            )
        except ValueError:
            return 0  # nothing to summarize (the CLI warns and goes on)
        return len(doc["summary"])

    start = time.perf_counter()
    with ThreadPoolExecutor(args.threads) as pool:
        sentences = sum(pool.map(one, clusters, chunksize=16))
    elapsed = time.perf_counter() - start
    print(
        json.dumps(
            {
                "clusters": len(clusters),
                "threads": args.threads,
                "comparison": args.comparison,
                "sentences": sentences,
                "seconds": round(elapsed, 2),
                "clusters_per_second": round(len(clusters) / elapsed, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
