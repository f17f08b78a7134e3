#!/usr/bin/env python3
# Usage: bench/make_big_warc.py ../shared/data/html/article-extraction-benchmark.jsonl.gz /tmp/big.warc.gz 2000000000
# (output goes outside the repo: it is built from research-only data)
# Writes a large WARC (gzip per record) from the extraction benchmark's pages, repeated, for a memory check.
import gzip, json, sys, uuid
pages = [json.loads(l) for l in gzip.open(sys.argv[1], "rt")]
target = int(sys.argv[3])  # bytes of uncompressed HTML to write
out = open(sys.argv[2], "wb")
written = 0; i = 0
while written < target:
    p = pages[i % len(pages)]; i += 1
    body = p["html"].encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s?copy=%d\r\n"
            "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uuid.uuid4(), p.get("url", "http://example.com/"), i, len(http))).encode()
    out.write(gzip.compress(head + http + b"\r\n\r\n", compresslevel=1))
    written += len(body)
print("records", i, "html bytes", written)
