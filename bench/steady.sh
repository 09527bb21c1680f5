#!/usr/bin/env bash
# Steady-state nights of the nightly batch: a year's generated log split by day; everything before FIRST goes
# into one backfill night (the day before FIRST, with the customers file), then NIGHTS ordinary nights follow,
# one process each, on one database (an H2 file under the work dir, or what DB_ARGS names). Prints each night's
# step times.
# Usage: bench/steady.sh [interactions=1000000] [nights=5] [work dir=/tmp/spe-steady]   (after mvn -q package -DskipTests)
# PostgreSQL: DB_ARGS="--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true&currentSchema=steady_pg" bench/steady.sh
# (drop the schema first: psql -h 127.0.0.1 -U postgres test -c 'DROP SCHEMA IF EXISTS steady_pg CASCADE')
# LAUNCHERS="java spe": the ordinary nights run in turn with `java -Xmx1g -jar` and through bin/spe (JAVA_OPTS=-Xmx1g),
# to compare the two on nights of one store; the backfill night always runs with java -jar. Default: java.
set -euo pipefail
N=${1:-1000000}
NIGHTS=${2:-5}
WORK=${3:-/tmp/spe-steady}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB_ARGS=${DB_ARGS:-"--spring.datasource.url=jdbc:h2:file:$WORK/db/evaluator;AUTO_SERVER=TRUE"}
JAR=${JAR:-$ROOT/target/service-policy-evaluator.jar} # JAR=...: another build, e.g. a baseline
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
if [[ " ${LAUNCHERS:-} " == *" spe "* ]]; then # bin/spe records its batch archive on its first night: not a timed one
  mkdir -p "$WORK/warm/inbox/2026-03-23" && cp "$ROOT"/samples/events.jsonl "$ROOT"/samples/customers.csv "$WORK/warm/inbox/2026-03-23/"
  SPE_JAR="$JAR" "$ROOT/bin/spe" batch --date 2026-03-23 --inbox "$WORK/warm/inbox" --evaluator.rules-dir="$ROOT/rules" \
      --spring.datasource.url="jdbc:h2:file:$WORK/warm/db/evaluator" --evaluator.batch.out="$WORK/warm/out" >/dev/null 2>&1
  rm -rf "$WORK/warm"
fi
echo "load: $(uptime)"
for i in $(seq 0 "$NIGHTS"); do
  D=$(date -u -d "$BACKFILL + $i day" +%F)
  read -r -a launchers <<<"${LAUNCHERS:-java}"
  launcher=${launchers[$(( i == 0 ? 0 : (i - 1) % ${#launchers[@]} ))]}
  [ "$i" = 0 ] && launcher=java
  if [ "$launcher" = spe ]; then run=(env SPE_JAR="$JAR" JAVA_OPTS=-Xmx1g "$ROOT/bin/spe"); else run=(java -Xmx1g -jar "$JAR"); fi
  /usr/bin/time -f "$launcher: %e s wall, %U + %S s CPU, %M KB peak RSS" "${run[@]}" batch --date "$D" --inbox "$WORK/inbox" \
      --evaluator.rules-dir="$ROOT/rules" $DB_ARGS \
      --evaluator.batch.out="$WORK/out" > "$WORK/$D.out" 2> "$WORK/$D.err"
  echo "== $D: $(wc -l < "$WORK/inbox/$D/events.jsonl") lines, $(tail -1 "$WORK/$D.err")"
  if [ -d "$WORK/db" ]; then echo "   H2 file after the night: $(du -m "$WORK"/db/*.mv.db | cut -f1) MB"; fi
  # the night's log is on stderr (stdout carries its result only)
  grep -hE "customers to evaluate|events older|Step: .* executed|completed with" "$WORK/$D.out" "$WORK/$D.err" \
      | sed -E 's/^.*[[:space:]]+: //; s/with the following parameters.*(status)/\1/' || true
done
echo "load: $(uptime)"
