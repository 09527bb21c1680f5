#!/bin/bash
# Issue #16: importing a helpdesk export against reading our own JSON Lines, the same number of lines, side by side.
# Usage (from the project's top folder, after `mvn -q -DskipTests package`):
#   flock /tmp/bench.lock bench/importers.sh [LINES] [ROUNDS]
# Builds LINES-row ServiceNow and NYC 311 CSVs by repeating the real exports of ../shared/real-samples with fresh
# ids, and LINES lines of our JSON Lines from `generate`; then runs `read` (the input half of evaluate: parse, convert,
# validate, de-duplicate, count) on each in turn, ROUNDS times, printing the load before each run.
set -euo pipefail
LINES=${1:-1000000}
ROUNDS=${2:-2}
JAR=${JAR:-target/service-policy-evaluator.jar}
DIR=${BENCH_DIR:-/tmp/spe-bench-importers}
mkdir -p "$DIR"
python3 - "$LINES" "$DIR" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
for name, src, sep in (("big.servicenow.csv", "../shared/real-samples/servicenow-incident-events.csv", "-"),
                       ("big.nyc311.csv", "../shared/real-samples/nyc311-2013-12-25-excerpt.csv", "")):
    lines = open(src).read().split("\n")
    body = [l for l in lines[1:] if l]
    with open(f"{out}/{name}", "w") as f:
        f.write(lines[0] + "\n")
        written, rep = 0, 0
        while written < n:
            for l in body:
                if written >= n:
                    break
                key, rest = l.split(",", 1)
                f.write(f"{key}{sep}{rep:05d},{rest}\n")
                written += 1
            rep += 1
PY
java -jar "$JAR" generate --interactions $((LINES / 5 + 1000)) --seed 7 --out "$DIR/gen" >/dev/null 2>&1
head -n "$LINES" "$DIR/gen/events.jsonl" > "$DIR/ours.jsonl"
[ "${PREPARE_ONLY:-}" = 1 ] && exit 0 # the inputs only (bench/importers-ab.sh)
for round in $(seq 1 "$ROUNDS"); do
  for spec in "$DIR/ours.jsonl" "servicenow:$DIR/big.servicenow.csv" "nyc311:$DIR/big.nyc311.csv"; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "round=$round input=${spec##*/} load=[$load] $(java -jar "$JAR" read --events "$spec" 2>/dev/null | tail -1)"
  done
done
