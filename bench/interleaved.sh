#!/usr/bin/env bash
# Our engine and Kuzu in the same run, questions interleaved (issue 12): see "Kuzu in the same run" in README.md.
# Usage: bench/interleaved.sh [ENTITIES] [WARMUPS] [ROUNDS]   (default 100000, 2, 5)
# Output: bench/results/<N>/interleaved.md
set -euo pipefail
N="${1:-100000}"
WARMUPS="${2:-2}"
ROUNDS="${3:-5}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/results/$N"
CSV="${BENCH_CSV_DIR:-/tmp/graph-bench-csv-v2-$N}"
mkdir -p "$OUT"

dotnet build "$HERE/Graph.Benchmarks" -c Release -v quiet -nologo >&2
TOOL="$HERE/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"
[ -f "$CSV/manifest.json" ] || dotnet "$TOOL" export --entities "$N" --out "$CSV"
[ -d "$HERE/kuzu/node_modules/kuzu" ] || (cd "$HERE/kuzu" && npm install --no-audit --no-fund >&2)
dotnet "$TOOL" interleaved --csv "$CSV" --warmups "$WARMUPS" --rounds "$ROUNDS" --worker "$HERE/kuzu/worker.mjs" | tee "$OUT/interleaved.md"
