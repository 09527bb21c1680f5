#!/usr/bin/env bash
# Issue #19's side-by-side benchmark: on the same generated files, in one run, the DuckDB reference query of
# RESP-001 and RESP-003 (bench/duckdb/resp.sql), `read` (parse only), `evaluate` (every code; `java -jar`, then
# through the launcher bin/spe) and the nightly
# batch on the embedded H2 store; wall and CPU time, peak RSS, the ratio to DuckDB, and whether the two codes'
# counts agree.
#
# Usage: bench/side-by-side.sh [INTERACTIONS...]      default: 100000 1000000
# Environment: JAR (default target/service-policy-evaluator.jar: mvn -q -DskipTests package), DATA (default
#   /tmp/spe-bench; logs in $DATA/iN, generated once with seed 1), JAVA_OPTS (for read, evaluate and the batch),
#   BATCH=no to leave the batch out, BATCH_WINDOWS (default: history and fairness windows and retention of 400
#   days), DUCKDB_JAR (default: the one Maven fetches). Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/night-common.sh
JAR=${JAR:-target/service-policy-evaluator.jar}
DATA=${DATA:-/tmp/spe-bench}
SIZES=("$@")
mkdir -p "$DATA"
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100000 1000000)
BATCH_WINDOWS=${BATCH_WINDOWS:-$NIGHT_WINDOWS}
DUCKDB_VERSION=2.0.0.1
DUCKDB_JAR=${DUCKDB_JAR:-$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar}
[ -f "$DUCKDB_JAR" ] || mvn -q -B dependency:get -Dartifact=org.duckdb:duckdb_jdbc:$DUCKDB_VERSION >/dev/null
# the reference runs as a compiled class: a source launch would add its compile to DuckDB's time
REF=$(mktemp -d)
javac -d "$REF" bench/duckdb/DuckDbReference.java
trap 'rm -rf "$REF"' EXIT

# timed LABEL OUT ERR COMMAND...: runs COMMAND under /usr/bin/time; sets WALL CPU RSS
timed() {
  local label=$1 out=$2 err=$3; shift 3
  LOAD=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S %M' -o "$DATA/time.$label" "$@" >"$out" 2>"$err"
  read -r WALL user sys rss <"$DATA/time.$label"
  CPU=$(echo "$user + $sys" | bc)
  RSS=$((rss / 1024))
}

row() { # LABEL SIZE AGREES
  printf '| %s | %s | %.1f | %.1f | %s | %s | %s | %s |\n' "$1" "$2" "$WALL" "$CPU" \
    "$(echo "scale=2; $WALL / $DUCK_WALL" | bc)" "$RSS" "$LOAD" "$3" | tee -a "$DATA/side-by-side.md"
}

{
  echo
  echo "## $(date -u +%FT%TZ), $(nproc) cores, jar $(sha256sum "$JAR" | cut -c1-12), JAVA_OPTS='${JAVA_OPTS:-}'"
  echo
  echo '| run | interactions | wall s | cpu s | × DuckDB (wall) | RSS MB | load 1m before | RESP-001 / RESP-003 |'
  echo '|---|---|---|---|---|---|---|---|'
} | tee -a "$DATA/side-by-side.md"

for size in "${SIZES[@]}"; do
  dir="$DATA/i$size"
  [ -f "$dir/events.jsonl" ] || java -jar "$JAR" generate --interactions "$size" --seed 1 --out "$dir" >/dev/null

  timed duckdb "$DATA/duckdb.out" "$DATA/duckdb.err" java -cp "$REF:$DUCKDB_JAR" DuckDbReference "$dir/events.jsonl" bench/duckdb/resp.sql
  DUCK_WALL=$WALL
  duck_counts="$(awk '/^RESP-001/ { a = $2 } /^RESP-003/ { b = $2 } END { print a " / " b }' "$DATA/duckdb.out")"
  row duckdb "$size" "$duck_counts"

  # shellcheck disable=SC2086
  timed read "$DATA/read.out" "$DATA/read.err" java ${JAVA_OPTS:-} -jar "$JAR" read --events "$dir/events.jsonl" --customers "$dir/customers.csv"
  row read "$size" -

  # shellcheck disable=SC2086
  timed evaluate "$DATA/evaluate.out" "$DATA/evaluate.err" java ${JAVA_OPTS:-} -jar "$JAR" evaluate \
    --events "$dir/events.jsonl" --customers "$dir/customers.csv" --output "$dir/violations.jsonl" --timings
  ours="$(grep -c '"code":"RESP-001"' "$dir/violations.jsonl" || true) / $(grep -c '"code":"RESP-003"' "$dir/violations.jsonl" || true)"
  row evaluate "$size" "$ours$([ "$ours" = "$duck_counts" ] && echo ' (equal)' || echo ' (differ: see docs/benchmarks.md)')"

  # the launcher (bin/spe: extracted jar, class-data archive, the JIT chosen by input size); its first run in a
  # fresh cache extracts the jar and dumps the archive, so one untimed run on the samples comes first
  SPE_JAR="$(readlink -f "$JAR")" bin/spe evaluate --events samples/events.jsonl --customers samples/customers.csv >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  timed spe "$DATA/spe.out" "$DATA/spe.err" env SPE_JAR="$(readlink -f "$JAR")" bin/spe evaluate \
    --events "$dir/events.jsonl" --customers "$dir/customers.csv" --output "$dir/violations-spe.jsonl" --timings
  row 'evaluate (`bin/spe`)' "$size" "$(cmp -s "$dir/violations.jsonl" "$dir/violations-spe.jsonl" && echo 'same file' || echo 'DIFFERENT file')"

  if [ "${BATCH:-yes}" != no ]; then
    # a night whose inbox holds the same two files: the night is the date of the log's last event, and its
    # windows cover the whole log (a generated log spans about 11 months), so it judges what evaluate judges
    night=$(night_of "$dir/events.jsonl")
    work=$(mktemp -d "$DATA/night.XXXX")
    mkdir -p "$work/inbox/$night"
    ln -s "$dir/events.jsonl" "$dir/customers.csv" "$work/inbox/$night/"
    # shellcheck disable=SC2086
    timed batch "$work/batch.out" "$work/batch.err" java ${JAVA_OPTS:-} -jar "$JAR" batch --date "$night" \
      --inbox "$work/inbox" --evaluator.rules-dir="$PWD/rules" \
      "--spring.datasource.url=jdbc:h2:file:$work/db/evaluator" --evaluator.batch.out="$work/out" $BATCH_WINDOWS
    row "batch (H2)" "$size" -
    rm -rf "$work"
  fi
done
