#!/usr/bin/env bash
# Settings that might change the Spark job's per-core scaling, tried on the same file in one run under the
# bench lock, alternately with the default: each line gives wall and CPU seconds (user+sys) and peak RSS.
#   local1             local[1] pinned to core 0 (the JVM sees one processor: serial GC)
#   local2             local[2], defaults (G1, 4 customer partitions per core, the read log cached)
#   local2-serial      local[2] with the serial collector, as local[1] gets
#   local2-parts1      local[2] with 1 customer partition per core (--partitions 2)
# Usage: bench/spark-variants.sh [interactions=100000] [work dir=/tmp/spe-spark-bench]; builds as bench/spark.sh.
set -euo pipefail
N=${1:-100000}
WORK=${2:-/tmp/spe-spark-bench}
HEAP=${HEAP:-4g}
ROUNDS=${ROUNDS:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GEN=$WORK/gen-$N
[[ -f $GEN/events.jsonl ]] || java -jar "$ROOT/target/service-policy-evaluator.jar" generate --interactions "$N" --seed 1 \
  --malformed-rate 0.001 --duplicate-rate 0.001 --out "$GEN" | tail -1

variant() { # NAME CPUS MASTER JAVA_OPTS [MORE ARGS]
  local name=$1 cpus=$2 master=$3 opts=$4
  shift 4
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.time" taskset -c "$cpus" env JAVA_OPTS="-Xmx$HEAP $opts" \
    "$ROOT/spark/local.sh" evaluate --master "$master" --events "$GEN/events.jsonl" --customers "$GEN/customers.csv" \
    --rules "$ROOT/rules" --output "$WORK/out-$name" "$@" > /dev/null 2> "$WORK/$name.err" || true
  read -r wall user sys rss < "$WORK/$name.time"
  printf '%-14s load=%-5s wall=%6.1fs cpu=%6.1fs peak_rss=%5d MiB  %s\n' "$name" "$load" "$wall" \
    "$(bc -l <<< "$user + $sys")" $((rss / 1024)) "$(grep -E '^read=' "$WORK/$name.err" | tail -1 || true)"
}

exec 9> "${LOCK:-/tmp/bench.lock}"
flock 9
echo "start: $(uptime)"
for ((round = 1; round <= ROUNDS; round++)); do
  variant local1 0 'local[1]' ""
  variant local2 0,1 'local[2]' ""
  variant local2-serial 0,1 'local[2]' "-XX:+UseSerialGC"
  variant local2-parts1 0,1 'local[2]' "" --partitions 2
done
echo "end: $(uptime)"
