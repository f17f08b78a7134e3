#!/usr/bin/env bash
# Summarizing throughput per language on MultiLing 2011 (the same 10 WikiNews topics in 7 languages):
# each language's 10 clusters repeated 30 times (300 clusters, ids suffixed), summarized at 250 words with
# the language given by the data (no detection) and, for English, also detected as the CLI does by default.
# MB/s of article text per CPU second, one thread, best of 3 runs; the ratio to English is the issue's speed
# bar (within 1.5x).
#   bench/multiling_speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ROUNDUP_SHARED:-../shared}
repeat=${REPEAT:-30}
cargo build --release -q -p roundup-cli
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); commit $(git rev-parse --short HEAD)"
python3 - "$shared/data/multiling/multiling2011.jsonl" "$tmp" "$repeat" <<'PY'
import json, sys
data, tmp, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
by = {}
for line in open(data, encoding="utf-8"):
    d = json.loads(line)
    by.setdefault(d["language"], []).append(d)
for lang, cs in by.items():
    with open(f"{tmp}/{lang}.jsonl", "w", encoding="utf-8") as f:
        for r in range(repeat):
            for c in cs:
                f.write(json.dumps(dict(c, id=f"{c['id']}-{r}"), ensure_ascii=False) + "\n")
    # the same without the language field: detected per article, as `summarize` does
    with open(f"{tmp}/{lang}-detect.jsonl", "w", encoding="utf-8") as f:
        for r in range(repeat):
            for c in cs:
                f.write(json.dumps({"id": f"{c['id']}-{r}", "documents": c["documents"],
                                    "summaries": c["summaries"]}, ensure_ascii=False) + "\n")
PY
# CPU time (user + system) of one-thread runs, not wall time: the machine is shared, and CPU time is
# what summarizing costs whatever else runs. The whole `eval` run is timed (reading the file, summarizing,
# scoring at the end); best of 3.
python3 - "$tmp" <<'PY'
import json, os, resource, subprocess, sys
tmp = sys.argv[1]
env = dict(os.environ, RAYON_NUM_THREADS="1")
def cpu_mbs(path):
    nbytes = sum(len(d.encode()) for line in open(path, encoding="utf-8") for d in json.loads(line)["documents"])
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(["./target/release/roundup", "eval", path, "--words", "250", "--format", "json"],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        secs = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = secs if best is None else min(best, secs)
    return nbytes / best / 1e6
print(f"{'language':<10} {'MB/s':>8} {'en / it':>8} {'detected MB/s':>14} {'en / it':>8}")
en = None
for lang in ["english", "arabic", "czech", "french", "greek", "hebrew", "hindi"]:
    given = cpu_mbs(f"{tmp}/{lang}.jsonl")
    detected = cpu_mbs(f"{tmp}/{lang}-detect.jsonl")
    en = en or given
    print(f"{lang:<10} {given:>8.2f} {en / given:>7.2f}x {detected:>14.2f} {en / detected:>7.2f}x")
PY
