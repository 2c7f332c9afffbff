#!/usr/bin/env bash
# GraphQL API benchmark: Graph (embedded store) against graphql-yoga serving the same graph from
# memory, on loopback, for three queries on the seed and on a generated graph. Prints a markdown table.
#
#   bench/api/run.sh
#
# Environment (defaults in brackets):
#   GRAPH_SRC     source tree whose src/Graph.Api is measured [the repository this script is in]
#   ENTITIES      size of the generated graph [100000]
#   CONNECTIONS   concurrent keep-alive connections [8]
#   WARMUP        warm-up seconds before each measured run [2]
#   DURATION      measured seconds per run [5]
#   RUNS          runs per server, query and graph; the table shows medians [3]
#   DATASETS      which graphs ["seed big"]
#   GRAPH_PORT / YOGA_PORT [5080 / 5090]; READY_TIMEOUT seconds to wait for a server to load [1800]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
GRAPH_SRC="$(cd "${GRAPH_SRC:-$ROOT}" && pwd)"
ENTITIES="${ENTITIES:-100000}"
CONNECTIONS="${CONNECTIONS:-8}"
WARMUP="${WARMUP:-2}"
DURATION="${DURATION:-5}"
RUNS="${RUNS:-3}"
DATASETS="${DATASETS:-seed big}"
GRAPH_PORT="${GRAPH_PORT:-5080}"
YOGA_PORT="${YOGA_PORT:-5090}"
READY_TIMEOUT="${READY_TIMEOUT:-1800}"
DATA="$HERE/data"
OUT="$DATA/results-$(date -u +%Y%m%dT%H%M%SZ)"
QUERIES=(flat two-level connection date-range)

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

mkdir -p "$DATA" "$OUT"
log "building (Release): load generator, data tool, Graph.Api from $GRAPH_SRC"
dotnet build "$HERE/Graph.LoadGen" -c Release --nologo -v q -clp:ErrorsOnly >&2
dotnet build "$HERE/Graph.BenchData" -c Release --nologo -v q -clp:ErrorsOnly >&2
# GraphiQL's front-end build is not part of what is measured.
dotnet build "$GRAPH_SRC/src/Graph.Api" -c Release --nologo -v q -clp:ErrorsOnly -p:SkipGraphiQLBuild=true >&2
LOADGEN="$HERE/Graph.LoadGen/bin/Release/net10.0/graph-loadgen"
BENCHDATA="$HERE/Graph.BenchData/bin/Release/net10.0/graph-benchdata"
API_BIN="$GRAPH_SRC/src/Graph.Api/bin/Release/net10.0"

if [ ! -d "$HERE/yoga/node_modules/graphql-yoga" ]; then
  log "installing the reference server's packages (npm ci)"
  (cd "$HERE/yoga" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# The same data for both servers: the seed as the engine holds it, and a generated graph written
# once as Cypher (for Graph) and JSON (for yoga).
log "exporting the seed from the embedded engine"
"$BENCHDATA" export --cypher "$GRAPH_SRC/cypher" --out "$DATA/seed/graph.json" >&2
BIG="$DATA/generated-$ENTITIES"
if [ ! -f "$BIG/graph.json" ]; then
  log "generating a graph of $ENTITIES entities"
  "$BENCHDATA" generate --entities "$ENTITIES" --schema "$GRAPH_SRC/cypher/schema.cypher" --out "$BIG" >&2
fi

PIDS=()
stop_servers() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_servers EXIT

wait_ready() { # name url
  local deadline=$((SECONDS + READY_TIMEOUT))
  until "$LOADGEN" --url "$2" --once --query-file "$HERE/queries/flat.graphql" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then log "$1 did not answer within ${READY_TIMEOUT}s"; return 1; fi
    sleep 2
  done
}

GRAPH_URL="http://127.0.0.1:$GRAPH_PORT/graphql"
YOGA_URL="http://127.0.0.1:$YOGA_PORT/graphql"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"

for dataset in $DATASETS; do
  case "$dataset" in
    seed) cypher="$GRAPH_SRC/cypher"; json="$DATA/seed/graph.json" ;;
    big) cypher="$BIG/cypher"; json="$BIG/graph.json" ;;
    *) log "unknown dataset '$dataset'"; exit 2 ;;
  esac
  name="$dataset"; [ "$dataset" = big ] && name="generated $ENTITIES"

  log "[$name] starting Graph (embedded, seeding from $cypher) and yoga"
  start=$SECONDS
  # Per-request information logs go to the console; under load that measures the console, not the service.
  # The load generator is one client: the per-client rate limit is turned off, or it would measure 429s.
  (cd "$API_BIN" && exec dotnet Graph.Api.dll --urls "http://127.0.0.1:$GRAPH_PORT" \
      --Graph:Store=Embedded --Graph:Seed=true --Graph:DataDirectory=:memory: --Graph:CypherDirectory="$cypher" \
      --Graph:RateLimit:PermitLimit=0 --Logging:LogLevel:Default=Warning) > "$OUT/graph-$dataset.log" 2>&1 &
  PIDS+=($!)
  node "$HERE/yoga/server.mjs" --data "$json" --port "$YOGA_PORT" > "$OUT/yoga-$dataset.log" 2>&1 &
  PIDS+=($!)
  wait_ready yoga "$YOGA_URL"
  wait_ready Graph "$GRAPH_URL"
  log "[$name] both answer (Graph ready after $((SECONDS - start)) s)"

  # Same answers: each query once against both servers, responses diffed.
  for q in "${QUERIES[@]}"; do
    "$LOADGEN" --url "$GRAPH_URL" --once --query-file "$HERE/queries/$q.graphql" > "$OUT/$dataset-$q-graph.json"
    "$LOADGEN" --url "$YOGA_URL" --once --query-file "$HERE/queries/$q.graphql" > "$OUT/$dataset-$q-yoga.json"
    log "[$name] $q: $(node "$HERE/compare.mjs" "$OUT/$dataset-$q-graph.json" "$OUT/$dataset-$q-yoga.json" || true)"
  done

  # Interleaved (Graph, yoga, Graph, yoga, …) so both see the same background load on a shared machine.
  for run in $(seq 1 "$RUNS"); do
    for q in "${QUERIES[@]}"; do
      for server in graph yoga; do
        url="$GRAPH_URL"; [ "$server" = yoga ] && url="$YOGA_URL"
        "$LOADGEN" --url "$url" --query-file "$HERE/queries/$q.graphql" --connections "$CONNECTIONS" \
          --warmup "$WARMUP" --duration "$DURATION" --label "$name|$q|$server" --json >> "$RESULTS" || true
        log "[$name] run $run $q $server: $(tail -n 1 "$RESULTS")"
      done
    done
  done
  stop_servers
done

{
  echo "GraphQL API benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "c=$CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s measured, median of $RUNS runs; .NET $(dotnet --version), Node $(node --version)"
  echo
  node "$HERE/report.mjs" "$RESULTS"
} | tee "$OUT/table.md"
log "results in $OUT"
