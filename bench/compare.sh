#!/usr/bin/env bash
# Side-by-side quality and speed: roundup's methods and the Python peers on the same data and budget.
#   bench/compare.sh DATA.jsonl[.gz] WORDS [METHODS] [PEER_METHODS]
# e.g. bench/compare.sh ../shared/data/multinews/val.jsonl.gz 230
# Needs the peers' venv: ../shared/tools/setup-peers.sh /tmp/roundup-peers (PEERS_PY overrides its python).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?data file}; words=${2:?word budget}
methods=${3:-coverage,lexrank,lead}; peer_methods=${4:-lead,lexrank}
shared=${ROUNDUP_SHARED:-../shared}
peers_py=${PEERS_PY:-/tmp/roundup-peers/bin/python}
cargo build --release -q -p roundup-cli
echo "== roundup ($(git rev-parse --short HEAD)) on $data at $words words"
for m in ${methods//,/ }; do
  ./target/release/roundup eval "$data" --words "$words" --method "$m" --format json |
    python3 bench/eval_line.py
done
if [ -x "$peers_py" ]; then
  echo "== peers (sumy/punkt via $shared/tools/peers.py)"
  "$peers_py" "$shared/tools/peers.py" "$data" --methods "$peer_methods" --words "$words" 2>/dev/null | sed 's/^/peer    /'
else
  echo "peers venv not found at $peers_py: run $shared/tools/setup-peers.sh first" >&2
fi
