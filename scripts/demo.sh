#!/usr/bin/env bash
# `make demo`: start the mock gateway, stream the seed-000 example through the CLI, make one
# non-streaming call and show its usage, then stop the gateway (also on Ctrl-C or failure).
set -euo pipefail
BIN=${1:-.venv/bin}

url_file=$(mktemp)
"$BIN/aistats" mock --port 0 >"$url_file" 2>&1 &
mock_pid=$!
cleanup() {
    kill "$mock_pid" 2>/dev/null || true
    wait "$mock_pid" 2>/dev/null || true
    rm -f "$url_file"
}
trap cleanup EXIT

for _ in $(seq 100); do
    base_url=$(head -n 1 "$url_file")
    [[ $base_url == http* ]] && break
    kill -0 "$mock_pid" 2>/dev/null || { cat "$url_file" >&2; exit 1; }
    sleep 0.1
done
[[ ${base_url:-} == http* ]] || { echo "the mock gateway did not start" >&2; exit 1; }

export AI_STATS_BASE_URL=$base_url AI_STATS_API_KEY=demo-key
echo "== mock gateway at $base_url"
echo
echo '== aistats chat --system "You are helpful." "Write a limerick about lighthouses."  (streamed)'
"$BIN/aistats" chat --system "You are helpful." --temperature 0.5 "Write a limerick about lighthouses."
echo
echo '== aistats chat --no-stream --usage "Explain quantum computing in one sentence."'
"$BIN/aistats" chat --no-stream --usage "Explain quantum computing in one sentence."
echo
echo "== stopping the mock gateway"
