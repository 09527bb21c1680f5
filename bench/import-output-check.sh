#!/bin/bash
# Issue #16: whether two builds import alike. Usage, from the project's top folder:
#   bench/import-output-check.sh BASE.jar NEW.jar [big]
# Runs `import` with each jar on every real sample (samples/real and ../shared/real-samples, NYC 311 also through the
# generic mapping) and on odd inputs it makes under $W (default /tmp/spe-import-check): NYC 311 cells with U+0000,
# surrogates and texts over the contract's limits; twcs handles with U+0000, ids with leading zeros, Arabic-Indic
# digits, 19+ digits; Zendesk created_at texts that start no year, a truncated document, and documents with escapes and
# UTF-8 in read and unread strings, -0, fractions, 19 digits, repeated keys, deep nesting, bad UTF-8, a trailing comma
# and blanks of every kind. With "big", also the 1M-row inputs of bench/importers-ab.sh. Prints per input whether the
# events, the findings, stderr (rejections and accounting) and the exit code are the same, then fail=0 or fail=1.
# The importer rounds' results are in bench/results/import-output-check-*.txt; earlier rounds ran earlier copies of
# this script (in git history beside their results).
BASE=$1; NEW=$2
W=${W:-/tmp/spe-import-check}
mkdir -p $W/mapped $W/odd
cp samples/real/requests-2013-12-25.nyc311.csv $W/mapped/req2013.csv
cp ../shared/real-samples/nyc311-2022-05-01-hour.csv $W/mapped/hour2022.csv
for m in req2013 hour2022 odd311 big; do cp docs/importers/nyc311.mapping.yaml $W/mapped/$m.mapping.yaml; done
python3 - "$W" <<'PY'
import sys, random
W = sys.argv[1]; r = random.Random(10)
# NYC 311 through the built-in and the generic mapping: odd cells in the columns events read
lines = open("samples/real/requests-2013-12-25.nyc311.csv", encoding="utf-8").read().split("\n")
head, rows = lines[0], [l for l in lines[1:] if l]
odd = ["NY\x00PD", "\x00", "DOB\x00", "x" * 600, "\U0001F600" * 300, "\U0001F600" * 513, "é" * 513, "Agency \U0001F600"]
out = [head]
for i, row in enumerate(rows):
    cells = row.split(",")
    if len(cells) > 5 and '"' not in row and r.random() < 0.5:
        k = r.choice([0, 3, 5])  # Unique Key, Agency, Complaint Type
        cells[k] = r.choice(odd) + ("" if k else str(i))
        row = ",".join(cells)
    out.append(row)
for name in ("odd.nyc311.csv", "mapped/odd311.csv"):
    open(f"{W}/{name}" if "/" in name else f"{W}/odd/{name}", "w", encoding="utf-8", newline="").write("\n".join(out) + "\n")
# twcs: odd handles, ids with leading zeros, Unicode digits, 19 digits
lines = open("../shared/real-samples/twcs-excerpt.csv", encoding="utf-8").read().split("\n")
out = [lines[0]]
for i, row in enumerate(l for l in lines[1:] if l):
    cells = row.split(",")
    if '"' not in row and len(cells) == 8 and r.random() < 0.3:
        c = r.random()
        if c < 0.3:
            cells[2] = r.choice(["sprint\x00care", "1157\x0012", "a" * 600, "\U0001F600" * 300, "\U0001F600" * 600])
        elif c < 0.6:
            cells[1] = r.choice(["0" + cells[1], "١" + cells[1], cells[1] + "000000000000000000", cells[1] + ".0"])
        else:
            cells[7] = r.choice(["0" + cells[7], "", "99999999999999999999", "١٢"])
        row = ",".join(cells)
    out.append(row)
open(f"{W}/odd/odd.twcs.csv", "w", encoding="utf-8", newline="").write("\n".join(out) + "\n")
# Zendesk: created_at texts of every kind
text = open("samples/real/tickets.zendesk.json", encoding="utf-8").read()
for n, t in enumerate(["yesterday", "", " 2026-03-02T09:00:00Z", "+2026-03-02T09:00:00Z", "-2026-03-02T09:00:00Z",
                       "2026-03-02T09:00:00+01:00", "T", "x" * 80, "\u0661026-03-02T09:00:00Z", "2026-02-30T09:00:00Z"]):
    open(f"{W}/odd/created{n}.zendesk.json", "w", encoding="utf-8").write(text.replace("2026-03-02T09:00:00Z", t, 3))
open(f"{W}/odd/truncated.zendesk.json", "w", encoding="utf-8").write(text[: len(text) // 2])
# Zendesk, for the byte reading of audits: one change of the sample per document, and all of them in one
subs = [("\"value\": \"open\"", "\"value\": \"op\\u0065n\""), ("\"author_id\": 20001", "\"author_id\": -0"),
        ("\"ticket_id\": 35436", "\"ticket_id\": 35436.0"), ("\"ticket_id\": 35437", "\"ticket_id\": 1234567890123456789"),
        ("\"type\": \"Change\"", "\"type\": \"Change\", \"type\": \"Create\""), ("since this morning.", "since this morning: \u00e9t\u00e9 \\\" \\n caf\u00e9 日本 😀"),
        ("\"recipients\": [20001]", "\"recipients\": [20001, -0, 1.5e-3, [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
        ("\"public\": true", "\"public\": \"true\""), ("\"via\": {\"channel\": \"web\"}", "\"via\" :\t{ \"channel\"\r\n: \"web\" }"),
        ("\"channel\": \"email\"", "\"channel\": \"em\u0061il\""), ("\"id\": 9002", "\"id\": 09002"),
        ("\"previous_value\": \"new\"}", "\"previous_value\": \"new\",}"), ("\"author_id\": 30001}", "\"author_id\": 30001, \"x\": tru}")]
for n, (a, b) in enumerate(subs):
    open(f"{W}/odd/bytes{n}.zendesk.json", "w", encoding="utf-8").write(text.replace(a, b, 1))
allsubs = text
for a, b in subs[:10]:
    allsubs = allsubs.replace(a, b, 1)
open(f"{W}/odd/bytesall.zendesk.json", "w", encoding="utf-8").write(allsubs)
raw = text.encode("utf-8").replace(b"Works again", b"Works \xc3\x28 again", 1)  # bad UTF-8 in an unread string
open(f"{W}/odd/badutf8.zendesk.json", "wb").write(raw)
PY
list=(
 "servicenow samples/real/incidents.servicenow.csv"
 "nyc311 samples/real/requests-2013-12-25.nyc311.csv"
 "nyc311 samples/real/requests-2022-05-01.nyc311.csv"
 "mapped $W/mapped/req2013.csv"
 "zendesk samples/real/tickets.zendesk.json"
 "twcs samples/real/tweets.twcs.csv"
 "servicenow ../shared/real-samples/servicenow-incident-events.csv"
 "nyc311 ../shared/real-samples/nyc311-2013-12-25-excerpt.csv"
 "nyc311 ../shared/real-samples/nyc311-2022-05-01-hour.csv"
 "mapped $W/mapped/hour2022.csv"
 "twcs ../shared/real-samples/twcs-excerpt.csv"
 "mapped $W/mapped/odd311.csv"
)
for f in $W/odd/*; do [ -f "$f" ] && list+=("$(basename "$f" | cut -d. -f2) $f"); done
if [ "$3" = big ]; then
 B=/tmp/spe-bench-importers
 ln -sf $B/big.nyc311.csv $W/mapped/big.csv
 list+=("servicenow $B/big.servicenow.csv" "nyc311 $B/big.nyc311.csv" "mapped $W/mapped/big.csv" "twcs $B/big.twcs.csv" "zendesk $B/big.zendesk.json" "jsonl $B/ours.jsonl")
fi
fail=0
same() { # both absent (the import failed before writing) or byte-identical
  { [ ! -e "$1" ] && [ ! -e "$2" ]; } || cmp -s "$1" "$2"
}
for item in "${list[@]}"; do
  set -- $item; from=$1; f=$2
  rm -f $W/out-*.jsonl $W/find-*.jsonl
  for j in base new; do
    jar=$BASE; [ $j = new ] && jar=$NEW
    java -jar $jar import --from "$from" --input "$f" --output $W/out-$j.jsonl --findings $W/find-$j.jsonl 2>$W/err-$j.txt; echo "rc=$?" >> $W/err-$j.txt
  done
  r="same"
  same $W/out-base.jsonl $W/out-new.jsonl || r="EVENTS DIFFER"
  same $W/find-base.jsonl $W/find-new.jsonl || r="$r FINDINGS DIFFER"
  cmp -s $W/err-base.txt $W/err-new.txt || r="$r STDERR DIFFER"
  [ "$r" = same ] || fail=1
  echo "$from $f: $r $(tail -1 $W/err-new.txt) (events $(cat $W/out-new.jsonl 2>/dev/null | wc -l), stderr $(wc -l < $W/err-new.txt) lines, findings $(cat $W/find-new.jsonl 2>/dev/null | wc -l)) $(tail -2 $W/err-new.txt | head -1 | cut -c1-100)"
done
echo "fail=$fail"
