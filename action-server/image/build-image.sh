#!/usr/bin/env bash
# Builds the action image with podman, here, without a registry: the local base first (cached),
# then the Dockerfile with --pull=never. Run `./mvnw -pl action-server package` before.
# usage: image/build-image.sh [TAG]   (default localhost/digitwhisk-action:dev; prints the tag)
# env: BASE (an existing base image; default: the one build-local-base.sh makes)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$here")
. "$here/podman-env.sh"
TAG=${1:-localhost/digitwhisk-action:dev}
[ -f "$module/target/image/app.jar" ] || { echo "no target/image/app.jar: run ./mvnw -pl action-server package first" >&2; exit 1; }
BASE=${BASE:-$("$here/build-local-base.sh")}
podman build --pull=never --build-arg "BASE=$BASE" -t "$TAG" -f "$module/Dockerfile" "$module" >&2
echo "$TAG"
