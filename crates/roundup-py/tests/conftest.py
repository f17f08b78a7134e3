"""Shared fixtures: the repository, the `roundup` binary, the evaluation data beside the checkout."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]
IN_CI = os.environ.get("CI") == "true"


def _missing(what: str) -> None:
    # outside CI a missing external input is a visible skip; in CI it is a failure
    if IN_CI:
        pytest.fail(f"{what} is missing (CI=true)")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def cli() -> Path:
    binary = Path(os.environ.get("ROUNDUP_BIN", REPO / "target" / "release" / "roundup"))
    if not binary.exists():
        _missing(f"the roundup binary ({binary}; cargo build --release -p roundup-cli)")
    return binary


@pytest.fixture(scope="session")
def shared() -> Path:
    root = Path(os.environ.get("ROUNDUP_SHARED", REPO.parent / "shared"))
    if not (root / "data").is_dir():
        _missing(f"the shared evaluation data ({root})")
    return root


def run_cli(cli: Path, *args: str) -> str:
    out = subprocess.run(
        [str(cli), *args], cwd=REPO, capture_output=True, text=True, check=True, timeout=600
    )
    return out.stdout


def write_warc(pages: list[dict[str, Any]], path: Path, extra_records: bool = True) -> int:
    """A gzip-per-record WARC of the benchmark's pages (as bench/make_big_warc.py writes them),
    with a request record and a 404 response first when `extra_records`. Returns the records."""
    records = 0
    with open(path, "wb") as out:

        def record(kind: str, uri: str, payload: bytes) -> None:
            nonlocal records
            head = (
                f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
                f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                f"Content-Type: application/http; msgtype={kind}\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n"
            ).encode()
            out.write(gzip.compress(head + payload + b"\r\n\r\n", compresslevel=1))
            records += 1

        if extra_records:
            record(
                "request", "http://example.com/a", b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"
            )
            body = b"<html><body>gone</body></html>"
            record(
                "response",
                "http://example.com/gone",
                b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n"
                % len(body)
                + body,
            )
        for i, p in enumerate(pages):
            body = p["html"].encode()
            http = (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Length: %d\r\n\r\n" % len(body) + body
            )
            record("response", f"{p.get('url', 'http://example.com/')}?copy={i}", http)
    return records


@pytest.fixture(scope="session")
def benchmark_pages(shared: Path) -> list[dict[str, Any]]:
    path = shared / "data" / "html" / "article-extraction-benchmark.jsonl.gz"
    with gzip.open(path, "rt") as f:
        return [json.loads(line) for line in f]
