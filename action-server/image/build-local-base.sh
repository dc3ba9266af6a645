#!/usr/bin/env bash
# Makes the base image locally when no registry can be reached: Debian bookworm (debootstrap
# minbase from this machine's own apt mirror), slimmed, plus a jlinked JRE at /opt/java/openjdk —
# the layout of eclipse-temurin images. Tagged honestly after the JDK it was linked from
# (localhost/digitwhisk-base:jre<major>); the Dockerfile's default base stays eclipse-temurin:21-jre.
# Cached: does nothing when the tag exists (--force rebuilds). Needs root, debootstrap, podman.
# usage: image/build-local-base.sh [--force]    env: JDK (a JDK >= 21 with jlink), BASE_TAG
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/podman-env.sh"

JDK=${JDK:-${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/*-2[1-9]-* 2>/dev/null | sort -V | tail -1)}}
[ -x "$JDK/bin/jlink" ] || { echo "no jlink under JDK=$JDK; set JDK to a JDK >= 21" >&2; exit 1; }
. "$here/../../scripts/java-version.sh"
major=$(digitwhisk_java_major "$JDK")
BASE_TAG=${BASE_TAG:-localhost/digitwhisk-base:jre$major}

if [ "${1:-}" != "--force" ] && podman image exists "$BASE_TAG"; then
  echo "$BASE_TAG"
  exit 0
fi

# The apt mirror this machine uses, read at run time (deb822 .sources or one-line .list files).
mirror=$(awk '/^URIs:/ {uri=$2} /^Suites:/ && /bookworm( |$)/ && uri {print uri; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
if [ -z "$mirror" ]; then
  mirror=$(grep -hE '^deb .* bookworm( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2; exit}' || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
echo "debootstrap bookworm from $mirror ..." >&2
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }

# Slim: no docs, manuals, locales, apt caches or lists; the image never runs apt.
rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
       "$root"/usr/share/locale/* "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* \
       "$root"/var/log/* "$root"/usr/share/common-licenses/*
# Keep the licence texts the distribution requires in one place.
mkdir -p "$root/usr/share/doc/debian" && echo "Debian bookworm minbase; licences: /usr/share/common-licenses on Debian" > "$root/usr/share/doc/debian/README"

# The JRE: what the action needs (jdeps), TLS's EC curves, zipfs; a default CDS archive for the
# JDK's own classes so -XX:SharedArchiveFile / AOT caches have a base to build on.
modules=java.base,java.desktop,java.net.http,java.sql,java.logging,jdk.httpserver,jdk.crypto.ec,jdk.zipfs,jdk.unsupported
"$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$root/opt/java/openjdk" >&2

echo "importing as $BASE_TAG ..." >&2
tar -C "$root" -c . | podman import \
  --change 'ENV JAVA_HOME=/opt/java/openjdk' \
  --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["/bin/bash"]' \
  - "$BASE_TAG" >&2
echo "$BASE_TAG"
