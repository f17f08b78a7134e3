"""The Spark job: on one partition the same stories as `roundup stories`; stitching across time
blocks on labelled events; a standalone master and two workers on 127.0.0.1 with the wheel shipped
to the executors through spark.archives."""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, _missing, run_cli, write_warc

JOB_TIMEOUT = 600


@pytest.fixture(scope="module")
def spark_ready() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        _missing("pyspark")
    if shutil.which("java") is None:
        _missing("java (openjdk-17-jre-headless)")


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["SPARK_LOCAL_IP"] = "127.0.0.1"
    env.update(extra)
    return env


def run_job(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "roundup.spark", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=JOB_TIMEOUT,
        env=env or _env(),
    )
    if out.returncode != 0:
        tail = "\n".join(out.stderr.splitlines()[-40:])
        raise AssertionError(f"the Spark job failed ({out.returncode}):\n{tail}")
    report: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return report


def read_stories(out: Path) -> list[dict[str, Any]]:
    stories = [
        json.loads(line)
        for f in sorted(glob.glob(str(out / "stories-jsonl" / "part-*")))
        for line in Path(f).read_text().splitlines()
        if line.strip()
    ]
    return sorted(
        stories, key=lambda s: (s["id"].rsplit("-", 1)[0], int(s["id"].rsplit("-", 1)[1]))
    )


@pytest.fixture(scope="module")
def archive(
    benchmark_pages: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    write_warc(benchmark_pages[:80], path)
    return path


def test_one_partition_gives_the_cli_stories(
    spark_ready: None, cli: Path, archive: Path, tmp_path: Path
) -> None:
    expected = [json.loads(line) for line in run_cli(cli, "stories", str(archive)).splitlines()]
    out = tmp_path / "out"
    report = run_job(
        [
            str(archive),
            "--out",
            str(out),
            "--master",
            "local[2]",
            "--partitions",
            "1",
            "--block-days",
            "0",
            "--no-language",
        ]
    )
    assert report["pages"] == report["articles"] == 80
    assert report["records"] == 82 and report["skipped_records"] == 2
    assert report["skipped"] == {"request": 1, "HTTP 404": 1}
    got = read_stories(out)
    assert got == expected
    assert report["stories"] == len(expected)
    assert (out / "articles" / "_SUCCESS").exists() and (out / "stories" / "_SUCCESS").exists()
    assert glob.glob(str(out / "articles" / "*.parquet"))
    assert json.loads((out / "counts.json").read_text()) == report


def _bcubed(cli: Path, gold: Path, stories: list[dict[str, Any]], tmp: Path) -> dict[str, float]:
    path = tmp / "stories.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in stories))
    score: dict[str, float] = json.loads(
        run_cli(cli, "stories", "--gold", str(gold), "--score-only", str(path))
    )
    return score


def test_stitching_mends_stories_cut_by_time_blocks(
    spark_ready: None, cli: Path, shared: Path, tmp_path: Path
) -> None:
    events = shared / "data" / "stories" / "duc2004-events.jsonl"
    common = [
        str(events),
        "--master",
        "local[2]",
        "--partitions",
        "2",
        "--block-days",
        "2",
        "--no-summary",
    ]
    cut = run_job(common + ["--out", str(tmp_path / "cut"), "--stitch-threshold", "2"])
    stitched = run_job(common + ["--out", str(tmp_path / "stitched")])
    assert cut["stitched_stories"] == 0
    assert stitched["stitched_pairs"] > 0 and stitched["stitched_stories"] > 0
    a = _bcubed(cli, events, read_stories(tmp_path / "cut"), tmp_path)
    b = _bcubed(cli, events, read_stories(tmp_path / "stitched"), tmp_path)
    print(f"\nblocks of 2 days: cut {a}\nstitched {b}")
    assert b["bcubed_recall"] > a["bcubed_recall"]
    assert b["bcubed_f1"] > a["bcubed_f1"]
    assert b["bcubed_precision"] > a["bcubed_precision"] - 0.05
    # every article is in exactly one story
    ids = [x["id"] for s in read_stories(tmp_path / "stitched") for x in s["articles"]]
    assert len(ids) == len(set(ids)) == stitched["articles"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def standalone(spark_ready: None, tmp_path: Path) -> Iterator[str]:
    """A master and two one-core workers started with the pip package's bin/spark-class."""
    import pyspark

    spark_class = Path(pyspark.__file__).parent / "bin" / "spark-class"
    port, ui = _free_port(), _free_port()
    url = f"spark://127.0.0.1:{port}"
    env = _env(SPARK_HOME=str(Path(pyspark.__file__).parent))
    procs: list[subprocess.Popen[bytes]] = []
    logs: list[Path] = []

    def start(name: str, *args: str) -> None:
        log = tmp_path / f"{name}.log"
        logs.append(log)
        procs.append(
            subprocess.Popen(
                [str(spark_class), *args],
                stdout=open(log, "wb"),  # noqa: SIM115 (closed with the process)
                stderr=subprocess.STDOUT,
                env=env,
            )
        )

    def wait_for(log: Path, text: str, seconds: float = 90) -> None:
        deadline = time.time() + seconds
        while time.time() < deadline:
            if log.exists() and text in log.read_text(errors="replace"):
                return
            time.sleep(0.5)
        raise AssertionError(
            f"{log.name}: no '{text}' within {seconds} s:\n{log.read_text()[-3000:]}"
        )

    try:
        start(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--webui-port",
            str(ui),
        )
        wait_for(logs[0], "I have been elected leader")
        for i in (1, 2):
            work = tmp_path / f"worker{i}"
            work.mkdir()
            start(
                f"worker{i}",
                "org.apache.spark.deploy.worker.Worker",
                url,
                "--host",
                "127.0.0.1",
                "--cores",
                "1",
                "--memory",
                "1g",
                "--webui-port",
                str(_free_port()),
                "--work-dir",
                str(work),
            )
        for log in logs[1:]:
            wait_for(log, "Successfully registered with master")
        yield url
    finally:
        for p in procs:  # stopped by PID, never by name
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=30)


def _wheel() -> Path:
    given = os.environ.get("ROUNDUP_WHEEL")
    wheels = [Path(given)] if given else sorted((REPO / "target" / "wheels").glob("roundup-*.whl"))
    if not wheels or not wheels[-1].exists():
        _missing("a built roundup wheel (maturin build --release -o target/wheels)")
    return wheels[-1]


def test_standalone_master_and_two_workers_with_the_shipped_wheel(
    standalone: str, cli: Path, archive: Path, tmp_path: Path
) -> None:
    # the executors run an interpreter that does not have roundup installed: the wheel they get
    # through spark.archives is the only way they can import it
    bare = getattr(sys, "_base_executable", sys.executable)
    check = subprocess.run([bare, "-c", "import roundup"], check=False, capture_output=True)
    assert check.returncode != 0, f"{bare} already has roundup: the test would prove nothing"
    expected = [json.loads(line) for line in run_cli(cli, "stories", str(archive)).splitlines()]
    out = tmp_path / "out"
    report = run_job(
        [
            str(archive),
            "--out",
            str(out),
            "--master",
            standalone,
            "--partitions",
            "2",
            "--block-days",
            "0",
            "--no-language",
            "--wheel",
            str(_wheel()),
        ],
        env=_env(PYSPARK_PYTHON=bare),
    )
    assert report["articles"] == 80
    assert read_stories(out) == expected
