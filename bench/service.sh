#!/bin/sh
# Service benchmark on loopback. Start the service first, e.g.:
#   java -Xmx1g -jar target/service-policy-evaluator.jar serve --spring.profiles.active=dev \
#        --server.port=18080 > /tmp/svc-bench.log 2>&1 &
# then: bench/service.sh [seconds per measurement, default 60] [warm-up seconds, default 120]
# Needs wrk (Debian package). The JIT needs minutes on 2 cores: a short warm-up measures the compiler.
set -e
cd "$(dirname "$0")"
S=${1:-60}
W=${2:-120}
URL=http://127.0.0.1:18080
export KEY=dev-evaluate-key-CHANGE-ME-02
python3 make-requests.py
echo "== warm-up (${W}s + 20s)"
BODY=one-interaction.json wrk -t2 -c8 -d${W}s -s post.lua $URL/api/v1/evaluations > /dev/null
BODY=thousand-events.json wrk -t1 -c2 -d20s -s post.lua $URL/api/v1/evaluations > /dev/null
echo "== baseline: GET /actuator/health, saturation"; wrk -t2 -c16 -d${S}s --latency $URL/actuator/health | grep -E 'Requests/sec|Non-2xx|50%|99%'
echo "== baseline: empty evaluation, saturation"; BODY=empty.json wrk -t2 -c16 -d${S}s -s post.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
echo "== one interaction, saturation"; BODY=one-interaction.json wrk -t2 -c8 -d${S}s -s post.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
echo "== 1,000 events, saturation"; BODY=thousand-events.json wrk -t2 -c4 -d${S}s -s post.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
for i in 1 2 3; do
  echo "== one interaction at ~1,000 req/s (wrk, 20 connections pausing 19 ms), run $i"
  BODY=one-interaction.json PAUSE_MS=19 wrk -t2 -c20 -d${S}s -s paced.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
done
echo "== baseline at ~1,000 req/s: empty evaluation"
BODY=empty.json PAUSE_MS=19 wrk -t2 -c20 -d${S}s -s paced.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
echo "== one interaction at exactly 1,000 req/s, open loop (Java client, 20 s client warm-up)"
java RateBench.java $URL/api/v1/evaluations one-interaction.json $KEY 1000 $S 20
