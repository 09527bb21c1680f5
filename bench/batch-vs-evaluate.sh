#!/usr/bin/env bash
# Issue #19 item 3: the nightly batch against `evaluate` on the same files, in one run, on H2 and on PostgreSQL.
# A night whose inbox holds the generated events and customers files, windows and retention of 400 days (the
# whole log is inside them, so the night stores and judges everything `evaluate` judges). Runs, alternately:
# evaluate, the batch on a fresh H2 file, the batch on a fresh PostgreSQL schema, for each jar given (the first is
# the candidate; a second, e.g. a build of main, is the baseline). Prints wall and CPU (user + sys) seconds, peak
# RSS, the load before each run, and the batch's share of evaluate's throughput (evaluate CPU / batch CPU: the
# JVM's; beside it the PostgreSQL server's CPU during the night, which counts every backend, neighbours' too).
#
# Usage: bench/batch-vs-evaluate.sh [INTERACTIONS=100000] [ROUNDS=1]
# Environment: JARS (default target/service-policy-evaluator.jar; space-separated, first = candidate; with
#   LAUNCHER=spe an entry JAR@SCRIPT runs that jar through another copy of the launcher, e.g. a baseline's own
#   bin/spe from `git show BASE:bin/spe`, since the launcher chooses the JVM's options),
#   DATA (default /tmp/spe-bench), PG_URL (default jdbc:postgresql://127.0.0.1:5432/test), STORES (default "h2 pg"),
#   LAUNCHER (default java: `java -jar JAR`; spe: both commands through bin/spe with SPE_JAR=JAR, as a shell user runs
#   them, after a run of each on a few lines that records the launcher's class archives, untimed).
# Takes the machine's bench lock itself (LOCK, default /tmp/bench.lock) for the whole run: do not wrap it in flock.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning" # no NOTICE per dropped table
cd "$(dirname "$0")/.."
. bench/night-common.sh
N=${1:-100000}
ROUNDS=${2:-1}
JARS=${JARS:-target/service-policy-evaluator.jar}
DATA=${DATA:-/tmp/spe-bench}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
STORES=${STORES:-h2 pg}
exec 9> "${LOCK:-/tmp/bench.lock}"
flock 9   # held until the script ends: no other benchmark runs meanwhile
LAUNCHER=${LAUNCHER:-java}
spe() { # JAR COMMAND ARGS...: the command run as LAUNCHER says (a program, so that /usr/bin/time can run it)
  local jar=$1; shift
  if [ "$LAUNCHER" = spe ]; then env SPE_JAR="$(jar_of "$jar")" "$(launcher_of "$jar")" "$@"; else java -jar "$jar" "$@"; fi
}
spe_command() { # JAR: prints the command's first words, for timed
  if [ "$LAUNCHER" = spe ]; then echo "env SPE_JAR=$(jar_of "$1") $(launcher_of "$1")"; else echo "java -jar $1"; fi
}
jar_of() { echo "${1%%@*}"; }                                    # JAR[@SCRIPT] -> JAR
launcher_of() { case $1 in *@*) echo "${1#*@}" ;; *) echo bin/spe ;; esac; } # JAR[@SCRIPT] -> SCRIPT
dir="$DATA/i$N"
first=$(jar_of "${JARS%% *}")
[ -f "$dir/events.jsonl" ] || java -jar "$first" generate --interactions "$N" --seed 1 --out "$dir" >/dev/null
night=$(night_of "$dir/events.jsonl")

pg_cpu() { # CPU seconds used so far by the PostgreSQL server's processes (all of them: neighbours' too)
  echo "scale=1; $(pg_ticks) / $(getconf CLK_TCK)" | bc
}

timed() { # LABEL COMMAND...: sets WALL CPU RSS LOAD
  local label=$1; shift
  LOAD=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S %M' -o "$DATA/time.$label" "$@" >"$DATA/$label.out" 2>"$DATA/$label.err"
  read -r WALL user sys rss <"$DATA/time.$label"
  CPU=$(echo "$user + $sys" | bc)
  RSS=$((rss / 1024))
}

if [ "$LAUNCHER" = spe ]; then # record each jar's class archives (a first run per command family), untimed
  warm="$DATA/warm"; rm -rf "$warm"; mkdir -p "$warm/inbox/$night"
  head -100 "$dir/events.jsonl" >"$warm/inbox/$night/events.jsonl"; head -20 "$dir/customers.csv" >"$warm/inbox/$night/customers.csv"
  for jar in $JARS; do
    spe "$jar" evaluate --events "$warm/inbox/$night/events.jsonl" --output "$warm/v.jsonl" >/dev/null 2>&1
    spe "$jar" batch --date "$night" --inbox "$warm/inbox" --evaluator.rules-dir="$PWD/rules" \
      "--spring.datasource.url=jdbc:h2:file:$warm/db-$(basename "$(jar_of "$jar")")/evaluator" --evaluator.batch.out="$warm/out" >/dev/null 2>&1
  done
  rm -rf "$warm"
fi
echo "## $(date -u +%FT%TZ), $N interactions, $(nproc) cores, launcher $LAUNCHER"
echo
echo '| round | jar | run | wall s | CPU s | RSS MB | load before | evaluate CPU / this CPU | result |'
echo '|---|---|---|---|---|---|---|---|---|'
for round in $(seq "$ROUNDS"); do
  for jar in $JARS; do
    tag=$(sha256sum "$(jar_of "$jar")" | cut -c1-8)
    # shellcheck disable=SC2046
    timed evaluate $(spe_command "$jar") evaluate --events "$dir/events.jsonl" --customers "$dir/customers.csv" \
      --output "$DATA/violations.jsonl"
    EVAL_CPU=$CPU
    printf '| %s | %s | evaluate | %.1f | %.1f | %s | %s | 1 | %s violations |\n' "$round" "$tag" "$WALL" "$CPU" \
      "$RSS" "$LOAD" "$(wc -l <"$DATA/violations.jsonl")"
    for store in $STORES; do
      work=$(mktemp -d "$DATA/night.XXXX")
      mkdir -p "$work/inbox/$night"
      ln -s "$dir/events.jsonl" "$dir/customers.csv" "$work/inbox/$night/"
      if [ "$store" = h2 ]; then
        db=("--spring.datasource.url=jdbc:h2:file:$work/db/evaluator")
      else
        schema="bench_$(basename "$work" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
        psql -q -h 127.0.0.1 -U postgres test -c "CREATE SCHEMA $schema"
        db=(--spring.profiles.active=postgres "--spring.datasource.url=$PG_URL?reWriteBatchedInserts=true&currentSchema=$schema")
      fi
      server_before=$(pg_cpu)
      # shellcheck disable=SC2086
      timed "batch-$store" $(spe_command "$jar") batch --date "$night" --inbox "$work/inbox" \
        --evaluator.rules-dir="$PWD/rules" "${db[@]}" --evaluator.batch.out="$work/out" $NIGHT_WINDOWS
      result=$(grep -E "violations seen" "$DATA/batch-$store.out" | sed -E 's/^ +//' || echo "failed: see $DATA/batch-$store.err")
      server=$(echo "$(pg_cpu) - $server_before" | bc)
      printf '| %s | %s | batch (%s) | %.1f | %.1f | %s | %s | %.2f | %s; PostgreSQL server CPU meanwhile %s s |\n' \
        "$round" "$tag" "$store" "$WALL" "$CPU" "$RSS" "$LOAD" "$(echo "scale=3; $EVAL_CPU / $CPU" | bc)" "$result" \
        "$server"
      grep -hE "ingest: done|customers to evaluate|evaluate: read|fairness:" "$DATA/batch-$store.out" \
        "$DATA/batch-$store.err" 2>/dev/null | sed -E 's/^.*[[:space:]]+: /    /' >"$DATA/steps.$store.$tag.$round" || true
      [ "$store" = h2 ] || psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA $schema CASCADE"
      rm -rf "$work"
    done
  done
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); step lines in $DATA/steps.*"
