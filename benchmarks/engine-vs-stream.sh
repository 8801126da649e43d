#!/usr/bin/env bash
# The engine against its yardstick (issue 13 §3), side by side: the plain C CSR gather loop stream.c from the shared
# tools folder beside the repository (not part of the project: compiled here at run time), then
# `chokepoint bench --nodes 1000000 --edges 10000000 --threads 1`, ROUNDS times; prints both rates and their ratio:
# the engine's mean over the run (edges x days / seconds) and its fastest day (stream.c reports its best repetition).
# Usage: benchmarks/engine-vs-stream.sh [rounds]   (environment: STREAM_C=path/to/stream.c, DAYS=365)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stream_c="${STREAM_C:-$root/../shared/tools/stream.c}"
rounds="${1:-3}"
days="${DAYS:-365}"
if [[ ! -f "$stream_c" ]]; then
  echo "stream.c not found at $stream_c: it lives in the shared tools folder beside the repository (../shared/tools/stream.c);" >&2
  echo "set STREAM_C to its path. Nothing was measured." >&2
  exit 1
fi
command -v gcc >/dev/null || { echo "gcc not found: install gcc to build the stream.c yardstick" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gcc -O3 -march=native -o "$work/stream" "$stream_c"
dotnet build -c Release "$root/src/Chokepoint.Cli" -v quiet -nologo >/dev/null
cli="$root/src/Chokepoint.Cli/bin/Release/net10.0/chokepoint.dll"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-6s %-16s %-14s %-10s %-16s %s\n' round stream_edges_s engine_mean ratio engine_best_day ratio_best_day
for r in $(seq 1 "$rounds"); do
  c=$("$work/stream" 10000000 1000000 | awk '/csr_edges_per_s/ {print $2}')
  json=$(dotnet "$cli" bench --nodes 1000000 --edges 10000000 --days "$days" --threads 1 --format json | tr ',' '\n')
  e=$(sed -n 's/^ *"edge_steps_per_second": *\([0-9.eE+]*\).*/\1/p' <<<"$json")
  b=$(sed -n 's/^ *"fastest_day_edge_steps_per_second": *\([0-9.eE+]*\).*/\1/p' <<<"$json")
  printf '%-6s %-16s %-14s %-10s %-16s %s\n' "$r" "$c" "$e" "$(awk -v e="$e" -v c="$c" 'BEGIN {printf "%.2f", e / c}')" \
    "$b" "$(awk -v e="$b" -v c="$c" 'BEGIN {printf "%.2f", e / c}')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
