# Sourced by the image scripts: podman settings this kind of machine needs, kept outside the repo.
# - runc (crun fails on hybrid cgroups), cgroupfs, file events, ulimits the sandbox allows;
# - image storage under $DIGITWHISK_CONTAINERS_DIR (default ~/.cache/digitwhisk/containers).
# An existing CONTAINERS_CONF / CONTAINERS_STORAGE_CONF from the caller wins.
DIGITWHISK_CONTAINERS_DIR=${DIGITWHISK_CONTAINERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/digitwhisk/containers}
mkdir -p "$DIGITWHISK_CONTAINERS_DIR"
if [ -z "${CONTAINERS_CONF:-}" ]; then
  cat > "$DIGITWHISK_CONTAINERS_DIR/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
  export CONTAINERS_CONF="$DIGITWHISK_CONTAINERS_DIR/containers.conf"
fi
if [ -z "${CONTAINERS_STORAGE_CONF:-}" ]; then
  cat > "$DIGITWHISK_CONTAINERS_DIR/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "$DIGITWHISK_CONTAINERS_DIR/storage"
runroot = "$DIGITWHISK_CONTAINERS_DIR/run"
CONF
  export CONTAINERS_STORAGE_CONF="$DIGITWHISK_CONTAINERS_DIR/storage.conf"
fi
