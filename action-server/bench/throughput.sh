#!/usr/bin/env bash
# Warm /run throughput, ours vs the peer (the original recipe's action), same image from the same loopback store, wrk with
# keep-alive and with a new connection per request. Everything binds 127.0.0.1; every run is bounded.
# usage: bench/throughput.sh [SECONDS=25] [CONNECTIONS=8]   (after mvn package; from any folder)
# env: DIGITWHISK_PEERS_DIR, the peer scripts' folder (default: shared/peers beside or above the checkout)
# needs: wrk, /usr/bin/python3 with flask gevent requests PIL cv2 (see README), python3-onnx for the
#        peer's model, a JDK 21+ in $JAVA_HOME, the MNIST test files for the image.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/peers.sh
SECONDS_RUN=${1:-25}
CONNS=${2:-8}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_run() { # port: polls /run until a digit comes back
  for _ in $(seq 1 300); do
    if curl -s -m 2 -XPOST "http://127.0.0.1:$1/run" -H 'Content-Type: application/json' \
        -d "{\"value\":{\"url\":\"$IMAGE_URL\"}}" 2>/dev/null | grep -q '"res": \?[0-9]'; then return 0; fi
    sleep 0.1
  done
  echo "server on $1 never answered" >&2; return 1
}

label=$(bench/digit_png.py "$WORK/digit.png" 0)
/usr/bin/python3 "$PEERS/make_lenet_onnx.py" "$WORK/lenet.onnx" 2>/dev/null
STORE_PORT=$(free_port)
"$JAVA" bench/StaticStore.java "$STORE_PORT" "$WORK/digit.png" >/dev/null & PIDS+=($!)
export IMAGE_URL="http://127.0.0.1:$STORE_PORT/mnist/digit.png?X-Amz-Signature=bench"
sleep 1.5

bench_one() { # name port
  local name=$1 port=$2
  wait_run "$port"
  # warm-up, not counted: long enough for the JIT to settle (the first measured run would pay for it)
  wrk -t2 -c"$CONNS" -d15s -s bench/run.lua "http://127.0.0.1:$port/run" >/dev/null
  echo "== $name, keep-alive, $CONNS connections, ${SECONDS_RUN}s"
  wrk -t2 -c"$CONNS" -d"${SECONDS_RUN}s" --latency -s bench/run.lua "http://127.0.0.1:$port/run" | tee "$WORK/$name-ka.txt"
  echo "== $name, new connection per request, $CONNS connections, ${SECONDS_RUN}s"
  wrk -t2 -c"$CONNS" -d"${SECONDS_RUN}s" --latency -H "Connection: close" -s bench/run.lua "http://127.0.0.1:$port/run" | tee "$WORK/$name-nc.txt"
}

OUR_PORT=$(free_port)
PORT=$OUR_PORT DIGITWHISK_BIND=127.0.0.1 DIGITWHISK_MODEL="$WORK/lenet.onnx" ORT_DISABLE_TELEMETRY=1 \
  "$JAVA" ${ACTION_JAVA_OPTS:--XX:+UseSerialGC -Xmx192m} -jar target/action-server.jar >/dev/null 2>&1 & OUR=$!; PIDS+=($OUR)
bench_one ours "$OUR_PORT"
kill "$OUR"

PEER_PORT=$(free_port)
/usr/bin/python3 "$PEERS/seed_action.py" "$WORK/lenet.onnx" "$PEER_PORT" >/dev/null 2>&1 & PEER=$!; PIDS+=($PEER)
bench_one peer "$PEER_PORT"
kill "$PEER"

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
echo
echo "image: MNIST test digit 0 (label $label), store 127.0.0.1:$STORE_PORT, model: random-weight LeNet (same file for both)"
printf '%-28s %12s %10s %10s\n' "" "req/s" "p50" "p99"
for f in ours-ka ours-nc peer-ka peer-nc; do
  printf '%-28s %12s %10s %10s\n' "$f" "$(rps "$WORK/$f.txt")" "$(pct "$WORK/$f.txt" 50%)" "$(pct "$WORK/$f.txt" 99%)"
done
awk -v a="$(rps "$WORK/ours-ka.txt")" -v b="$(rps "$WORK/peer-ka.txt")" 'BEGIN {printf "keep-alive ratio ours/peer: %.1fx\n", a / b}'
awk -v a="$(rps "$WORK/ours-nc.txt")" -v b="$(rps "$WORK/peer-nc.txt")" 'BEGIN {printf "new-connection ratio ours/peer: %.1fx\n", a / b}'
