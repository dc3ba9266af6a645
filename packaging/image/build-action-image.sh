#!/usr/bin/env bash
# Builds the DigitWhisk action image and optionally pushes it. One build recipe, the action-server's
# own (action-server/Dockerfile, action-server/image/*, the -Pjib profile); this script only picks
# the tool the machine has:
#   - podman (this project's build machines, no registry): the local base from
#     action-server/image/build-local-base.sh, then the Dockerfile with --pull=never;
#   - docker: the Dockerfile from the real eclipse-temurin:21-jre base;
#   - neither: Jib (daemonless) straight to the registry named with --push.
# usage: packaging/image/build-action-image.sh [--push REGISTRY/USER/IMAGE:TAG] [--tag TAG]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
push=""
tag="localhost/digitwhisk-action:0.1.0"
while [ $# -gt 0 ]; do
  case "$1" in
    --push) push=${2:?--push needs REGISTRY/USER/IMAGE:TAG}; shift 2 ;;
    --tag) tag=${2:?--tag needs a tag}; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
image_ref=${push:-$tag}
if [[ "$image_ref" != *:* || "$image_ref" == *:latest ]]; then
  echo "warning: '$image_ref' has no version tag; OpenWhisk pulls untagged/latest images on every container start" >&2
fi

cd "$root"
. scripts/java-home.sh
./mvnw -B -q -ntp -DskipTests install -pl action-server -am

if command -v podman >/dev/null 2>&1; then
  built=$(action-server/image/build-image.sh "$tag")
  if [ -n "$push" ]; then
    . action-server/image/podman-env.sh
    podman tag "$built" "$push"
    podman push "$push"
  fi
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  docker build -t "$tag" -f action-server/Dockerfile action-server
  if [ -n "$push" ]; then docker tag "$tag" "$push" && docker push "$push"; fi
elif [ -n "$push" ]; then
  ./mvnw -B -ntp -pl action-server -Pjib package jib:build -DskipTests -Djib.to.image="$push"
else
  echo "neither podman nor a running docker engine here; pass --push to build with Jib straight to a registry" >&2
  exit 1
fi
echo "action image: ${push:-$tag}"
