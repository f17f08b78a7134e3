#!/usr/bin/env bash
# Load benchmark of `roundup serve` (bounded in time; not part of the test suite).
# Seeds a fresh store, then for DURATION seconds: wrk reads story pages and API stories
# (CONNS connections, 2 threads) while a writer adds RATE articles/s over HTTP.
# Needs wrk (apt-get install -y wrk). Only 127.0.0.1 is contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-20}"; RATE="${RATE:-500}"; CONNS="${CONNS:-32}"; PORT="${PORT:-18181}"
cargo build --release -q -p roundup-cli -p roundup-server --example load
dir=$(mktemp -d); trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
./target/release/roundup serve --db "$dir/load.db" --addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
server=$!
sleep 1
# Seed: 2,000 articles, so there are stories to read.
./target/release/examples/load "http://127.0.0.1:$PORT" 2000 1 20 >/dev/null
stories=$(curl -s "http://127.0.0.1:$PORT/api/stories?limit=100&sort=coverage" | grep -o '"id":"story-[0-9]*"' | cut -d'"' -f4 | head -50 | tr '\n' ' ')
cat > "$dir/paths.lua" <<LUA
local paths = {}
for s in string.gmatch("$stories", "%S+") do
  table.insert(paths, "/stories/" .. s)
  table.insert(paths, "/api/stories/" .. s)
end
table.insert(paths, "/api/stories?sort=coverage")
table.insert(paths, "/")
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
./target/release/examples/load "http://127.0.0.1:$PORT" "$RATE" "$DURATION" &
writer=$!
wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$dir/paths.lua" "http://127.0.0.1:$PORT"
wait $writer
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^roundup_(http|articles|stories|summaries)'
