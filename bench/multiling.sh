#!/usr/bin/env bash
# MultiLing 2011 (7 languages x 10 clusters, 250 words): roundup's summaries and the participants' own,
# scored side by side in one run by one scorer (rouge-score 0.1.2 with a Unicode \w+ tokenizer, no stemming,
# best reference), plus roundup's own scorer on roundup's summaries (`eval --tokenizer unicode`), which
# must print the same figures.
#   bench/multiling.sh        (needs the peers' venv: ../shared/tools/setup-peers.sh /tmp/roundup-peers)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ROUNDUP_SHARED:-../shared}
peers_py=${PEERS_PY:-/tmp/roundup-peers/bin/python}
method=${METHOD:-coverage}
data=$shared/data/multiling/multiling2011.jsonl
cargo build --release -q -p roundup-cli
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "commit $(git rev-parse --short HEAD); method $method"
./target/release/roundup eval "$data" --words 250 --method "$method" --tokenizer unicode --no-stemming \
  --predictions "$tmp/roundup.jsonl" --format json > "$tmp/eval.json"
"$peers_py" bench/multiling_score.py "$data" "$shared/data/multiling/multiling2011-peers.jsonl" "$tmp/roundup.jsonl"
python3 - "$tmp/eval.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"\nroundup eval --tokenizer unicode --no-stemming, all 70 clusters: R1 {100 * r['rouge1']['f']:.2f} "
      f"R2 {100 * r['rouge2']['f']:.2f}; {r['clusters_per_second']:.1f} clusters/s")
PY
