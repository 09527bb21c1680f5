#!/usr/bin/env bash
# CI: bin/spe, the launcher, gives what `java -jar` gives, both on the run that records its class archives and on a
# run that maps them (a JVM can crash mapping an archive: see bin/spe), for `evaluate` and for the nightly `batch`.
# Uses a cache folder of its own, so every CI run records the archives afresh. About a minute and a half.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/service-policy-evaluator.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache SPE_JAR=$jar

java -jar "$jar" evaluate --events samples/events.jsonl --customers samples/customers.csv --output "$work/expected.jsonl" \
  2>"$work/expected.err"
for run in records maps; do
  bin/spe evaluate --events samples/events.jsonl --customers samples/customers.csv --output "$work/$run.jsonl" \
    2>"$work/$run.err"
  cmp "$work/expected.jsonl" "$work/$run.jsonl"
done
[ -f "$(ls -d "$work"/cache/service-policy-evaluator/app/*/)app.jsa" ] || { echo "bin/spe evaluate recorded no archive"; exit 1; }

night=2026-03-23
mkdir -p "$work/inbox/$night"
cp samples/events.jsonl samples/customers.csv "$work/inbox/$night/"
batch() { # LAUNCHER... : a night on a fresh H2 file; its violations.csv in $work/<name>.csv
  local name=$1; shift
  "$@" batch --date "$night" --inbox "$work/inbox" --evaluator.rules-dir="$PWD/rules" \
    --spring.datasource.url="jdbc:h2:file:$work/db-$name/evaluator" --evaluator.batch.out="$work/out-$name" \
    >"$work/$name.out" 2>"$work/$name.err" || { echo "batch via $* failed:"; tail -20 "$work/$name.err"; exit 1; }
  grep -q "COMPLETED" "$work/$name.out"
  cp "$work/out-$name/$night/violations.csv" "$work/$name.csv"
}
batch expected java -jar "$jar"
# a night that fails at once (no inbox) must not record the batch's archive from the few classes it loaded
if bin/spe batch --date "$night" --inbox "$work/no-inbox" >/dev/null 2>&1; then echo "a night without an inbox succeeded"; exit 1; fi
[ ! -f "$(ls -d "$work"/cache/service-policy-evaluator/app/*/)batch.jsa" ] || { echo "a failed night recorded an archive"; exit 1; }
for run in records maps; do
  batch "batch-$run" bin/spe
  cmp "$work/expected.csv" "$work/batch-$run.csv"
done
[ -f "$(ls -d "$work"/cache/service-policy-evaluator/app/*/)batch.jsa" ] || { echo "bin/spe batch recorded no archive"; exit 1; }
# a large input or night (one the launcher cannot size counts as large: standard input, a night without --inbox) gets
# its large heap, and huge pages where the kernel lends them; a small one neither (the JVM prints its flags first)
flags() { JAVA_OPTS=-XX:+PrintCommandLineFlags bin/spe "$@" 2>/dev/null | grep -m1 -- -XX: || true; }
large_evaluate=$(flags evaluate --events - --help) large_night=$(flags batch --help)
small_evaluate=$(flags evaluate --events samples/events.jsonl --help)
small_night=$(flags batch --date "$night" --inbox "$work/inbox" --help)
expect() { # TEXT WORD yes|no
  if grep -q -- "$2" <<<"$1"; then [ "$3" = yes ]; else [ "$3" = no ]; fi \
    || { echo "launcher flags: expected '$2' $3 in: $1"; exit 1; }
}
expect "$large_evaluate" -XX:InitialRAMPercentage=25 yes
expect "$large_night" -XX:NewRatio=1 yes
expect "$small_evaluate" -XX:InitialRAMPercentage no
expect "$small_night" -XX:NewRatio=1 no
expect "$small_evaluate" -XX:+UseTransparentHugePages no
expect "$small_night" -XX:+UseTransparentHugePages no
thp=no
grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && thp=yes
expect "$large_evaluate" -XX:+UseTransparentHugePages $thp
expect "$large_night" -XX:+UseTransparentHugePages $thp
echo "launcher check: bin/spe wrote what java -jar writes, recording its archives and mapping them:" \
  "evaluate $(wc -l <"$work/expected.jsonl") violations, the night's CSV $(($(wc -l <"$work/expected.csv") - 1))"
