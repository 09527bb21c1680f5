#!/usr/bin/env bash
# Prints the classpath of the app module's test code (app and core classes, their tests, every
# dependency), compiling first, for the benchmark mains under app/src/test (ParseOnly, EvaluateOnly, ...).
# Usage: CP=$(bench/classpath.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp)
(cd "$ROOT" && mvn -q -B -pl app -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT" >/dev/null)
echo "$ROOT/app/target/classes:$ROOT/app/target/test-classes:$(cat "$OUT")"
rm -f "$OUT"
