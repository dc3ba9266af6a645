#!/usr/bin/env bash
# Installs, idempotently, the Debian packages the full test suite uses on a fresh machine.
# Without root or apt it says what is missing and goes on: the tests that need them skip with a reason.
set -euo pipefail

packages=(
  # a JDK >= 21 if the machine has none
  # container tests: build and run the action image daemonless
  podman buildah runc fuse-overlayfs slirp4netns uidmap netavark aardvark-dns
  containernetworking-plugins iptables conmon catatonit debootstrap
  # desktop tests and screenshots: a real X server without a display; GTK 3 for the real window
  # (./run-app checked in CI; the TestFX tests draw through Monocle and need no GTK)
  xvfb xauth libgtk-3-0
  # jpackage .deb/.rpm
  fakeroot binutils rpm
  # deployment kit checks: compose file and the MinIO policy's schema
  docker-compose python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "test dependencies: all installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "test dependencies missing (install them, or the tests that need them skip): ${missing[*]}" >&2
  exit 0
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
