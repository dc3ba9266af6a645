# Sourced by the benchmarks: sets PEERS, the folder with the peer scripts they compare against
# (make_lenet_onnx.py, seed_action.py: the original recipe's action), which this repository does not
# hold. $DIGITWHISK_PEERS_DIR, else the first shared/peers folder beside this checkout or above it.
peers_dir() {
  if [ -n "${DIGITWHISK_PEERS_DIR:-}" ]; then
    [ -f "$DIGITWHISK_PEERS_DIR/seed_action.py" ] \
      || { echo "DIGITWHISK_PEERS_DIR=$DIGITWHISK_PEERS_DIR holds no seed_action.py" >&2; return 1; }
    echo "$DIGITWHISK_PEERS_DIR"
    return 0
  fi
  local dir
  dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  while [ "$dir" != / ]; do
    if [ -f "$dir/shared/peers/seed_action.py" ]; then
      echo "$dir/shared/peers"
      return 0
    fi
    dir=$(dirname "$dir")
  done
  echo "peer scripts not found: set DIGITWHISK_PEERS_DIR to the folder with seed_action.py and make_lenet_onnx.py" >&2
  return 1
}
PEERS=$(peers_dir)
