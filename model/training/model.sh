#!/usr/bin/env bash
# Runs the training tool: ./model/training/model.sh train [--epochs N] [--out DIR] ... | evaluate [--model F] ...
# Builds the module (tests skipped), resolves its classpath from ~/.m2 and runs it with DJL fully offline:
# PyTorch natives come from the pytorch-native-cpu jar and unpack into model/training/target/djl-cache.
set -euo pipefail
caller="$PWD"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
if [ -f scripts/java-home.sh ]; then . scripts/java-home.sh; fi
offline=""
if [ "${DIGITWHISK_MAVEN_OFFLINE:-1}" = "1" ]; then offline="-o"; fi
./mvnw -B -q -ntp $offline -pl model/training -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt >/dev/null
cd "$here"
# Run from a private copy of the classes so rebuilding the module cannot change a long run under its feet.
run_dir="$(mktemp -d "$here/target/run-classes.XXXXXX")"
cp -r target/classes/. "$run_dir/"
classpath="$run_dir:$(cat target/classpath.txt)"
cd "$caller"
cache="$here/target/djl-cache"
export DJL_OFFLINE=true OPT_OUT_TRACKING=true DJL_CACHE_DIR="$cache" ENGINE_CACHE_DIR="$cache"
. "$root/scripts/onnxruntime-env.sh"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx6g -Dai.djl.offline=true -DOPT_OUT_TRACKING=true \
  -DDJL_CACHE_DIR="$cache" -DENGINE_CACHE_DIR="$cache" -Djava.awt.headless=true \
  -cp "$classpath" dev.digitwhisk.model.training.Main "$@"
