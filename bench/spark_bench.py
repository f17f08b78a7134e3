#!/usr/bin/env python3
"""The Spark job's speed against `roundup extract`, and 1 vs 2 workers, on 127.0.0.1 only.

Usage (in a venv with pyspark and the roundup wheel; output outside the repo):
  python3 bench/make_big_warc.py ../shared/data/html/article-extraction-benchmark.jsonl.gz /tmp/big-1.warc.gz 100000000
  (and /tmp/big-2..4.warc.gz likewise)
  bench/spark_bench.py --archives /tmp/big-*.warc.gz --roundup target/release/roundup --work /tmp/spark-bench

Prints one JSON line per run: `roundup extract` over the archives (one process, one archive after
another), the job on local[2], and on a standalone master with 1 and with 2 one-core workers
(bin/spark-class of the pip package; daemons stopped by PID). Pages/s counts the extraction stage
(the job's `timings.extract`) and the whole job.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def job(archives: list[str], out: Path, master: str, extra: list[str], env: dict[str, str]) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "roundup.spark",
        *archives,
        "--out",
        str(out),
        "--master",
        master,
    ]
    run = subprocess.run(
        cmd + extra, capture_output=True, text=True, timeout=3600, env=env, check=False
    )
    if run.returncode != 0:
        raise SystemExit(run.stderr[-4000:])
    report: dict = json.loads(run.stdout.strip().splitlines()[-1])
    return report


def standalone(workers: int, work: Path, env: dict[str, str]):  # type: ignore[no-untyped-def]
    import pyspark

    spark_class = str(Path(pyspark.__file__).parent / "bin" / "spark-class")
    port = free_port()
    procs = []
    work.mkdir(parents=True, exist_ok=True)

    def start(name: str, *args: str) -> Path:
        log = work / f"{name}.log"
        procs.append(
            subprocess.Popen(
                [spark_class, *args],
                stdout=open(log, "wb"),  # noqa: SIM115
                stderr=subprocess.STDOUT,
                env=env,
            )
        )
        return log

    def wait(log: Path, text: str) -> None:
        deadline = time.time() + 120
        while text not in (log.read_text(errors="replace") if log.exists() else ""):
            if time.time() > deadline:
                raise SystemExit(f"{log}: no '{text}'")
            time.sleep(0.5)

    master_log = start(
        "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", str(port), "--webui-port", str(free_port()),
    )  # fmt: skip
    wait(master_log, "I have been elected leader")
    for i in range(workers):
        d = work / f"worker{i}"
        d.mkdir(parents=True, exist_ok=True)
        log = start(
            f"worker{i}", "org.apache.spark.deploy.worker.Worker", f"spark://127.0.0.1:{port}",
            "--host", "127.0.0.1", "--cores", "1", "--memory", "2g",
            "--webui-port", str(free_port()), "--work-dir", str(d),
        )  # fmt: skip
        wait(log, "Successfully registered with master")
    return f"spark://127.0.0.1:{port}", procs


def stop(procs: list) -> None:  # type: ignore[type-arg]
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--archives", nargs="+", required=True)
    p.add_argument("--roundup", default="target/release/roundup")
    p.add_argument("--work", default="/tmp/spark-bench")
    p.add_argument("--skip", default="", help="comma-separated runs to skip: cli,local,w1,w2")
    args = p.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable)
    skip = set(args.skip.split(","))
    common = ["--block-days", "0", "--no-language", "--no-summary", "--partitions", "2"]

    if "cli" not in skip:
        t = time.perf_counter()
        pages_file = work / "extract.jsonl"
        out = subprocess.run(
            [
                args.roundup,
                "extract",
                *args.archives,
                "--format",
                "json",
                "-o",
                str(pages_file),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed = time.perf_counter() - t
        with open(pages_file) as f:
            lines = sum(1 for _ in f)
        record = {
            "run": "roundup extract",
            "pages": lines,
            "seconds": round(elapsed, 2),
            "pages_per_second": round(lines / elapsed, 1),
            "warnings": out.stderr.count("warning"),
        }
        print(json.dumps(record), flush=True)

    runs = []
    if "local" not in skip:
        runs.append(("local[2]", None))
    for n in (1, 2):
        if f"w{n}" not in skip:
            runs.append((f"standalone, {n} worker(s)", n))
    for name, workers in runs:
        procs: list = []  # type: ignore[type-arg]
        try:
            master = "local[2]"
            if workers:
                master, procs = standalone(workers, work / f"cluster{workers}", env)
            t = time.perf_counter()
            report = job(args.archives, work / f"out-{workers or 0}", master, common, env)
            wall = time.perf_counter() - t
        finally:
            stop(procs)
        print(json.dumps({
            "run": name, "pages": report["pages"], "articles": report["articles"],
            "stories": report["stories"], "job_seconds": round(wall, 2),
            "extract_seconds": report["timings"]["extract_and_write_articles"],
            "extract_pages_per_second": round(report["pages"] / report["timings"]["extract_and_write_articles"], 1),
            "job_pages_per_second": round(report["pages"] / wall, 1),
            "timings": report["timings"],
        }), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
