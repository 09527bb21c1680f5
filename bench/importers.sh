#!/bin/bash
# Issue #16: importing a helpdesk export against reading our own JSON Lines, the same number of lines, side by side.
# Usage (from the project's top folder, after `mvn -q -DskipTests package`):
#   flock /tmp/bench.lock bench/importers.sh [LINES] [ROUNDS]
# Builds LINES-row ServiceNow, NYC 311 and twcs CSVs by repeating the real exports of ../shared/real-samples with fresh
# ids, a Zendesk audits document of LINES audit events from the hand-made samples/real/tickets.zendesk.json, and LINES lines of our JSON Lines from `generate`; then runs `read` (the input half of evaluate: parse, convert,
# validate, de-duplicate, count) on each in turn, ROUNDS times, printing the load before each run.
set -euo pipefail
# every importer: ServiceNow, NYC 311, the generic CSV mapping (NYC 311's mapping read from docs/), twcs, Zendesk
IMPORTERS=("servicenow:${BENCH_DIR:-/tmp/spe-bench-importers}/big.servicenow.csv" "nyc311:${BENCH_DIR:-/tmp/spe-bench-importers}/big.nyc311.csv"
  "mapped,mapping=docs/importers/nyc311.mapping.yaml:${BENCH_DIR:-/tmp/spe-bench-importers}/big.nyc311.csv"
  "twcs:${BENCH_DIR:-/tmp/spe-bench-importers}/big.twcs.csv" "zendesk:${BENCH_DIR:-/tmp/spe-bench-importers}/big.zendesk.json")
LINES=${1:-1000000}
ROUNDS=${2:-2}
JAR=${JAR:-target/service-policy-evaluator.jar}
DIR=${BENCH_DIR:-/tmp/spe-bench-importers}
mkdir -p "$DIR"
python3 - "$LINES" "$DIR" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
for name, src, sep in (("big.servicenow.csv", "../shared/real-samples/servicenow-incident-events.csv", "-"),
                       ("big.nyc311.csv", "../shared/real-samples/nyc311-2013-12-25-excerpt.csv", "")):
    lines = open(src).read().split("\n")
    body = [l for l in lines[1:] if l]
    with open(f"{out}/{name}", "w") as f:
        f.write(lines[0] + "\n")
        written, rep = 0, 0
        while written < n:
            for l in body:
                if written >= n:
                    break
                key, rest = l.split(",", 1)
                f.write(f"{key}{sep}{rep:05d},{rest}\n")
                written += 1
            rep += 1
# Customer Support on Twitter: tweet ids (and the replies' references to them) moved on by a step per repetition
import csv
rows = list(csv.reader(open("../shared/real-samples/twcs-excerpt.csv", newline="")))
step = 10 ** 7
def moved(cell, rep):
    return ",".join(str(int(float(x)) + rep * step) + (".0" if x.endswith(".0") else "") for x in cell.split(",")) if cell else cell
with open(f"{out}/big.twcs.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(rows[0])
    written, rep = 0, 0
    while written < n:
        for r in rows[1:]:
            if written >= n:
                break
            w.writerow([r[0], moved(r[1], rep), r[2], r[3], r[4], r[5], moved(r[6], rep), moved(r[7], rep)])
            written += 1
        rep += 1
# Zendesk (hand-made sample, samples/real): a row is an audit's event; tickets, audits and events renumbered per repetition
import json
doc = json.load(open("samples/real/tickets.zendesk.json"))
tickets, audits, written, rep = [], [], 0, 0
while written < n:
    for t in doc.get("tickets", []):
        tickets.append(dict(t, id=t["id"] + rep * step))
    for a in doc["audits"]:
        if written >= n:
            break
        events = [dict(e, id=e["id"] + rep * step) for e in a["events"][:n - written]]
        tid = a.get("ticket_id")
        audits.append(dict(a, id=a["id"] + rep * step, events=events, **({"ticket_id": tid + rep * step} if isinstance(tid, int) else {})))
        written += len(events)
    rep += 1
with open(f"{out}/big.zendesk.json", "w") as f:
    f.write('{"tickets": [\n' + ",\n".join(json.dumps(t) for t in tickets) + '\n], "audits": [\n'
            + ",\n".join(json.dumps(a) for a in audits) + "\n]}\n")
PY
java -jar "$JAR" generate --interactions $((LINES / 5 + 1000)) --seed 7 --out "$DIR/gen" >/dev/null 2>&1
head -n "$LINES" "$DIR/gen/events.jsonl" > "$DIR/ours.jsonl"
[ "${PREPARE_ONLY:-}" = 1 ] && exit 0 # the inputs only (bench/importers-ab.sh)
for round in $(seq 1 "$ROUNDS"); do
  for spec in "$DIR/ours.jsonl" "${IMPORTERS[@]}"; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "round=$round input=${spec##*/} load=[$load] $(java -jar "$JAR" read --events "$spec" 2>/dev/null | tail -1)"
  done
done
