#!/usr/bin/env bash
# Story grouping benchmark: roundup stories beside scikit-learn TF-IDF + agglomerative clustering on
# the DUC event sets, and Multi-News train as a shuffled stream (throughput, peak memory, B-cubed).
#   bench/stories.sh [duc|multinews|all]
# Creates what it needs: the peer venv (/tmp/roundup-peers, scikit-learn added with its pip; PEERS_PY
# overrides the python) and the Multi-News stream file under /tmp/roundup-stories (never in the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
shared=${ROUNDUP_SHARED:-../shared}
peers_py=${PEERS_PY:-/tmp/roundup-peers/bin/python}
work=/tmp/roundup-stories
mkdir -p "$work"
cargo build --release -q -p roundup-cli
bin=./target/release/roundup
echo "== $(git rev-parse --short HEAD), load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$what" = duc ] || [ "$what" = all ]; then
  if [ ! -x "$peers_py" ]; then
    python3 -m venv "$(dirname "$(dirname "$peers_py")")"
  fi
  "$peers_py" -c "import sklearn" 2>/dev/null || "$peers_py" -m pip install -q scikit-learn
  for set in duc2003 duc2004; do
    data=$shared/data/stories/$set-events.jsonl
    echo "-- $set: roundup stories (defaults)"
    $bin stories "$data" --gold "$data" -o "$work/$set.roundup.jsonl" 2>&1 | grep -v warning
    for d in 0.85 0.9; do
      echo "-- $set: sklearn TF-IDF + agglomerative (average linkage, cosine distance < $d)"
      "$peers_py" bench/stories_peer.py "$data" --out "$work/$set.peer.jsonl" --threshold $d
      $bin stories --gold "$data" --score-only "$work/$set.peer.jsonl"
    done
  done
fi

if [ "$what" = multinews ] || [ "$what" = all ]; then
  stream=$work/multinews-train-stream.jsonl
  if [ ! -s "$stream" ]; then
    # Every document of every cluster, id {cluster}:{k}, gold = the cluster id, shuffled with seed 42.
    python3 - "$shared/data/multinews/train.jsonl.gz" "$stream" <<'PY'
import gzip, json, random, sys
rows = []
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        for k, d in enumerate(c["documents"], 1):
            rows.append({"id": f"{c['id']}:{k}", "text": d, "cluster": c["id"]})
random.Random(42).shuffle(rows)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r) + "\n")
print(f"{len(rows)} articles", file=sys.stderr)
PY
  fi
  # Grouping only, STREAM_RUNS times (default 3: one run is at the mercy of this VM's noise), then
  # once with summaries.
  for i in $(seq "${STREAM_RUNS:-3}"); do
    echo "-- Multi-News train stream: roundup stories (defaults) --no-summary, run $i"
    /usr/bin/time -f "wall %e s, peak RSS %M KB" \
      $bin stories "$stream" --no-summary --gold "$stream" -o "$work/multinews.roundup.jsonl" 2>&1 |
      grep -v "warning"
  done
  echo "-- Multi-News train stream: roundup stories (defaults), with summaries"
  /usr/bin/time -f "wall %e s, peak RSS %M KB" \
    $bin stories "$stream" --gold "$stream" -o "$work/multinews.roundup.jsonl" 2>&1 |
    grep -v "warning"
fi
