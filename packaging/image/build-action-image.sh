#!/usr/bin/env bash
# Builds the DigitWhisk action image and optionally pushes it. One build recipe, the action-server's
# own (action-server/Dockerfile, action-server/image/*); this script only picks the tool the
# machine has:
#   - podman (this project's build machines, no registry): the local base from
#     action-server/image/build-local-base.sh, then the Dockerfile with --pull=never;
#   - docker: the Dockerfile from the real eclipse-temurin:21-jre base.
# usage: packaging/image/build-action-image.sh [--push REGISTRY/USER/IMAGE:TAG] [--tag TAG] [--no-build]
#   --no-build: use action-server/target/image as it is (after ./mvnw -pl action-server package)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
push=""
build=true
tag="localhost/digitwhisk-action:0.1.0"
while [ $# -gt 0 ]; do
  case "$1" in
    --push) push=${2:?--push needs REGISTRY/USER/IMAGE:TAG}; shift 2 ;;
    --tag) tag=${2:?--tag needs a tag}; shift 2 ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
image_ref=${push:-$tag}
if [[ "$image_ref" != *:* || "$image_ref" == *:latest ]]; then
  echo "warning: '$image_ref' has no version tag; OpenWhisk pulls untagged/latest images on every container start" >&2
fi

cd "$root"
. scripts/java-home.sh
if [ "$build" = true ]; then
  # action-server and the model it depends on; target/image gets the jar and ORT's linux-x64 natives.
  ./mvnw -B -q -ntp -DskipTests package -pl action-server -am
fi
[ -f action-server/target/image/app.jar ] || { echo "no action-server/target/image/app.jar: build without --no-build" >&2; exit 1; }

if command -v podman >/dev/null 2>&1; then
  built=$(action-server/image/build-image.sh "$tag")
  . action-server/image/podman-env.sh
  echo "image size: $(podman image inspect "$built" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}')" >&2
  if [ -n "$push" ]; then
    podman tag "$built" "$push"
    podman push "$push"
  fi
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  docker build -t "$tag" -f action-server/Dockerfile action-server
  if [ -n "$push" ]; then docker tag "$tag" "$push" && docker push "$push"; fi
else
  echo "neither podman nor a running docker engine here: the Dockerfile needs one of them" >&2
  exit 1
fi
echo "action image: ${push:-$tag}"
