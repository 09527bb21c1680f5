#!/usr/bin/env bash
# End-to-end benchmark of the command line: generate logs, then time a parse-only pass (`read`) and
# `evaluate` on each, with wall and CPU time, peak heap (GC log) and peak RSS (/usr/bin/time -v).
#
# Usage: bench/run.sh [INTERACTIONS...]          default: 100000 1000000   (5000000 also works, see docs/benchmarks.md)
# Environment:
#   JAR           jar under test (default target/service-policy-evaluator.jar; build it with mvn -DskipTests package)
#   BASELINE_JAR  optional second jar (e.g. built from main) evaluated on the same files, for a same-run comparison
#   BASELINE_ARGS extra options for the baseline jar, e.g. "--rules DIR" with the rules it was built for
#   DATA          where logs and results go (default /tmp/spe-bench); logs are generated once (seed 1) and reused
#   JAVA_OPTS     extra JVM options for read/evaluate, e.g. "-Xmx12g"
#   EVAL_ARGS     extra evaluate options, e.g. "--threads 1"
#   RUNS          runs per measurement (default 1); every run is a row of the results table
# Output: a markdown table on stdout, also appended to $DATA/results.md; raw logs in $DATA/runs/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/service-policy-evaluator.jar}
DATA=${DATA:-/tmp/spe-bench}
RUNS=${RUNS:-1}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100000 1000000)
[ -f "$JAR" ] || { echo "no $JAR: run 'mvn -q -DskipTests package' first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
mkdir -p "$DATA/runs"

# peak heap from a unified GC log: largest heap-in-use before a collection, and largest after one
gc_peaks() {
  grep -oE '[0-9]+M->[0-9]+M' "$1" | awk -F'M->|M' '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { printf "%d %d", b, a }'
}

# run LABEL SIZE JARFILE ARGS...: one timed JVM, one table row
run() {
  local label=$1 size=$2 jar=$3; shift 3
  local id="$label-$size-$(date +%H%M%S)"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$DATA/runs/$id.time" \
    java ${JAVA_OPTS:-} -Xlog:gc:file="$DATA/runs/$id.gc" -jar "$jar" "$@" \
    >"$DATA/runs/$id.out" 2>"$DATA/runs/$id.err"
  local wall user sys rss peaks lines
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$DATA/runs/$id.time")
  user=$(awk -F': ' '/User time/ { print $2 }' "$DATA/runs/$id.time")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$DATA/runs/$id.time")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%d", $2 / 1024 }' "$DATA/runs/$id.time")
  peaks=$(gc_peaks "$DATA/runs/$id.gc")
  lines=$(grep -hoE '^read=[0-9]+' "$DATA/runs/$id.out" "$DATA/runs/$id.err" | head -1 | cut -d= -f2)
  local timings; timings=$(grep -h '^timings:' "$DATA/runs/$id.err" | cut -d' ' -f2- || true)
  printf '| %s | %s | %s | %.1f | %.1f | %.0f | %s | %s | %d | %s | %s |\n' \
    "$label" "$size" "$lines" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$lines / $wall" | bc)" \
    "${peaks% *}" "${peaks#* }" "$rss" "$load" "${timings:--}" | tee -a "$DATA/results.md"
}

{
  echo
  echo "## $(date -u +%FT%TZ) on $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; jar $(sha256sum "$JAR" | cut -c1-12)${BASELINE_JAR:+, baseline $(sha256sum "$BASELINE_JAR" | cut -c1-12)}"
  echo "JAVA_OPTS='${JAVA_OPTS:-}' EVAL_ARGS='${EVAL_ARGS:-}'"
  echo
  echo '| run | interactions | lines | wall s | cpu s | lines/s (wall) | peak heap MB | max live after GC MB | RSS MB | load 1m | phases ms |'
  echo '|---|---|---|---|---|---|---|---|---|---|---|'
} | tee -a "$DATA/results.md"

for size in "${SIZES[@]}"; do
  dir="$DATA/i$size"
  if [ ! -f "$dir/events.jsonl" ]; then
    java -jar "$JAR" generate --interactions "$size" --seed 1 --out "$dir" >"$DATA/runs/generate-$size.out"
  fi
  for _ in $(seq "$RUNS"); do
    run parse-only "$size" "$JAR" read --events "$dir/events.jsonl" --customers "$dir/customers.csv"
    # shellcheck disable=SC2086
    run evaluate "$size" "$JAR" evaluate --events "$dir/events.jsonl" --customers "$dir/customers.csv" \
      --output "$dir/violations.jsonl" --timings ${EVAL_ARGS:-}
    if [ -n "${BASELINE_JAR:-}" ]; then
      # shellcheck disable=SC2086
      run baseline-evaluate "$size" "$BASELINE_JAR" evaluate --events "$dir/events.jsonl" --customers "$dir/customers.csv" \
        --output "$dir/violations-baseline.jsonl" ${BASELINE_ARGS:-}
      cmp -s "$dir/violations.jsonl" "$dir/violations-baseline.jsonl" \
        && echo "<!-- $size: violations identical to the baseline's -->" | tee -a "$DATA/results.md" \
        || echo "<!-- $size: VIOLATIONS DIFFER from the baseline's -->" | tee -a "$DATA/results.md"
    fi
  done
done
