#!/usr/bin/env bash
# Per-core scaling of the Spark job beside the command line on the same generated file, in one run under the
# bench lock, ROUNDS times alternately (default 1):
#   cli        evaluate (the command line, its default threads, both cores)
#   local1     the Spark job in local[1] pinned to core 0 (taskset: the JVM sees one processor)
#   local2     the Spark job in local[2] on both cores
#   local2-g1  (BASELINE=1, the default) local[2] with G1, the JVM's own choice on two processors, as the job ran
#              before spark/local.sh chose the parallel collector
# local1 and local2 run the same collector, spark/local.sh's (-XX:+UseParallelGC, its GC threads as many as the
# processors the JVM sees), so that the ratio compares cores and not collectors: left to itself the JVM picks the
# serial collector for the pinned local[1] and G1 for local[2]. SPARK_OPTS=-XX:+UseG1GC runs both with G1 instead.
# Prints, per run: wall and CPU seconds (user+sys), events/s (lines read / wall), peak RSS, the accounting line
# (the same in every run), then local[2]'s speed-up over local[1] (wall) and the load.
# Usage: bench/spark.sh [interactions=1000000] [work dir=/tmp/spe-spark-bench]
# after: mvn -B -q -pl app -am package -DskipTests (the command line's jar, target/) and
#        mvn -B -q -pl spark -am package -DskipTests.
# HEAP (default 4g) is the heap of every JVM: in local mode the driver's heap is the executors' too.
# SPARK_OPTS: more JVM options for the Spark runs only (e.g. -XX:+UseSerialGC). CLI=0 leaves the command line out.
set -euo pipefail
N=${1:-1000000}
WORK=${2:-/tmp/spe-spark-bench}
HEAP=${HEAP:-4g}
ROUNDS=${ROUNDS:-1}
BASELINE=${BASELINE:-1}
CLI=${CLI:-1}
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
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "wall=%e user=%U sys=%S rss_kb=%M" -o "$WORK/$name.time" taskset -c "$cpus" "$@" > "$WORK/$name.out" 2> "$err" || true
  local times wall cpu rss accounting read
  times=$(grep -E '^wall=' "$WORK/$name.time")
  wall=$(sed -E 's/wall=([0-9.]+).*/\1/' <<< "$times")
  cpu=$(sed -E 's/.*user=([0-9.]+) sys=([0-9.]+).*/\1+\2/' <<< "$times" | bc -l)
  rss=$(sed -E 's/.*rss_kb=([0-9]+)/\1/' <<< "$times")
  accounting=$(grep -E "^read=" "$err" | tail -1 || true)
  read=$(sed -E 's/read=([0-9]+).*/\1/' <<< "$accounting")
  printf '%-12s cpus=%-4s load=%-5s wall=%7.1fs cpu=%7.1fs events/s=%8.0f peak_rss=%5d MiB  %s\n' "$name" "$cpus" "$load" \
    "$wall" "$cpu" "$(bc -l <<< "${read:-0} / $wall")" $((rss / 1024)) "$accounting"
  echo "$wall" >> "$WORK/$name.walls"
  echo "$cpu" >> "$WORK/$name.cpus"
}

spark() { # NAME MASTER CPUS [MORE ARGS]
  local name=$1 master=$2 cpus=$3
  shift 3
  # shellcheck disable=SC2086
  run "$name" "$cpus" env JAVA_OPTS="-Xmx$HEAP ${SPARK_OPTS:-}" "$ROOT/spark/local.sh" evaluate --master "$master" \
    --events "$EVENTS" --customers "$CUSTOMERS" --rules "$ROOT/rules" --output "$WORK/out-$name" "$@"
}

exec 9> "${LOCK:-/tmp/bench.lock}"
flock 9   # held until the script ends: no other benchmark runs meanwhile
rm -f "$WORK"/*.walls "$WORK"/*.cpus
echo "start: $(uptime)"
echo "collector of local1 and local2: ${SPARK_OPTS:-the default of spark/local.sh, -XX:+UseParallelGC}"
for ((round = 1; round <= ROUNDS; round++)); do
  if [[ $CLI == 1 ]]; then
    run cli 0,1 java -Xmx"$HEAP" -jar "$JAR" evaluate --events "$EVENTS" --customers "$CUSTOMERS" --rules "$ROOT/rules" \
      --output "$WORK/cli.jsonl" --rejects "$WORK/cli.rejects"
  fi
  spark local1 'local[1]' 0
  spark local2 'local[2]' 0,1
  if [[ $BASELINE == 1 ]]; then
    SPARK_OPTS="$(sed -E 's/-XX:\+Use[A-Za-z0-9]+GC//g' <<< "${SPARK_OPTS:-}") -XX:+UseG1GC" spark local2-g1 'local[2]' 0,1
  fi
done
echo "end: $(uptime)"
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "speed-up local[2] / local[1] (median wall): $(bc -l <<< "$(median "$WORK/local1.walls") / $(median "$WORK/local2.walls")" | cut -c1-4)"
echo "CPU local[2] / local[1] (median CPU s): $(bc -l <<< "$(median "$WORK/local2.cpus") / $(median "$WORK/local1.cpus")" | cut -c1-4)"
reference=$WORK/cli.jsonl
if [[ $CLI != 1 ]]; then # no command line this time: the Spark runs are compared with local[1]'s
  reference=$WORK/local1.jsonl
  cat "$WORK/out-local1"/part-* > "$reference"
fi
for name in local1 local2 local2-g1; do
  [[ -f $WORK/$name.walls ]] || continue # not run this time
  if cmp -s <(cat "$WORK/out-$name"/part-*) "$reference"; then
    echo "violations: $name = $(basename "$reference")'s, byte for byte"
  else
    echo "violations: $name DIFFER from $(basename "$reference")'s"
  fi
done
