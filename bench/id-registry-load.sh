#!/usr/bin/env bash
# How long a night's id registry takes to load from the event store: per jar, alternately, a night of the generated
# log on a fresh H2 file, then a night of one line on the same file; prints each night's CPU and the load time.
# Usage: JARS="new.jar old.jar" bench/id-registry-load.sh [INTERACTIONS=100000]   (DATA default /tmp/spe-bench)
# Take the machine's lock around it: flock /tmp/bench.lock bench/id-registry-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
DATA=${DATA:-/tmp/spe-bench}
JARS=${JARS:-target/service-policy-evaluator.jar}
dir="$DATA/i$N"
[ -f "$dir/events.jsonl" ] || java -jar "${JARS%% *}" generate --interactions "$N" --seed 1 --out "$dir" >/dev/null
night=$(tail -1 "$dir/events.jsonl" | sed -E 's/.*"at":"([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/')
next=$(date -d "$night + 1 day" +%F)
work=$(mktemp -d "$DATA/ids.XXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/inbox/$night" "$work/inbox/$next"
ln -s "$dir/events.jsonl" "$dir/customers.csv" "$work/inbox/$night/"
echo "{\"eventId\":\"NEXT-1\",\"type\":\"OPENED\",\"at\":\"${next}T08:00:00Z\",\"customerId\":\"C5\",\"interactionId\":\"I-next\",\"channel\":\"CHAT\",\"priority\":\"NORMAL\",\"category\":\"PURCHASE\"}" \
  >"$work/inbox/$next/events.jsonl"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for jar in $JARS; do
  rm -rf "$work/db" "$work/out"
  for d in "$night" "$next"; do
    /usr/bin/time -f "$(basename "$jar") $d: %e s wall, %U s user, %S s sys" java -jar "$jar" batch --date "$d" \
      --inbox "$work/inbox" --evaluator.rules-dir="$PWD/rules" "--spring.datasource.url=jdbc:h2:file:$work/db/evaluator" \
      --evaluator.batch.out="$work/out" --evaluator.batch.history-window=400d --evaluator.batch.fairness-window=400d \
      --evaluator.batch.retention=400d >"$work/night.out" 2>"$work/night.err"
    tail -1 "$work/night.err"
    grep -hE "known event ids" "$work/night.out" "$work/night.err" | sed -E 's/^.*[[:space:]]+: /  /' || true
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
