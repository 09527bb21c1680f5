#!/bin/bash
# paired.sh N "specs" BASE NEW: N pairs, order alternating, read seconds and cpu
N=$1; SPECS=$2; A=$3; Bj=$4
for r in $(seq 1 $N); do for spec in $SPECS; do
  if [ $((r % 2)) = 1 ]; then order="$A $Bj"; else order="$Bj $A"; fi
  for jar in $order; do
    out=$(/usr/bin/time -f 'cpu=%U+%S' java -jar $jar read --events "$spec" 2>/tmp/i13/p.err | tail -1)
    echo "pair=$r jar=$(basename $jar) input=${spec%%:*} load=$(cut -d' ' -f1 /proc/loadavg) $(echo $out | grep -o 'seconds=[0-9.]*') $(tail -1 /tmp/i13/p.err)"
  done
done; done
