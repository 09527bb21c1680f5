#!/usr/bin/env bash
# End-to-end benchmark of the nightly batch beside parse-only, on the same generated files, in one session.
# Usage: [BATCH_ARGS="--evaluator.batch.retention=400d ..."] bench/batch.sh [interactions=100000] [work dir=/tmp/spe-bench]   (after mvn -o -q package -DskipTests
# and mvn -o -q test-compile). Prints parse-only events/s, the store-free ceiling (parse + evaluate in memory, nothing
# stored: what any design using the rule engine cannot beat on one pass), the job's per-step times, wall time and peak RSS.
set -euo pipefail
N=${1:-100000}
WORK=${2:-/tmp/spe-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/service-policy-evaluator.jar
rm -rf "$WORK" && mkdir -p "$WORK/inbox"
java -jar "$JAR" generate --interactions "$N" --seed 1 --out "$WORK/gen" | tail -1
# the night is the date of the log's last event, so that its 90-day window holds the latest history
DATE=$(tail -1 "$WORK/gen/events.jsonl" | sed -E 's/.*"at":"([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/')
mv "$WORK/gen" "$WORK/inbox/$DATE"
CP=$("$ROOT/bench/classpath.sh")
echo "load: $(uptime)"
java -Xmx1g -cp "$CP" \
    com.servicepolicy.evaluator.batch.ParseOnly "$WORK/inbox/$DATE"
# the ceiling holds the window's events in memory (it is a bound, not a design): give it room
java -Xmx${CEILING_HEAP:-4g} -cp "$CP" \
    com.servicepolicy.evaluator.batch.EvaluateOnly "$WORK/inbox/$DATE" "$ROOT/rules" 2>/dev/null | grep '^evaluate-only'
/usr/bin/time -v java -Xmx1g -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" batch --date "$DATE" --inbox "$WORK/inbox" \
    --evaluator.rules-dir="$ROOT/rules" "--spring.datasource.url=jdbc:h2:file:$WORK/db/evaluator;AUTO_SERVER=TRUE" \
    --evaluator.batch.out="$WORK/out" ${BATCH_ARGS:-} > "$WORK/batch.out" 2> "$WORK/batch.err"
grep -E "ingest: done|evaluate: done|retention|Step: .* executed in|completed with" "$WORK/batch.out" | sed -E 's/^.*[[:space:]]+: //'
grep -A3 "^night" "$WORK/batch.out"
grep -E "Elapsed|Maximum resident" "$WORK/batch.err"
echo "load: $(uptime)"
