#!/bin/bash
# usage: check.sh NEWJAR [big]   -- compares import outputs of /tmp/base.jar and NEWJAR
cd /work/wt-import8
NEW=$1
M=docs/importers/nyc311.mapping.yaml
list=(
 "servicenow samples/real/incidents.servicenow.csv"
 "nyc311 samples/real/requests-2013-12-25.nyc311.csv"
 "nyc311 samples/real/requests-2022-05-01.nyc311.csv"
 "mapped /tmp/i8/mapped/req2013.csv"
 "zendesk samples/real/tickets.zendesk.json"
 "twcs samples/real/tweets.twcs.csv"
 "servicenow ../shared/real-samples/servicenow-incident-events.csv"
 "nyc311 ../shared/real-samples/nyc311-2013-12-25-excerpt.csv"
 "nyc311 ../shared/real-samples/nyc311-2022-05-01-hour.csv"
 "mapped /tmp/i8/mapped/hour2022.csv"
 "twcs ../shared/real-samples/twcs-excerpt.csv"
)
if [ "$2" = big ]; then
 B=/tmp/spe-bench-importers
 list+=("servicenow $B/big.servicenow.csv" "nyc311 $B/big.nyc311.csv" "mapped /tmp/i8/mapped/big.csv" "twcs $B/big.twcs.csv" "zendesk $B/big.zendesk.json")
fi
fail=0
for item in "${list[@]}"; do
  set -- $item; from=$1; f=$2
  rm -f /tmp/i8/out-*.jsonl /tmp/i8/find-*.jsonl
  for j in base new; do
    jar=/tmp/base.jar; [ $j = new ] && jar=$NEW
    java -jar $jar import --from "$from" --input "$f" --output /tmp/i8/out-$j.jsonl --findings /tmp/i8/find-$j.jsonl 2>/tmp/i8/err-$j.txt; echo "rc=$?" >> /tmp/i8/err-$j.txt
  done
  r="same"
  cmp -s /tmp/i8/out-base.jsonl /tmp/i8/out-new.jsonl || r="EVENTS DIFFER"
  cmp -s /tmp/i8/find-base.jsonl /tmp/i8/find-new.jsonl || r="$r FINDINGS DIFFER"
  cmp -s /tmp/i8/err-base.txt /tmp/i8/err-new.txt || r="$r STDERR DIFFER"
  [ "$r" = same ] || fail=1
  echo "$from $f: $r $(tail -1 /tmp/i8/err-new.txt) (events $(wc -l < /tmp/i8/out-new.jsonl), stderr $(wc -l < /tmp/i8/err-new.txt) lines, findings $(wc -l < /tmp/i8/find-new.jsonl)) $(tail -2 /tmp/i8/err-new.txt | head -1 | cut -c1-100)"
done
echo "fail=$fail"
