#!/usr/bin/env bash
# Floor of the ≥ 50 %-of-parse-only target: the least CPU any nightly design needs on a first night, set
# beside parse-only of the same files. Parts, each measured alone and each a lower bound of what a design spends:
#   P  parse-only, one thread (the target's baseline)
#   R  the rules over every customer's window, on ONE rule session (so its wall time is its CPU time)
#   S  storing one key per event, and the events themselves, in the database, server-side (StoreFloor)
# On 2 cores, a night cannot take less than (P + R + S) / 2, so its ratio to parse-only is at most
# 2P / (P + R + S). Grouping, violations, fairness, the report, GC and JIT are left out, all in the design's favour.
# Usage: bench/floor.sh [interactions=1000000] [work dir=/tmp/spe-floor]   (after mvn -q package -DskipTests and
# mvn -q test-compile; PostgreSQL on 127.0.0.1:5432, database test)
set -euo pipefail
N=${1:-1000000}
WORK=${2:-/tmp/spe-floor}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$WORK" && mkdir -p "$WORK/inbox" && chmod 755 "$WORK"
java -jar "$ROOT/target/service-policy-evaluator.jar" generate --interactions "$N" --seed 1 --out "$WORK/gen" | tail -1
DATE=$(tail -1 "$WORK/gen/events.jsonl" | sed -E 's/.*"at":"([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/')
mv "$WORK/gen" "$WORK/inbox/$DATE"
# generated logs have no bad or duplicate lines, so every line is one new id
sed -E 's/^\{"eventId":"([^"]*)".*$/\1/' "$WORK/inbox/$DATE/events.jsonl" \
    | awk -v D="$DATE" '{ print $0 "," D ",events.jsonl," NR }' > "$WORK/ids.csv"
CP=$("$ROOT/bench/classpath.sh")
echo "load: $(uptime)"
java -Xmx1g -cp "$CP" com.servicepolicy.evaluator.batch.ParseOnly "$WORK/inbox/$DATE"
java -Xmx4g -cp "$CP" com.servicepolicy.evaluator.batch.EvaluateOnly "$WORK/inbox/$DATE" "$ROOT/rules" 1 2>/dev/null \
    | grep '^evaluate-only'
java -Xmx4g -cp "$CP" com.servicepolicy.evaluator.batch.StoreFloor "jdbc:h2:file:$WORK/h2/floor" "$WORK/ids.csv" "$WORK/inbox/$DATE"
java -Xmx1g -cp "$CP" com.servicepolicy.evaluator.batch.StoreFloor "jdbc:postgresql://127.0.0.1:5432/test" "$WORK/ids.csv" "$WORK/inbox/$DATE"
echo "load: $(uptime)"
