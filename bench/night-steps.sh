#!/usr/bin/env bash
# One night through bin/spe with its CPU sampled per thread every second (/proc), and the PostgreSQL server's, so that
# bench/night-steps.py can split the night's CPU by step and thread. The night reads the generated files of
# DATA/iN (made by batch-vs-evaluate.sh or `generate`), with the side-by-side benchmark's 400-day windows, into a fresh
# PostgreSQL schema (STORE=pg, default) or H2 file (STORE=h2), which is dropped afterwards (KEEP=1 keeps it).
# Usage: [JAR=...] [STORE=pg|h2] [JAVA_OPTS=...] bench/night-steps.sh N OUTDIR ; then bench/night-steps.py OUTDIR
# Take the machine's lock around it: flock /tmp/bench.lock bench/night-steps.sh 1000000 /tmp/steps-a
set -uo pipefail
cd "$(dirname "$0")/.."
N=$1; OUT=$2; mkdir -p "$OUT"
JAR=${JAR:-$PWD/target/service-policy-evaluator.jar}
STORE=${STORE:-pg}
dir=${DATA:-/tmp/spe-bench}/i$N
night=$(tail -1 "$dir/events.jsonl" | sed -E 's/.*"at":"([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/')
work=$(mktemp -d "${DATA:-/tmp/spe-bench}/steps.XXXX"); mkdir -p "$work/inbox/$night"
ln -s "$dir/events.jsonl" "$dir/customers.csv" "$work/inbox/$night/"
if [ "$STORE" = pg ]; then
  schema=steps_$(basename "$work" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')
  PGOPTIONS="-c client_min_messages=warning" psql -q -h 127.0.0.1 -U postgres test -c "CREATE SCHEMA $schema"
  db=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true&currentSchema=$schema")
else
  db=("--spring.datasource.url=jdbc:h2:file:$work/db/evaluator")
fi
pg_ticks() { # the server's processes, ended backends included (their parent's children's times)
  local t=0 p; for p in $(pgrep -u postgres); do t=$((t + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"
}
uptime >"$OUT/load"
SPE_JAR=$JAR /usr/bin/time -f '%e %U %S' -o "$OUT/time" bin/spe batch --date "$night" --inbox "$work/inbox" \
  --evaluator.rules-dir="$PWD/rules" "${db[@]}" --evaluator.batch.out="$work/out" \
  --evaluator.batch.history-window=400d --evaluator.batch.fairness-window=400d --evaluator.batch.retention=400d \
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
