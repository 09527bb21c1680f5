# Sourced by the night benchmarks (batch-vs-evaluate.sh, night-steps.sh, side-by-side.sh): what they share.

# A night that stores and judges the whole generated log: windows and retention of 400 days.
NIGHT_WINDOWS="--evaluator.batch.history-window=400d --evaluator.batch.fairness-window=400d --evaluator.batch.retention=400d"

night_of() { # EVENTS_FILE: the date of its last line, the night that reads it
  tail -1 "$1" | sed -E 's/.*"at":"([0-9]{4}-[0-9]{2}-[0-9]{2}).*/\1/'
}

pg_ticks() { # CPU ticks used so far by the PostgreSQL server's processes (all of them: neighbours' too), ended
  local ticks=0 pid # backends included through their parent's children's times
  for pid in $(pgrep -u postgres); do
    ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$ticks"
}
