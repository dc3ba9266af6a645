#!/usr/bin/env bash
# Cold start, ours vs the peer (the original recipe's action): process start -> first POST /run
# answered with a digit, runs alternating between the two so machine load hits both alike. Ours runs as the image runs it: the
# image jar, ONNX Runtime natives unpacked at build time, the JVM flags of image/jvm.args and an AOT
# cache (JDK 25) / AppCDS archive (JDK 21-24) recorded by a training run first.
# usage: bench/cold-start.sh [RUNS=15]   (after ./mvnw -pl action-server package; from any folder)
# env: DIGITWHISK_PEERS_DIR, the peer scripts' folder (default: shared/peers beside or above the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/peers.sh
RUNS=${1:-15}
. ../scripts/java-home.sh
JAVA=$JAVA_HOME/bin/java
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export ORT_DISABLE_TELEMETRY=1
natives=target/image/unpacked/ai/onnxruntime/native/linux-x64
# The image's malloc settings (Dockerfile ENV), as the container starts with them.
tunables=$(sed -n 's/^ *GLIBC_TUNABLES=\([^ ]*\).*/\1/p' Dockerfile)
[ -n "$tunables" ] || { echo "no GLIBC_TUNABLES in the Dockerfile" >&2; exit 1; }
args=$(sed -e "s|/opt/app/natives|$PWD/$natives|" -e "s|/opt/app/model|$PWD/target/image/unpacked/dev/digitwhisk/model|" image/jvm.args | tr '\n' ' ')
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
if [ "$major" -ge 25 ]; then
  "$JAVA" $args -XX:AOTCacheOutput="$WORK/app.aot" -jar target/image/app.jar --train >/dev/null 2>&1
  cds="-XX:AOTCache=$WORK/app.aot"
else
  "$JAVA" $args -XX:ArchiveClassesAtExit="$WORK/app.jsa" -jar target/image/app.jar --train >/dev/null 2>&1
  cds="-XX:SharedArchiveFile=$WORK/app.jsa"
fi
bench/digit_png.py "$WORK/digit.png" 0 >/dev/null
/usr/bin/python3 "$PEERS/make_lenet_onnx.py" "$WORK/lenet.onnx"
echo "JDK $major; our flags: $args $cds; GLIBC_TUNABLES=$tunables"
bench/coldstart.py --runs "$RUNS" --image "$WORK/digit.png" \
  --cmd "ours=env GLIBC_TUNABLES=$tunables $JAVA $args $cds -jar target/image/app.jar" \
  --cmd "ours-lenet=env GLIBC_TUNABLES=$tunables DIGITWHISK_MODEL=$WORK/lenet.onnx $JAVA $args $cds -jar target/image/app.jar" \
  --cmd "peer=/usr/bin/python3 $PEERS/seed_action.py $WORK/lenet.onnx {port}"
