#!/usr/bin/env bash
# Start-up time of `roundup serve` on a large store (not part of the test suite).
# Fills a store once with `roundup import` (Multi-News train: ~125,000 articles; override with
# INPUT=...), then starts the server RUNS times and prints, for each start, the seconds until
# /healthz answers, until the story list answers, and until writes are ready (integrity check and
# grouper rebuilt in the background). Only 127.0.0.1 is contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ROUNDUP_SHARED:-../shared}"
INPUT="${INPUT:-$SHARED/data/multinews/train.jsonl.gz}"
DB="${DB:-/tmp/roundup-startup.db}"; RUNS="${RUNS:-3}"; PORT="${PORT:-18777}"
cargo build --release -q -p roundup-cli
if [ ! -f "$DB" ]; then
  /usr/bin/time -f "import: %e s, peak RSS %M KB" ./target/release/roundup import "$INPUT" --db "$DB"
fi
now() { date +%s.%N; }
for run in $(seq "$RUNS"); do
  start=$(now)
  ./target/release/roundup serve --db "$DB" --addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.005; done
  t_health=$(now)
  curl -sf "http://127.0.0.1:$PORT/api/stories?sort=coverage&limit=5" >/dev/null
  t_list=$(now)
  until [[ "$(curl -sf "http://127.0.0.1:$PORT/healthz")" == *'"writes":"ready"'* ]]; do sleep 0.02; done
  t_ready=$(now)
  health=$(curl -sf "http://127.0.0.1:$PORT/healthz")
  articles=$(echo "$health" | grep -o '"articles":[0-9]*' | cut -d: -f2)
  rss=$(grep VmHWM "/proc/$server/status" | awk '{print $2}')
  kill -INT "$server"; wait "$server" 2>/dev/null || true
  printf 'run %s: %s articles; healthz %.3f s, story list %.3f s, writes ready %.3f s; peak RSS %s KB\n' \
    "$run" "$articles" "$(echo "$t_health - $start" | bc)" "$(echo "$t_list - $start" | bc)" \
    "$(echo "$t_ready - $start" | bc)" "$rss"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
