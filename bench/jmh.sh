#!/usr/bin/env bash
# JMH benchmarks of the engine (src/jmh/java, compiled only with -Pbench; `mvn verify` never runs them).
# Usage: bench/jmh.sh [JMH options...]   e.g.  bench/jmh.sh EngineBenchmark -p threads=1
#        bench/jmh.sh -rf json -rff target/jmh.json          (all benchmarks, JSON results)
# Runs from the repository root because the benchmarks load rules/ from there.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pbench -DskipTests test-compile
mvn -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@"
