#!/bin/sh
# Builds the service's image and checks that it runs (issue #18; CI runs it, see .ci/run): the base image from
# Debian's packages when missing (base-image.sh), the image from the Dockerfile on it, then the container is started
# and must answer 200 UP on /actuator/health, report healthy by its own HEALTHCHECK, and run as a user that is not
# root. Needs podman, root, and the jar (mvn -DskipTests package). Exits non-zero, with the container's log, if not.
#   container/check.sh                 (SPE_PORT: the port to try, default 18093)
#
# Podman options for a sandbox like ours (set PODMAN_OPTS / PODMAN_RUN_OPTS to replace them elsewhere):
# - runc rather than crun: crun refuses cgroups in hybrid mode (v1 controllers with one left on v2);
# - explicit ulimits: podman's defaults (1,048,576 open files) exceed the hard limits of a process without
#   CAP_SYS_RESOURCE, and the runtime then fails with "setrlimit ... operation not permitted".
set -eu
cd "$(dirname "$0")/.."
base=${SPE_BASE_IMAGE:-localhost/spe-base:bookworm}
image=localhost/service-policy-evaluator:check
port=${SPE_PORT:-18093}
podman_opts=${PODMAN_OPTS:---runtime runc}
run_opts=${PODMAN_RUN_OPTS:---ulimit nofile=16384:16384 --ulimit nproc=8192:8192}
name=spe-check-$$
[ -f target/service-policy-evaluator.jar ] || { echo "no target/service-policy-evaluator.jar: mvn -DskipTests package first" >&2; exit 1; }

SPE_BASE_IMAGE=$base container/base-image.sh
# docker format: the OCI format has no HEALTHCHECK
podman $podman_opts build $run_opts --format docker --build-arg BASE="$base" -t "$image" .

cleanup() { podman $podman_opts rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT
# the service's port 8080 (the one its HEALTHCHECK asks) published on the host's loopback; a throw-away admin key
podman $podman_opts run -d $run_opts --name "$name" -p "127.0.0.1:$port:8080" \
    -e EVALUATOR_SECURITY_APIKEYS_0_NAME=check -e EVALUATOR_SECURITY_APIKEYS_0_KEY="$(od -An -N18 -tx1 /dev/urandom | tr -d " \n")" \
    -e EVALUATOR_SECURITY_APIKEYS_0_ROLES=admin \
    "$image" >/dev/null

fail() {
    echo "container check FAILED: $1" >&2
    podman $podman_opts logs "$name" 2>&1 | tail -n 40 >&2
    exit 1
}
health=""
for _ in $(seq 1 180); do # the service starts in 10-60 s on a loaded 2-core machine
    health=$(curl -s --max-time 2 "http://127.0.0.1:$port/actuator/health" || true)
    case "$health" in *'"status":"UP"'*) break ;; esac
    [ "$(podman $podman_opts inspect -f '{{.State.Running}}' "$name")" = true ] || fail "the container stopped"
    sleep 1
done
case "$health" in *'"status":"UP"'*) ;; *) fail "no UP from /actuator/health on port $port: $health" ;; esac
user=$(podman $podman_opts exec "$name" id -un)
[ "$user" = evaluator ] || fail "runs as $user, not evaluator"
[ "$(podman image inspect -f '{{.Config.User}}' "$image")" = evaluator ] || fail "the image's user is not evaluator"
podman image inspect -f '{{.Config.Healthcheck.Test}}' "$image" | grep -q actuator/health || fail "no HEALTHCHECK in the image"
# no systemd here to schedule it: run the image's HEALTHCHECK once by hand
podman $podman_opts healthcheck run "$name" || fail "the image's HEALTHCHECK reports unhealthy"
echo "container check: $image answers UP on /actuator/health as user $user, its HEALTHCHECK passes"
