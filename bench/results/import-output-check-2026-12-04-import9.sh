#!/bin/bash
# usage: import-output-check-2026-12-04-import9.sh BASEJAR NEWJAR [big]  -- compares `import` outputs of two jars
# (events, findings, stderr incl. rejections and accounting, exit code), from the worktree's top folder.
BASE=$1; NEW=$2
W=/tmp/i9
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
)
for f in $W/odd/*; do [ -f "$f" ] && list+=("$(basename "$f" | cut -d. -f2) $f"); done
if [ "$3" = big ]; then
 B=/tmp/import9-bench
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
