#!/usr/bin/env bash
# Brings up MinIO + OpenWhisk standalone from compose.yaml, waits until both answer and minio-init
# has made the bucket and the client key, then runs the one deploy step — the DigitWhisk command
# line's `digitwhisk deploy` (OpenWhisk REST API, no wsk needed) — and prints the client settings.
# usage: ./deploy.sh            env: DIGITWHISK (the command line; default: digitwhisk on PATH),
#                                    OPENWHISK_AUTH (uuid:key; default: standalone's guest key)
set -euo pipefail
cd "$(dirname "$0")"
[ -f .env ] || { echo "Copy .env.example to .env and change every CHANGE-ME first." >&2; exit 2; }
if grep -q 'CHANGE-ME' .env; then echo ".env still has CHANGE-ME values: change them first." >&2; exit 2; fi
chmod 600 .env
set -a; . ./.env; set +a

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
wait_for OpenWhisk "http://127.0.0.1:3233/ping"
init=$("${compose[@]}" ps -q minio-init)
[ "$(docker wait "$init")" = "0" ] || { "${compose[@]}" logs minio-init >&2; echo "minio-init failed" >&2; exit 1; }

# Standalone OpenWhisk bootstraps the guest namespace with its well-known development key: fine on
# loopback, replace it (README.md, "Firewall and TLS") before the API is reachable from elsewhere.
OW_AUTH=${OPENWHISK_AUTH:-23bc46b1-71f6-4ed5-8c54-816aa4f8c502:123zO3xZCLrMN6v2BKK1dXYFpXlPkccOFqm12CdAsMgRU4VrNZ9lyGVCGuMDGIwP}
DIGITWHISK=${DIGITWHISK:-digitwhisk}
"$DIGITWHISK" deploy --apihost "http://127.0.0.1:3233" --auth "$OW_AUTH" --namespace guest \
  --action mnist --image "$DIGITWHISK_ACTION_IMAGE" --memory 256 --timeout 60 --web

cat <<SETTINGS
Client settings (the app's Settings, or the environment for the command line):
  DIGITWHISK_ENDPOINT=$DIGITWHISK_PUBLIC_ENDPOINT
  DIGITWHISK_ACCESS_KEY=$DIGITWHISK_ACCESS_KEY
  DIGITWHISK_SECRET_KEY=<DIGITWHISK_SECRET_KEY from .env>
  DIGITWHISK_BUCKET=$DIGITWHISK_BUCKET
  DIGITWHISK_APIHOST=http://127.0.0.1:3233  DIGITWHISK_NAMESPACE=guest  DIGITWHISK_ACTION=mnist
Then: digitwhisk doctor && digitwhisk classify some-digit.png
SETTINGS
