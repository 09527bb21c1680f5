#!/bin/bash
# Issue #16: importing against reading our own JSON Lines, the same number of lines, for two builds side by side.
# Usage (from the project's top folder, after `mvn -q -DskipTests package`):
#   flock /tmp/bench.lock bench/importers-ab.sh BASELINE_JAR [LINES] [ROUNDS]
#   (ONLY='nyc311|twcs' ... runs only those importers)
# Makes the inputs as bench/importers.sh does (the real ServiceNow, NYC 311 and twcs exports and the Zendesk sample
# repeated with fresh ids to LINES rows, LINES lines of `generate`; NYC 311 also read as the generic `mapped` CSV with
# docs/importers/nyc311.mapping.yaml), then, ROUNDS times, runs `read` on each input with the baseline jar and with this
# build's jar in turn, each in a fresh JVM under /usr/bin/time. Prints per run: the load, `read`'s own seconds (the
# read alone, without JVM start), CPU seconds (user + sys of the whole JVM) and wall seconds; then, per jar and round,
# each importer's speed as a share of the JSON Lines speed of the same jar in the same round (rows/s ÷ lines/s).
set -euo pipefail
BASELINE=${1:?baseline jar}
LINES=${2:-1000000}
ROUNDS=${3:-2}
JAR=${JAR:-target/service-policy-evaluator.jar}
DIR=${BENCH_DIR:-/tmp/spe-bench-importers}
mkdir -p "$DIR"
IMPORTERS=("servicenow:$DIR/big.servicenow.csv" "nyc311:$DIR/big.nyc311.csv"
  "mapped,mapping=docs/importers/nyc311.mapping.yaml:$DIR/big.nyc311.csv" "twcs:$DIR/big.twcs.csv" "zendesk:$DIR/big.zendesk.json")
[ -n "${ONLY:-}" ] && IMPORTERS=($(printf '%s\n' "${IMPORTERS[@]}" | grep -E "^(${ONLY})[:,]")) # e.g. ONLY='nyc311|twcs'
PREPARE_ONLY=1 BENCH_DIR="$DIR" JAR="$JAR" bench/importers.sh "$LINES"
declare -A secs
for round in $(seq 1 "$ROUNDS"); do
  for jar in "$BASELINE" "$JAR"; do
    name=$([ "$jar" = "$BASELINE" ] && echo baseline || echo new)
    for spec in "$DIR/ours.jsonl" "${IMPORTERS[@]}"; do
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      out=$(/usr/bin/time -f 'cpu=%U+%S wall=%e' java -jar "$jar" read --events "$spec" 2>"$DIR/time.txt" | tail -1) || true
      s=$(echo "$out" | grep -o 'seconds=[0-9.]*' | cut -d= -f2)
      cpu=$(tail -1 "$DIR/time.txt" | sed -E 's/cpu=([0-9.]+)\+([0-9.]+) wall=([0-9.]+)/\1 \2 \3/' | awk '{printf "cpu=%.1f wall=%.1f", $1+$2, $3}')
      input=${spec%%[:,]*}; [ "$spec" = "$DIR/ours.jsonl" ] && input=ours.jsonl
      secs[$round,$name,$input]=$s
      echo "round=$round jar=$name input=$input load=[$load] read_seconds=$s $cpu $(echo "$out" | grep -o 'read=[0-9]*')"
    done
    j=${secs[$round,$name,ours.jsonl]}
    for spec in "${IMPORTERS[@]}"; do
      input=${spec%%[:,]*}
      echo "round=$round jar=$name $input share_of_jsonl_speed=$(echo "$j / ${secs[$round,$name,$input]}" | bc -l | cut -c1-4)"
    done
  done
done
