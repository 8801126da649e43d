#!/usr/bin/env bash
# Packs the tool and measures what a user downloads (issue 13 §4): the small pointer package and one package per
# platform (linux-x64, win-x64, osx-arm64). Prints each package's size against the limit and checks that every
# platform package holds native libraries for its own OS and CPU only (ELF, Mach-O or native PE headers read from
# the package; managed DLLs are platform-neutral and not counted).
# With --install it then installs the tool from the packed folder into a temporary --tool-path and runs it on this
# machine: `report --out`, `tts replay-2025` (OR-Tools natives) and `serve` (web pages and the SQLite workspace).
# Exit 0 when every check passes, 1 otherwise.
# Usage: benchmarks/pack-sizes.sh [--install] [OUT_DIR]   (default OUT_DIR: nupkg; environment: LIMIT_MB=60, PORT=5391)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
install=0
if [[ "${1:-}" == "--install" ]]; then install=1; shift; fi
out="$(mkdir -p "${1:-$root/nupkg}" && cd "${1:-$root/nupkg}" && pwd)"
limit_mb="${LIMIT_MB:-60}"
port="${PORT:-5391}"
command -v python3 >/dev/null || { echo "python3 not found: it reads the packages' native headers" >&2; exit 1; }

rm -f "$out"/Chokepoint.Cli.*.nupkg
start=$(date +%s)
dotnet pack "$root/src/Chokepoint.Cli" -c Release -o "$out" -nologo -v quiet >/dev/null
echo "packed in $(( $(date +%s) - start )) s into $out"

status=0
python3 - "$out" "$limit_mb" <<'PY' || status=1
import struct, sys, zipfile, pathlib
out, limit = pathlib.Path(sys.argv[1]), float(sys.argv[2]) * 1e6
expected = {"linux-x64": ("linux", "x64"), "win-x64": ("win", "x64"), "osx-arm64": ("osx", "arm64")}

def platform(head):
    """(os, [cpus]) of a native binary from its first bytes; None for managed or non-binary files."""
    if head[:4] == b"\x7fELF":
        return "linux", [{62: "x64", 183: "arm64"}.get(struct.unpack_from("<H", head, 18)[0], "other")]
    if head[:4] in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe"):
        return "osx", [{0x01000007: "x64", 0x0100000C: "arm64"}.get(struct.unpack_from("<I", head, 4)[0], "other")]
    if head[:4] == b"\xca\xfe\xba\xbe":  # universal Mach-O: one slice per CPU
        n = struct.unpack_from(">I", head, 4)[0]
        return "osx", [{0x01000007: "x64", 0x0100000C: "arm64"}.get(struct.unpack_from(">I", head, 8 + 20 * i)[0], "other")
                       for i in range(min(n, 8))]
    if head[:2] == b"MZ" and len(head) > 0x40:
        pe = struct.unpack_from("<I", head, 0x3C)[0]
        if head[pe:pe + 4] != b"PE\0\0":
            return None
        machine = struct.unpack_from("<H", head, pe + 4)[0]
        opt = pe + 24
        dirs = opt + (112 if struct.unpack_from("<H", head, opt)[0] == 0x20B else 96)
        if struct.unpack_from("<I", head, dirs + 14 * 8)[0] != 0:  # CLR header: a managed assembly
            return None
        return "win", [{0x8664: "x64", 0xAA64: "arm64"}.get(machine, "other")]
    return None

ok = True
print(f"{'package':<40} {'bytes':>12} {'MB':>7} {'natives MB':>10}  check")
for pkg in sorted(out.glob("Chokepoint.Cli.*.nupkg")):
    size = pkg.stat().st_size
    rid = next((r for r in expected if f".{r}." in pkg.name), None)
    problems, native = [], 0
    with zipfile.ZipFile(pkg) as z:
        for info in z.infolist():
            with z.open(info) as f:
                found = platform(f.read(4096))
            if found is None:
                continue
            native += info.file_size
            os_, cpus = found
            if rid is None:
                problems.append(f"native file in the pointer package: {info.filename}")
            elif os_ != expected[rid][0] or expected[rid][1] not in cpus:
                problems.append(f"{info.filename} is {os_}-{'/'.join(cpus)}")
    if size > limit:
        problems.append(f"larger than {limit / 1e6:.0f} MB")
    print(f"{pkg.name:<40} {size:>12,} {size / 1e6:>7.1f} {native / 1e6:>10.1f}  {'ok' if not problems else 'FAIL'}")
    for p in problems[:10]:
        print(f"    {p}")
    ok = ok and not problems
for rid in expected:
    if not list(out.glob(f"Chokepoint.Cli.{rid}.*.nupkg")):
        print(f"missing: the {rid} package was not produced")
        ok = False
sys.exit(0 if ok else 1)
PY

if [[ $install -eq 1 ]]; then
  work="$(mktemp -d)"
  server=""
  trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
  dotnet tool install --tool-path "$work/tools" --add-source "$out" Chokepoint.Cli >/dev/null
  echo "installed chokepoint $("$work/tools/chokepoint" --version): $(du -sh "$work"/tools/.store/chokepoint.cli/*/chokepoint.cli.*-*/*/tools | cut -f1) unpacked"
  cd "$work"
  run() { if "$@" >"$work/log" 2>&1; then echo "ok    $*"; else echo "FAIL  $* (exit $?)"; tail -5 "$work/log"; status=1; fi; }
  run "$work/tools/chokepoint" report --out "$work/report"
  run test -s "$work/report/index.html"
  run "$work/tools/chokepoint" tts replay-2025 --format json
  "$work/tools/chokepoint" serve --urls "http://127.0.0.1:$port" --db "$work/serve.db" >"$work/serve.log" 2>&1 &
  server=$!
  code=000
  for _ in $(seq 1 60); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [[ "$code" == 200 ]] && break
    sleep 0.5
  done
  api=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/items" || true)
  if [[ "$code" == 200 && "$api" == 200 ]]; then echo "ok    chokepoint serve (GET / and /api/v1/items: 200)"
  else echo "FAIL  chokepoint serve (GET /: $code, /api/v1/items: $api)"; cat "$work/serve.log"; status=1; fi
fi
exit $status
