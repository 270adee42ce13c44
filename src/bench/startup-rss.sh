#!/usr/bin/env bash
# Start-up time to ready and resident memory of the production jar.
# Usage: src/bench/startup-rss.sh [runs]   (after ./mvnw -Pproduction -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=target/wanqi.jar
[ -f "$jar" ] || { echo "build it first: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=18080
for run in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  WANQI_DATA_DIR="$data" SERVER_PORT=$port "$java" --enable-native-access=ALL-UNNAMED -jar "$jar" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the app died; see $data/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs "http://127.0.0.1:$port/login" >/dev/null
  rss_ready=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "run $run (first start, seeds demo data): ready in ${ready} ms, RSS ${rss_ready} MiB"
  # second start on the same data folder: what a restart costs
  start=$(date +%s%N)
  WANQI_DATA_DIR="$data" SERVER_PORT=$port "$java" --enable-native-access=ALL-UNNAMED -jar "$jar" >>"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.05; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "run $run (restart on existing data): ready in ${ready} ms, RSS ${rss} MiB"
  rm -rf "$data"
done
