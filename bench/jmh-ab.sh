#!/usr/bin/env bash
# The engine benchmark (JMH EngineBenchmark) of this checkout beside another checkout of the project (the
# baseline), alternately, on the very same generated log, in one run: what "within N % of the old build" means.
#
# Usage: bench/jmh-ab.sh BASELINE_CHECKOUT [ROUNDS=2] [LOG_DIR]
#   BASELINE_CHECKOUT  another worktree of the project (git worktree add --detach DIR COMMIT); its BenchLog must
#                      read -Dbench.log (from commit e71e53f on; cherry-pick that commit onto an older one)
#   LOG_DIR            the log both measure (default: generated once by the baseline's jar, seed 42, 20,000
#                      interactions, so that an older build can read every line of it)
# Environment: JMH_ARGS (default "-p groupSize=2000 -p threads=1");
#   MODE=cpu measures process CPU time instead (CpuTimeBench: interactions per CPU second, steadier than JMH's wall
#   time on a shared machine), with CPU_ARGS (default "2000 1 30 30": group size, threads, warm-up s, measured s);
#   CpuTimeBench.java is copied into the baseline (over an older copy), so both count the same way;
#   THIS_JAVA_OPTS / BASE_JAVA_OPTS: JVM options of one side only (e.g. THIS_JAVA_OPTS=-Devaluator.rules.cache=off
#   compiles this side's rules classically; BASELINE_CHECKOUT may then be this checkout itself);
#   PIN="taskset -c 1" runs both sides' JVMs on one core (no hand-over of a session's facts across cores).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=$(cd "$1" && pwd)
ROUNDS=${2:-2}
LOG=${3:-/tmp/spe-jmh-ab/log}
JMH_ARGS=${JMH_ARGS:--p groupSize=2000 -p threads=1}
MODE=${MODE:-jmh}
CPU_ARGS=${CPU_ARGS:-2000 1 30 30}
BENCH_SRC=core/src/jmh/java/com/servicepolicy/evaluator/bench
if [ "$MODE" = cpu ] && [ "$BASE" != "$ROOT" ] && ! cmp -s "$ROOT/$BENCH_SRC/CpuTimeBench.java" "$BASE/$BENCH_SRC/CpuTimeBench.java"; then
  cp "$ROOT/$BENCH_SRC/CpuTimeBench.java" "$BASE/$BENCH_SRC/"
fi

compile() {
  (cd "$1" && mvn -o -q -B -Pbench -pl core -DskipTests test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null)
}
# the log first: packaging recompiles the tests without the benchmarks
if [ ! -f "$LOG/events.jsonl" ]; then
  (cd "$BASE" && mvn -o -q -B -DskipTests package >/dev/null)
  java -jar "$BASE/target/service-policy-evaluator.jar" generate --interactions 20000 --seed 42 --out "$LOG" >/dev/null
fi
compile "$ROOT"
[ "$BASE" = "$ROOT" ] || compile "$BASE"

# measure NAME CHECKOUT JAVA_OPTS: one JMH fork (or one CpuTimeBench JVM) in that checkout (it loads rules/ from its own root)
measure() {
  local out; out=$(mktemp)
  local cp="core/target/test-classes:core/target/classes:$(cat "$2/core/target/bench.classpath")"
  if [ "$MODE" = cpu ]; then
    # shellcheck disable=SC2086
    (cd "$2" && ${PIN:-} java $3 -Xms2g -Xmx2g "-Dbench.log=$LOG" -cp "$cp" com.servicepolicy.evaluator.bench.CpuTimeBench $CPU_ARGS >"$out")
    printf '| %s | %s | %s | %s |\n' "$1" "$(git -C "$2" rev-parse --short HEAD)" "$(cat "$out")" "$(cut -d' ' -f1 /proc/loadavg)"
  else
    # shellcheck disable=SC2086
    (cd "$2" && ${PIN:-} java -cp "$cp" org.openjdk.jmh.Main EngineBenchmark $JMH_ARGS -jvmArgsAppend "${3:+$3 }-Dbench.log=$LOG" \
        -rf text -rff "$out" >/dev/null)
    printf '| %s | %s | %s | %s |\n' "$1" "$(git -C "$2" rev-parse --short HEAD)" \
        "$(awk '/EngineBenchmark/ { print $(NF-3) " ± " $(NF-1) }' "$out")" "$(cut -d' ' -f1 /proc/loadavg)"
  fi
  rm -f "$out"
}

echo "| build | commit | interactions/s ($MODE) | load 1m after |"
echo "|---|---|---|---|"
for _ in $(seq "$ROUNDS"); do
  measure baseline "$BASE" "${BASE_JAVA_OPTS:-}"
  measure this "$ROOT" "${THIS_JAVA_OPTS:-}"
done
