#!/usr/bin/env bash
# Screens a generated parts list of N lines (default 100,000: samples/parts.csv repeated with unique part numbers)
# and prints the wall time of the whole command (load dataset, read, screen, write CSV). Usage: benchmarks/screen-bench.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$root/src/Chokepoint.Cli" -o "$work/bin" -v quiet -nologo > /dev/null
python3 - "$root/samples/parts.csv" "$work/parts.csv" "$n" <<'PY'
import csv, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = list(csv.reader(open(src, newline='')))
header, body = rows[0], rows[1:]
with open(dst, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(n):
        r = list(body[i % len(body)])
        r[0] = f"{r[0]}-{i:06d}"
        w.writerow(r)
PY
# Each run: wall time and CPU time (user + system) of the whole command. The XLSX run prints only the summary table
# (at most 200 rows) so that it measures the workbook, not a 100,000-part JSON on stdout as well.
for format in csv xlsx; do
  if [ "$format" = xlsx ]; then out=(--out "$work/result.xlsx"); else out=(--format csv); fi
  start=$(date +%s.%N)
  ( time -p dotnet "$work/bin/chokepoint.dll" screen "$work/parts.csv" --destination USA --as-of 2025-10-20 "${out[@]}" > /dev/null ) 2> "$work/time.txt"
  end=$(date +%s.%N)
  cpu=$(awk '/^user/ {u=$2} /^sys/ {s=$2} END {printf "%.2f", u+s}' "$work/time.txt")
  echo "screen $n lines, output $format: $(python3 -c "print(f'{$end-$start:.2f}')") s wall, ${cpu} s CPU"
done
