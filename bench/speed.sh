#!/usr/bin/env bash
# Throughput side by side: roundup's default method and sumy's LexRank (via ../shared/tools/peers.py) on the
# same data, in one run, with the speed ratio; plus ROUGE scoring alone (--score-only).
#   bench/speed.sh            (needs the peers' venv: ../shared/tools/setup-peers.sh /tmp/roundup-peers)
# Summarizing throughput excludes reading the file (roundup eval times summarizing only; peers.py times its
# summarizer loop only). Prints the load average, since the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ROUNDUP_SHARED:-../shared}
peers_py=${PEERS_PY:-/tmp/roundup-peers/bin/python}
method=${METHOD:-coverage}
cargo build --release -q -p roundup-cli
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); commit $(git rev-parse --short HEAD)"

run() { # data words -> prints roundup clusters/s and MB/s, saves predictions
  local data=$1 words=$2 name=$3
  ./target/release/roundup eval "$data" --words "$words" --method "$method" --format json \
    --predictions "$tmp/$name.pred.jsonl" > "$tmp/$name.json"
  python3 - "$data" "$tmp/$name.json" <<'PY'
import gzip, json, sys
data, result = sys.argv[1], json.load(open(sys.argv[2]))
opener = gzip.open if data.endswith(".gz") else open
nbytes = sum(len(d.encode()) for line in opener(data, "rt") for d in json.loads(line)["documents"])
secs = result["summarize_seconds"]
print(f"roundup {result['method']}: {result['clusters']} clusters in {secs:.3f} s = "
      f"{result['clusters_per_second']:.0f} clusters/s, {nbytes / secs / 1e6:.1f} MB/s of article text "
      f"({nbytes / 1e6:.1f} MB)")
PY
}

peer() { # data words -> sumy LexRank clusters/s
  if [ -x "$peers_py" ]; then
    "$peers_py" "$shared/tools/peers.py" "$1" --methods lexrank --words "$2" 2>/dev/null | tail -1
  else
    echo "peers venv not found at $peers_py" >&2
  fi
}

ratio() { # roundup_json peer_line
  python3 - "$1" "$2" <<'PY'
import json, re, sys
ours = json.load(open(sys.argv[1]))["clusters_per_second"]
m = re.search(r"\(([\d.]+) clusters/s\)", sys.argv[2])
print(f"speed ratio roundup/sumy-LexRank: {ours / float(m.group(1)):.0f}x" if m else "no peer figure")
PY
}

echo "== Multi-News val (all clusters, 230 words)"
run "$shared/data/multinews/val.jsonl.gz" 230 mn
p=$(peer "$shared/data/multinews/val.jsonl.gz" 230); echo "peer  $p"; ratio "$tmp/mn.json" "$p"

echo "== DUC 2004 task 2, untruncated articles (100 words)"
run "$shared/data/duc/duc2004-task2-docs-only.jsonl" 100 duc04
# peers.py needs a reference to score against: give it a placeholder (only its timing is used here)
python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r = json.loads(l); r["summaries"] = ["placeholder"]; print(json.dumps(r))' \
  "$shared/data/duc/duc2004-task2-docs-only.jsonl" > "$tmp/duc04-peer.jsonl"
p=$(peer "$tmp/duc04-peer.jsonl" 100); echo "peer  $p"; ratio "$tmp/duc04.json" "$p"

echo "== ROUGE scoring alone (--score-only on the Multi-News predictions above)"
./target/release/roundup eval "$shared/data/multinews/val.jsonl.gz" --words 230 --score-only "$tmp/mn.pred.jsonl" --format json |
  python3 -c 'import json,sys; r=json.load(sys.stdin); print("score-only: %.0f summary/reference pairs/s (%.3f s)" % (r["score_pairs_per_second"], r["score_seconds"]))'
