#!/usr/bin/env bash
# Mixed load on loopback against the service on the embedded default (seeded, in memory), then RSS.
# Usage: bench/robustness/run.sh [seconds] [connections]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_=${1:-30}; CONNS=${2:-64}; PORT=5099
dotnet build src/Graph.Api -c Release -v q -nologo >/dev/null
dotnet src/Graph.Api/bin/Release/net10.0/Graph.Api.dll --urls "http://127.0.0.1:$PORT" --Graph:DataDirectory=:memory: \
  --Graph:RateLimit:PermitLimit=0 >/tmp/graph-robustness.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz/ready" >/dev/null && break; sleep 1; done
echo "RSS before: $(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MB"
wrk -t2 -c"$CONNS" -d"${SECONDS_}s" --latency -s bench/robustness/mixed.lua "http://127.0.0.1:$PORT" | grep -vE '^\s+[0-9.]+%'
echo "RSS after: $(( $(awk '/VmRSS/{print $2}' /proc/$PID/status) / 1024 )) MB"
curl -s "http://127.0.0.1:$PORT/healthz" | head -c 300; echo
