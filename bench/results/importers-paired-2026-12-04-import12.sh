#!/bin/bash
# paired alternating runs: INPUT spec, N pairs; prints read seconds and CPU of each
spec=$1; n=$2
for i in $(seq 1 $n); do
  for j in base new; do
    jar=/tmp/import12-base.jar; [ $j = new ] && jar=/tmp/i12-final.jar
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(flock /tmp/bench.lock /usr/bin/time -f 'cpu=%U+%S' java -jar $jar read --events "$spec" 2>/tmp/i12/time.txt | tail -1)
    s=$(echo "$out" | grep -o 'seconds=[0-9.]*' | cut -d= -f2)
    cpu=$(tail -1 /tmp/i12/time.txt | sed -E 's/cpu=([0-9.]+)\+([0-9.]+)/\1 \2/' | awk '{printf "%.1f", $1+$2}')
    echo "pair=$i jar=$j input=${spec%%:*} load=$load read_seconds=$s cpu=$cpu"
  done
done
