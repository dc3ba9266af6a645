#!/usr/bin/env bash
# Brings up MinIO + OpenWhisk standalone from compose.yaml, waits until both answer and minio-init
# has made the bucket and the client key, pre-pulls the action image, then runs the one deploy step
# — the DigitWhisk command line's `digitwhisk deploy` (OpenWhisk REST API, no wsk needed) — and
# prints the client settings. With --apihost it runs only the deploy step, against a controller
# that is already running.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'USAGE'
usage: ./deploy.sh [--apihost URL] [--no-pull]
  (no option)     start MinIO and OpenWhisk standalone (compose.yaml, settings in .env), wait for
                  both, pre-pull the action image, deploy the action, print the client settings
  --apihost URL   deploy to the OpenWhisk controller already running at URL: compose is not started
                  and nothing is pre-pulled here (pull on the invoker's host); .env is read if present
  --no-pull       skip the pre-pull
  --help          this text
environment (each optional):
  DIGITWHISK                 the command line (default: digitwhisk on PATH)
  DIGITWHISK_ACTION_IMAGE    the action image (default: from .env)
  DIGITWHISK_ACTION_MEMORY   memory limit, 128MB..512MB (default 256MB)
  DIGITWHISK_ACTION_TIMEOUT  time limit with its unit, 100ms..300s (default 60s)
  OPENWHISK_AUTH             uuid:key (default: standalone's guest key)
  OPENWHISK_NAMESPACE        (default: guest)
USAGE
}

apihost=""
pull=true
while [ $# -gt 0 ]; do
  case "$1" in
    --apihost) [ $# -ge 2 ] || { echo "--apihost needs a URL" >&2; exit 2; }; apihost=$2; shift 2 ;;
    --apihost=*) apihost=${1#--apihost=}; shift ;;
    --no-pull) pull=false; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# A value set in the environment wins over .env for the image, so one .env serves several versions.
image=${DIGITWHISK_ACTION_IMAGE:-}
if [ -z "$apihost" ]; then
  [ -f .env ] || { echo "Copy .env.example to .env and change every CHANGE-ME first." >&2; exit 2; }
  if grep -q 'CHANGE-ME' .env; then echo ".env still has CHANGE-ME values: change them first." >&2; exit 2; fi
  chmod 600 .env
fi
if [ -f .env ]; then set -a; . ./.env; set +a; fi
image=${image:-${DIGITWHISK_ACTION_IMAGE:-}}
case "$image" in
  ''|*CHANGE-ME*) echo "Set DIGITWHISK_ACTION_IMAGE (in .env or the environment) to the pushed action image." >&2; exit 2 ;;
esac

if [ -z "$apihost" ]; then
  apihost="http://127.0.0.1:3233"
  if docker compose version >/dev/null 2>&1; then compose=(docker compose); else compose=(docker-compose); fi
  "${compose[@]}" up -d

  wait_for() {  # NAME URL: up to 3 minutes
    for _ in $(seq 1 90); do
      if curl -fs -o /dev/null "$2"; then echo "$1 is up"; return 0; fi
      sleep 2
    done
    echo "$1 did not answer at $2 within 3 minutes; see: ${compose[*]} logs" >&2
    exit 1
  }
  wait_for MinIO "http://127.0.0.1:9000/minio/health/live"
  wait_for OpenWhisk "$apihost/ping"
  init=$("${compose[@]}" ps -q minio-init)
  [ "$(docker wait "$init")" = "0" ] || { "${compose[@]}" logs minio-init >&2; echo "minio-init failed" >&2; exit 1; }

  if $pull; then
    # The invoker runs `docker pull` with the openwhisk container's own docker CLI (its login, the
    # host's engine through the socket) on every cold start, and when the pull of a version tag
    # fails it quietly runs whatever older copy the engine has. Pulling the same way here shows a
    # missing login or a wrong tag now, not as a stale action later.
    echo "Pre-pulling $image with the OpenWhisk container's docker, as its invoker pulls it on every cold start"
    if ! "${compose[@]}" exec -T openwhisk docker pull "$image"; then
      echo "The OpenWhisk container could not pull $image. For a private registry, log that container in:" >&2
      echo "  ${compose[*]} exec openwhisk docker login <registry>   (README.md, \"Registry credentials\")" >&2
      exit 1
    fi
  fi
elif $pull; then
  echo "Not pre-pulling $image: the controller at $apihost pulls on its own invoker's host."
fi

# Standalone OpenWhisk bootstraps the guest namespace with its well-known development key: fine on
# loopback, replace it (README.md, "Firewall and TLS") before the API is reachable from elsewhere.
OW_AUTH=${OPENWHISK_AUTH:-23bc46b1-71f6-4ed5-8c54-816aa4f8c502:123zO3xZCLrMN6v2BKK1dXYFpXlPkccOFqm12CdAsMgRU4VrNZ9lyGVCGuMDGIwP}
namespace=${OPENWHISK_NAMESPACE:-guest}
DIGITWHISK=${DIGITWHISK:-digitwhisk}
"$DIGITWHISK" deploy --apihost "$apihost" --auth "$OW_AUTH" --namespace "$namespace" \
  --action mnist --image "$image" --memory "${DIGITWHISK_ACTION_MEMORY:-256MB}" \
  --timeout "${DIGITWHISK_ACTION_TIMEOUT:-60s}" --web

echo "Client settings (the app's Settings, or the environment for the command line):"
if [ -n "${DIGITWHISK_PUBLIC_ENDPOINT:-}" ]; then
  cat <<SETTINGS
  DIGITWHISK_ENDPOINT=$DIGITWHISK_PUBLIC_ENDPOINT
  DIGITWHISK_ACCESS_KEY=${DIGITWHISK_ACCESS_KEY:-}
  DIGITWHISK_SECRET_KEY=<DIGITWHISK_SECRET_KEY from .env>
  DIGITWHISK_BUCKET=${DIGITWHISK_BUCKET:-mnist}
SETTINGS
fi
cat <<SETTINGS
  DIGITWHISK_APIHOST=$apihost  DIGITWHISK_NAMESPACE=$namespace  DIGITWHISK_ACTION=mnist
Then: digitwhisk doctor && digitwhisk classify some-digit.png
SETTINGS
