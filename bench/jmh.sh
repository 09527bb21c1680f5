#!/usr/bin/env bash
# JMH benchmarks of the engine (core/src/jmh/java, compiled only with -Pbench; `mvn verify` never runs them).
# Usage: bench/jmh.sh [JMH options...]   e.g.  bench/jmh.sh EngineBenchmark -p threads=1
#        bench/jmh.sh -rf json -rff target/jmh.json          (all benchmarks, JSON results)
# Runs from the repository root because the benchmarks load rules/ from there.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pbench -pl core -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -cp "core/target/test-classes:core/target/classes:$(cat core/target/bench.classpath)" org.openjdk.jmh.Main "$@"
