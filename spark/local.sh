#!/usr/bin/env bash
# Runs the Spark job on this machine, in local[*] mode unless --master says otherwise (docs/scale-out.md):
#   mvn -B -q -pl spark -am package -DskipTests
#   spark/local.sh evaluate --events samples/events.jsonl --customers samples/customers.csv --output target/spark-out
# JAVA_OPTS sets the heap (e.g. -Xmx4g): in local mode the driver's heap is the executors' too.
# The collector is the throughput one (-XX:+UseParallelGC) unless JAVA_OPTS names another: a batch job wants throughput,
# not short pauses. The JVM's own choice follows the processors it sees (serial on one, G1 on two or more), and G1's
# concurrent marking of the cached log cost local[2] about 8 % of its CPU (docs/benchmarks.md, "Spark").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/service-policy-evaluator-spark.jar"
if [[ ! -f "$jar" || ! -f "$here/target/classpath.txt" ]]; then
  echo "build it first: mvn -B -q -pl spark -am package -DskipTests" >&2
  exit 2
fi
# What Spark needs opened on Java 17 (the same flags as the module's tests, spark/pom.xml).
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
gc=-XX:+UseParallelGC
if [[ ${JAVA_OPTS:-} =~ -XX:\+Use[A-Za-z0-9]+GC ]]; then
  gc=
fi
# shellcheck disable=SC2086
exec java "${opens[@]}" $gc -Dlog4j2.configurationFile="$here/conf/log4j2.properties" ${JAVA_OPTS:-} -cp "$jar:$(cat "$here/target/classpath.txt")" \
  com.servicepolicy.evaluator.spark.SparkEvaluator "$@"
