#!/usr/bin/env bash
# Reading an 8-digit number vs one digit through /run, side by side in one run: one action process
# (the shipped model, the image's heap and GC), one loopback store, the two requests alternating.
# usage: bench/number-vs-digit.sh [REQUESTS=200]   (after ./mvnw -pl action-server -am package -DskipTests)
# needs: a JDK 21+ in $JAVA_HOME or on the path, the MNIST test files (DIGITWHISK_MNIST_DIR or shared/data/mnist).
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-200}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
. ../scripts/onnxruntime-env.sh
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
PORT=$PORT DIGITWHISK_BIND=127.0.0.1 \
  "$JAVA" ${ACTION_JAVA_OPTS:--XX:+UseSerialGC -Xmx192m} -jar target/action-server.jar >/dev/null 2>&1 & ACTION=$!
trap 'kill $ACTION 2>/dev/null || true' EXIT
"$JAVA" -cp target/action-server.jar bench/NumberBench.java "$PORT" "$REQUESTS"
