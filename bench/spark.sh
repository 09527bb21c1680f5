#!/usr/bin/env bash
# The Spark job beside the command line on the same generated files, in one run under the bench lock:
# evaluate (the command line, its default threads), the Spark job in local[1] pinned to one core and in
# local[2] on two. Prints, per run: wall seconds, events/s (lines read / wall), peak RSS, and the accounting
# line (which must be the same in all three), then the speed-up of local[2] over local[1].
# Usage: bench/spark.sh [interactions=1000000] [work dir=/tmp/spe-spark-bench]
# after: mvn -B -q -DskipTests package (the command line's jar) and mvn -B -q -pl spark -am package -DskipTests.
# HEAP (default 4g) is the heap of every JVM: in local mode the driver's heap is the executors' too.
set -euo pipefail
N=${1:-1000000}
WORK=${2:-/tmp/spe-spark-bench}
HEAP=${HEAP:-4g}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/service-policy-evaluator.jar
GEN=$WORK/gen-$N
mkdir -p "$WORK"
if [[ ! -f $GEN/events.jsonl ]]; then
  java -jar "$JAR" generate --interactions "$N" --seed 1 --malformed-rate 0.001 --duplicate-rate 0.001 --out "$GEN" | tail -1
fi
EVENTS=$GEN/events.jsonl
CUSTOMERS=$GEN/customers.csv
ls -l "$EVENTS" "$CUSTOMERS"

# run NAME CPUS COMMAND...: times COMMAND pinned to CPUS, prints its line of the table
run() {
  local name=$1 cpus=$2
  shift 2
  local err=$WORK/$name.err
  echo "load before $name: $(uptime | sed 's/.*load average/load average/')"
  /usr/bin/time -f "wall=%e rss_kb=%M" -o "$WORK/$name.time" taskset -c "$cpus" "$@" > "$WORK/$name.out" 2> "$err" || true
  local times wall rss accounting read
  times=$(grep -E '^wall=' "$WORK/$name.time")
  wall=$(sed -E 's/wall=([0-9.]+).*/\1/' <<< "$times")
  rss=$(sed -E 's/.*rss_kb=([0-9]+)/\1/' <<< "$times")
  accounting=$(grep -E '^read=' "$err" | tail -1)
  read=$(sed -E 's/read=([0-9]+).*/\1/' <<< "$accounting")
  printf '%-8s cpus=%-4s wall=%7.1fs events/s=%8.0f peak_rss=%5d MiB  %s\n' "$name" "$cpus" "$wall" \
    "$(bc -l <<< "${read:-0} / $wall")" $((rss / 1024)) "$accounting"
  echo "$wall" > "$WORK/$name.wall"
}

spark() { # MASTER CPUS
  run "local$2" "$3" env JAVA_OPTS="-Xmx$HEAP" "$ROOT/spark/local.sh" evaluate --master "$1" --events "$EVENTS" \
    --customers "$CUSTOMERS" --rules "$ROOT/rules" --output "$WORK/out-local$2"
}

exec 9> "${LOCK:-/tmp/bench.lock}"
flock 9   # held until the script ends: no other benchmark runs meanwhile
run cli 0,1 java -Xmx"$HEAP" -jar "$JAR" evaluate --events "$EVENTS" --customers "$CUSTOMERS" --rules "$ROOT/rules" \
  --output "$WORK/cli.jsonl" --rejects "$WORK/cli.rejects"
spark 'local[1]' 1 0
spark 'local[2]' 2 0,1
echo "load after: $(uptime | sed 's/.*load average/load average/')"
echo "speed-up local[2] / local[1]: $(bc -l <<< "$(cat "$WORK/local1.wall") / $(cat "$WORK/local2.wall")" | cut -c1-4)"
for n in 1 2; do
  if cmp -s <(cat "$WORK/out-local$n"/part-*) "$WORK/cli.jsonl"; then
    echo "violations: local[$n] = the command line's, byte for byte"
  else
    echo "violations: local[$n] DIFFER from the command line's"
  fi
done
