#!/bin/sh
# The policy author's loop of issue #18, end to end as the shell sees it: check, test and evaluate on the
# samples, with unchanged rules and after one rule changed, for a baseline jar and this build (plain java -jar,
# then bin/spe: extracted jar + AppCDS + C1 for authoring). Prints one line per run with wall time and load.
# Usage (from the project's top folder, after mvn -q -DskipTests package):
#   [NEW_JAR=this build's jar] [BASE_SPE=the baseline checkout's bin/spe] bench/authoring-loop.sh BASELINE_JAR [ROUNDS]
# With BASE_SPE, the baseline also runs through its own launcher (rows "baseline bin/spe").
# e.g. a jar built from main before issue #18:  git worktree add /tmp/base main && (cd /tmp/base && mvn -q -DskipTests package)
#   bench/authoring-loop.sh /tmp/base/target/service-policy-evaluator.jar 3
# Holds flock /tmp/bench.lock while it runs (one benchmark at a time on the shared machine).
set -eu
if [ -z "${BENCH_LOCKED:-}" ]; then export BENCH_LOCKED=1; exec flock /tmp/bench.lock "$0" "$@"; fi
base=${1:?baseline jar}
rounds=${2:-3}
new=${NEW_JAR:-target/service-policy-evaluator.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EVALUATOR_RULES_CACHE="$work/rules-cache" XDG_CACHE_HOME="$work/xdg"
cp -r rules "$work/rules"
samples="--events samples/events.jsonl --customers samples/customers.csv --output /dev/null"

# wall time and CPU time (user + sys, the steadier figure on a shared machine) of one run; stdout dropped,
# the --timings line kept
run() {
    label=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
    set -- $(tail -n 1 "$work/time") # after "Command exited with non-zero status N", if any
    wall=$1 user=$2 sys=$3
    printf '%-36s wall %6.2f s  cpu %6.2f s  load %s  %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
        "$(cut -d' ' -f1 /proc/loadavg)" "$(grep -h '^timings' "$work/err" | tr '\n' ' ')"
}

# touches one rule: its @description gains a word, so the file's hash (and its package's unit) changes
change_one_rule() {
    sed -i "s/Service was refused with no reason code/Service was refused with no reason code at all$1/" "$work/rules/non-discrimination.drl"
}

loop() {
    name=$1; shift
    run "$name check" "$@" check --rules "$work/rules"
    run "$name test" "$@" test --rules "$work/rules"
    run "$name evaluate samples" "$@" evaluate --rules "$work/rules" $samples --timings
}

echo "# $(date -u +%FT%TZ) $(nproc) cores; uptime: $(uptime)"
SPE_JAR=$new bin/spe test --rules "$work/rules" >/dev/null 2>&1 || true # extraction, archive, rules cache
base_spe=${BASE_SPE:-}
[ -z "$base_spe" ] || SPE_JAR=$base "$base_spe" test --rules "$work/rules" >/dev/null 2>&1 || true
for r in $(seq "$rounds"); do
    echo "## round $r, unchanged rules (compiled-rule cache warm)"
    loop "baseline java -jar" java -jar "$base"
    loop "new java -jar" java -jar "$new"
    [ -z "$base_spe" ] || loop "baseline bin/spe" env SPE_JAR="$base" "$base_spe"
    loop "new bin/spe" env SPE_JAR="$new" bin/spe
    run "new bin/spe check, full JIT" env SPE_JAR="$new" SPE_JIT=full bin/spe check --rules "$work/rules"
    run "new bin/spe check, no AppCDS" env SPE_JAR="$new" SPE_CDS=off bin/spe check --rules "$work/rules"
    run "new bin/spe evaluate, C1 only" env SPE_JAR="$new" SPE_JIT=quick bin/spe evaluate --rules "$work/rules" $samples --timings
    echo "## round $r, after one rule changed (first command after the edit recompiles its package)"
    change_one_rule "b$r"; run "baseline check, one rule changed" java -jar "$base" check --rules "$work/rules"
    change_one_rule "n$r"; run "new java -jar check, one changed" java -jar "$new" check --rules "$work/rules"
    [ -z "$base_spe" ] || { change_one_rule "p$r"; run "baseline bin/spe check, one changed" env SPE_JAR="$base" "$base_spe" check --rules "$work/rules"; }
    [ -z "$base_spe" ] || { change_one_rule "q$r"; run "baseline bin/spe test, one changed" env SPE_JAR="$base" "$base_spe" test --rules "$work/rules"; }
    change_one_rule "s$r"; run "new bin/spe check, one changed" env SPE_JAR="$new" bin/spe check --rules "$work/rules"
    change_one_rule "t$r"; run "new bin/spe test, one changed" env SPE_JAR="$new" bin/spe test --rules "$work/rules"
done
