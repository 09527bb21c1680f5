#!/usr/bin/env bash
# Steady-state nights of the nightly batch: a year's generated log split by day; everything before FIRST goes
# into one backfill night (the day before FIRST, with the customers file), then NIGHTS ordinary nights follow,
# one process each, on one database (an H2 file under the work dir, or what DB_ARGS names). Prints each night's
# step times.
# Usage: bench/steady.sh [interactions=1000000] [nights=5] [work dir=/tmp/spe-steady]   (after mvn -q package -DskipTests)
# PostgreSQL: DB_ARGS="--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true&currentSchema=steady_pg" bench/steady.sh
# (drop the schema first: psql -h 127.0.0.1 -U postgres test -c 'DROP SCHEMA IF EXISTS steady_pg CASCADE')
set -euo pipefail
N=${1:-1000000}
NIGHTS=${2:-5}
WORK=${3:-/tmp/spe-steady}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB_ARGS=${DB_ARGS:-"--spring.datasource.url=jdbc:h2:file:$WORK/db/evaluator;AUTO_SERVER=TRUE"}
JAR=$ROOT/target/service-policy-evaluator.jar
rm -rf "$WORK" && mkdir -p "$WORK/inbox"
java -jar "$JAR" generate --interactions "$N" --seed 1 --out "$WORK/gen" | tail -1
LAST=$(tail -1 "$WORK/gen/events.jsonl" | sed -E 's/.*"at":"([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/')
FIRST=$(date -u -d "$LAST - 35 days" +%F)
BACKFILL=$(date -u -d "$FIRST - 1 day" +%F)
mkdir -p "$WORK/inbox/$BACKFILL"
awk -v OUT="$WORK/inbox" -v FIRST="$FIRST" -v BACKFILL="$BACKFILL" 'BEGIN{FS="\"at\":\""} {
  d = substr($2, 1, 10); if (d < FIRST) d = BACKFILL
  if (!(d in made)) { system("mkdir -p " OUT "/" d); made[d] = 1 }
  print > (OUT "/" d "/events.jsonl") }' "$WORK/gen/events.jsonl"
mv "$WORK/gen/customers.csv" "$WORK/inbox/$BACKFILL/" && rm -rf "$WORK/gen"
echo "load: $(uptime)"
for i in $(seq 0 "$NIGHTS"); do
  D=$(date -u -d "$BACKFILL + $i day" +%F)
  /usr/bin/time -f "%e s wall, %M KB peak RSS" java -Xmx1g -jar "$JAR" batch --date "$D" --inbox "$WORK/inbox" \
      --evaluator.rules-dir="$ROOT/rules" $DB_ARGS \
      --evaluator.batch.out="$WORK/out" > "$WORK/$D.out" 2> "$WORK/$D.err"
  echo "== $D: $(wc -l < "$WORK/inbox/$D/events.jsonl") lines, $(tail -1 "$WORK/$D.err")"
  if [ -d "$WORK/db" ]; then echo "   H2 file after the night: $(du -m "$WORK"/db/*.mv.db | cut -f1) MB"; fi
  grep -E "customers to evaluate|events older|Step: .* executed|completed with" "$WORK/$D.out" \
      | sed -E 's/^.*[[:space:]]+: //; s/with the following parameters.*(status)/\1/'
done
echo "load: $(uptime)"
