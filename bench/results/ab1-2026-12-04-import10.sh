#!/bin/bash
# usage: ab1.sh SPEC N JAR...  -> per jar: read seconds and cpu per run
SPEC=$1; N=$2; shift 2
for i in $(seq 1 $N); do
  for jar in "$@"; do
    out=$(/usr/bin/time -f 'cpu=%U+%S' java -jar $jar read --events $SPEC 2>/tmp/i10/ab1.err | tail -1)
    s=$(echo "$out" | grep -o 'seconds=[0-9.]*' | cut -d= -f2)
    c=$(tail -1 /tmp/i10/ab1.err | sed -E 's/cpu=([0-9.]+)\+([0-9.]+)/\1 \2/' | awk '{printf "%.2f", $1+$2}')
    echo "$(basename $jar) $s $c"
  done
done | awk '{s[$1]=s[$1]" "$2; c[$1]=c[$1]" "$3} END {for (j in s) print j, "secs:" s[j], " cpu:" c[j]}'
