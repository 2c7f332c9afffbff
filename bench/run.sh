#!/usr/bin/env bash
# Runs both sides of the benchmark in one go and prints the comparison table.
# Usage: bench/run.sh [ENTITIES] [LOOKUP_SAMPLES]   (default 1000000 and 20000)
# Output: bench/results/<N>/{graph.json,kuzu.json,table.md}
set -euo pipefail
N="${1:-1000000}"
SAMPLES="${2:-20000}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/results/$N"
CSV="${BENCH_CSV_DIR:-/tmp/graph-bench-csv-v2-$N}"
mkdir -p "$OUT"

dotnet build "$HERE/Graph.Benchmarks" -c Release -v quiet -nologo >&2
TOOL="$HERE/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"

[ -f "$CSV/manifest.json" ] || dotnet "$TOOL" export --entities "$N" --out "$CSV"
[ -d "$HERE/kuzu/node_modules/kuzu" ] || (cd "$HERE/kuzu" && npm install --no-audit --no-fund >&2)

# One after the other, never together: the machine has 2 cores.
dotnet "$TOOL" load --entities "$N" --lookups "$SAMPLES" --csv "$CSV" > "$OUT/graph.json"
dotnet "$TOOL" reopen --entities "$N" --data "${TMPDIR:-/tmp}/graph-bench-reopen-$N" > "$OUT/reopen.json"
node "$HERE/kuzu/bench.mjs" "$CSV" "$SAMPLES" > "$OUT/kuzu.json"
node "$HERE/table.mjs" "$OUT/graph.json" "$OUT/kuzu.json" "$OUT/reopen.json" | tee "$OUT/table.md"
