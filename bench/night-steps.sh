#!/usr/bin/env bash
# One night through bin/spe with its CPU sampled per thread every second (/proc), and the PostgreSQL server's, so that
# bench/night-steps.py can split the night's CPU by step and thread. The night reads the generated files of
# DATA/iN (made by batch-vs-evaluate.sh or `generate`), with the side-by-side benchmark's 400-day windows, into a fresh
# PostgreSQL schema (STORE=pg, default) or H2 file (STORE=h2), which is dropped afterwards (KEEP=1 keeps it).
# Usage: [JAR=...] [STORE=pg|h2] [JAVA_OPTS=...] [PGURLOPTS=&options=...] bench/night-steps.sh N OUTDIR ; then bench/night-steps.py OUTDIR
# PGURLOPTS is appended to the PostgreSQL URL, e.g. "&options=-c%20log_min_duration_statement%3D0" to log every statement.
# Take the machine's lock around it: flock /tmp/bench.lock bench/night-steps.sh 1000000 /tmp/steps-a
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/night-common.sh
N=$1; OUT=$2; mkdir -p "$OUT"
JAR=${JAR:-$PWD/target/service-policy-evaluator.jar}
STORE=${STORE:-pg}
dir=${DATA:-/tmp/spe-bench}/i$N
night=$(night_of "$dir/events.jsonl")
work=$(mktemp -d "${DATA:-/tmp/spe-bench}/steps.XXXX"); mkdir -p "$work/inbox/$night"
ln -s "$dir/events.jsonl" "$dir/customers.csv" "$work/inbox/$night/"
if [ "$STORE" = pg ]; then
  schema=steps_$(basename "$work" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')
  PGOPTIONS="-c client_min_messages=warning" psql -q -h 127.0.0.1 -U postgres test -c "CREATE SCHEMA $schema"
  db=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true&currentSchema=$schema${PGURLOPTS:-}")
else
  db=("--spring.datasource.url=jdbc:h2:file:$work/db/evaluator")
fi
uptime >"$OUT/load"
SPE_JAR=$JAR /usr/bin/time -f '%e %U %S' -o "$OUT/time" bin/spe batch --date "$night" --inbox "$work/inbox" \
  --evaluator.rules-dir="$PWD/rules" "${db[@]}" --evaluator.batch.out="$work/out" $NIGHT_WINDOWS \
  >"$OUT/out" 2>"$OUT/err" &
pid=; for _ in $(seq 100); do pid=$(pgrep -n -f "^java.*batch --date $night"); [ -n "$pid" ] && break; sleep 0.2; done
: >"$OUT/threads"
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
  ts=$(date +%s.%N)
  for t in /proc/"$pid"/task/*; do
    echo "$ts $(basename "$t"):$(tr ' ' '_' 2>/dev/null <"$t/comm") $(awk '{print $14+$15}' "$t/stat" 2>/dev/null)"
  done >>"$OUT/threads" 2>/dev/null
  echo "$ts PG $(pg_ticks)" >>"$OUT/threads"
  sleep 1
done
wait
uptime >>"$OUT/load"
[ "$STORE" = pg ] && [ -z "${KEEP:-}" ] && PGOPTIONS="-c client_min_messages=warning" psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA $schema CASCADE"
[ -z "${KEEP:-}" ] && rm -rf "$work"
read -r wall user sys <"$OUT/time"
echo "wall $wall s, JVM CPU $(echo "$user + $sys" | bc) s; per step: bench/night-steps.py $OUT"
