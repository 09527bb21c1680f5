#!/usr/bin/env bash
# The Spark night recording its violations in the PostgreSQL store (issue #20): one night over a generated log, in
# local[2], with --jdbc-url, under the bench lock; prints the night's stderr lines (window, store step with its seconds,
# accounting), wall and CPU seconds, and the load. Then the same night again (a rerun: the same rows replaced).
# Usage: bench/spark-night-store.sh [interactions=100000] [work dir=/tmp/spe-spark-night]
# after: mvn -B -q -pl app -am package -DskipTests (the generator, target/) and mvn -B -q -pl spark -am package -DskipTests.
# The schema (spark_night_bench, dropped and made again) gets the app's SQL migrations with psql, as NightStoreTest
# does (the app's two Java migrations touch only the event store on PostgreSQL, which the Spark night does not write).
set -euo pipefail
N=${1:-100000}
WORK=${2:-/tmp/spe-spark-night}
HEAP=${HEAP:-4g}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GEN=$WORK/gen-$N
SCHEMA=spark_night_bench
mkdir -p "$WORK"
if [[ ! -f $GEN/events.jsonl ]]; then
  java -jar "$ROOT/target/service-policy-evaluator.jar" generate --interactions "$N" --seed 1 --malformed-rate 0.001 \
    --duplicate-rate 0.001 --out "$GEN" | tail -1
fi
psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
MIGRATIONS=$ROOT/app/src/main/resources/db/migration
for f in $(cd "$MIGRATIONS" && ls V*__*.sql | sort -k1.2n); do # in version order: V1, V2, ..., V12
  PGOPTIONS="-c search_path=$SCHEMA" psql -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -f "$MIGRATIONS/$f"
done
# the night's date: the day of the log's last event
DATE=$(tail -c 2000 "$GEN/events.jsonl" | grep -o '"at":"[0-9-]*' | tail -1 | cut -d'"' -f4)
exec 9> "${LOCK:-/tmp/bench.lock}"
flock 9
rm -rf "$WORK/history" "$WORK/nights"
for run in first rerun; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "wall=%e user=%U sys=%S rss_kb=%M" -o "$WORK/$run.time" env JAVA_OPTS="-Xmx$HEAP" "$ROOT/spark/local.sh" night \
    --master 'local[2]' --date "$DATE" --events "$GEN/events.jsonl" --customers "$GEN/customers.csv" --rules "$ROOT/rules" \
    --history "$WORK/history" --output "$WORK/nights" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" --jdbc-user postgres 2> "$WORK/$run.err" || true
  echo "$run (load $load): $(cat "$WORK/$run.time")"
  grep -E "^night |^read=|^error" "$WORK/$run.err"
done
psql -q -h 127.0.0.1 -U postgres -d test -c "SELECT run_date, attempt, status, violations, new_violations FROM $SCHEMA.nightly_runs" \
  -c "SELECT COUNT(*) AS violations_rows FROM $SCHEMA.violations"
