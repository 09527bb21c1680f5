#!/bin/sh
# Service benchmark on loopback. Start the service first, e.g.:
#   java -Xmx1g -jar target/service-policy-evaluator.jar serve --spring.profiles.active=dev \
#        --server.port=18080 > /tmp/svc-bench.log 2>&1 &
# then: bench/service.sh [seconds]   (the machine is shared: keep runs short)
set -e
cd "$(dirname "$0")"
S=${1:-20}
URL=http://127.0.0.1:18080
export KEY=dev-evaluate-key-CHANGE-ME-02
python3 make-requests.py
echo "== warm-up"; BODY=one-interaction.json wrk -t2 -c8 -d10s -s post.lua $URL/api/v1/evaluations > /dev/null
BODY=thousand-events.json wrk -t1 -c2 -d5s -s post.lua $URL/api/v1/evaluations > /dev/null
echo "== baseline: GET /actuator/health, saturation"; wrk -t2 -c16 -d${S}s --latency $URL/actuator/health | grep -E 'Requests/sec|Non-2xx|50%|99%'
echo "== baseline: empty evaluation, saturation"; BODY=empty.json wrk -t2 -c16 -d${S}s -s post.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
echo "== one interaction, saturation"; BODY=one-interaction.json wrk -t2 -c16 -d${S}s -s post.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
echo "== 1,000 events, saturation"; BODY=thousand-events.json wrk -t2 -c4 -d${S}s -s post.lua $URL/api/v1/evaluations | grep -E 'Requests/sec|p50'
echo "== one interaction at a fixed 1,000 req/s for 60 s (open loop)"
java RateBench.java $URL/api/v1/evaluations one-interaction.json $KEY 1000 60
