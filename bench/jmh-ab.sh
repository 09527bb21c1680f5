#!/usr/bin/env bash
# The engine benchmark (JMH EngineBenchmark) of this checkout beside another checkout of the project (the
# baseline), alternately, on the very same generated log, in one run: what "within N % of the old build" means.
#
# Usage: bench/jmh-ab.sh BASELINE_CHECKOUT [ROUNDS=2] [LOG_DIR]
#   BASELINE_CHECKOUT  another worktree of the project (git worktree add --detach DIR COMMIT); its BenchLog must
#                      read -Dbench.log (from commit e71e53f on; cherry-pick that commit onto an older one)
#   LOG_DIR            the log both measure (default: generated once by the baseline's jar, seed 42, 20,000
#                      interactions, so that an older build can read every line of it)
# Environment: JMH_ARGS (default "-p groupSize=2000 -p threads=1").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=$(cd "$1" && pwd)
ROUNDS=${2:-2}
LOG=${3:-/tmp/spe-jmh-ab/log}
JMH_ARGS=${JMH_ARGS:--p groupSize=2000 -p threads=1}

compile() {
  (cd "$1" && mvn -q -B -Pbench -pl core -DskipTests test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null)
}
# the log first: packaging recompiles the tests without the benchmarks
if [ ! -f "$LOG/events.jsonl" ]; then
  (cd "$BASE" && mvn -q -B -DskipTests package >/dev/null)
  java -jar "$BASE/target/service-policy-evaluator.jar" generate --interactions 20000 --seed 42 --out "$LOG" >/dev/null
fi
compile "$ROOT"
compile "$BASE"

# measure NAME CHECKOUT: one JMH fork in that checkout (it loads rules/ from its own root)
measure() {
  local out; out=$(mktemp)
  (cd "$2" && java -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" \
      org.openjdk.jmh.Main EngineBenchmark $JMH_ARGS -jvmArgsAppend "-Dbench.log=$LOG" -rf text -rff "$out" >/dev/null)
  printf '| %s | %s | %s | %s |\n' "$1" "$(git -C "$2" rev-parse --short HEAD)" \
      "$(awk '/EngineBenchmark/ { print $(NF-3) " ± " $(NF-1) }' "$out")" "$(cut -d' ' -f1 /proc/loadavg)"
  rm -f "$out"
}

echo "| build | commit | interactions/s (99.9 % CI) | load 1m after |"
echo "|---|---|---|---|"
for _ in $(seq "$ROUNDS"); do
  measure baseline "$BASE"
  measure this "$ROOT"
done
