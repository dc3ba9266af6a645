#!/usr/bin/env bash
# Builds the desktop installers with jpackage from the jars the `installers` profile copied into
# target/installer/deps. One runtime, jlinked from $JAVA_HOME, carries the JavaFX modules and their
# native libraries (unpacked, so nothing is extracted to ~/.openjfx/cache at first start); both
# launchers share it: the window (DigitWhisk) and the command line (digitwhisk).
# usage: build-installers.sh TARGET_DIR VERSION TYPE...   (TYPE: app-image deb rpm msi dmg)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$1 version=$2; shift 2
types=("$@")
: "${JAVA_HOME:?JAVA_HOME must point at a JDK >= 21 with jlink and jpackage}"
app_main=${DIGITWHISK_APP_MAIN:-dev.digitwhisk.client.ui.DigitWhiskLauncher}
cli_main=${DIGITWHISK_CLI_MAIN:?DIGITWHISK_CLI_MAIN not set}

work="$target/installer"
deps="$work/deps" input="$work/input" fx="$work/javafx" runtime="$work/runtime" out="$target/installers"
rm -rf "$input" "$fx" "$runtime" "$out" "$work/app-image"
mkdir -p "$input" "$fx" "$out"

# JavaFX: the platform jars become modules of the runtime; the empty "API" jars are dropped.
for jar in "$deps"/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" "$fx/" ;;
    javafx-*.jar) ;;
    *) cp "$jar" "$input/" ;;
  esac
done

# ONNX Runtime ships every platform's natives (~54 MB); keep only this platform's.
os_arch=$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m | sed 's/x86_64/x64/; s/arm64/aarch64/')
for ort in "$input"/onnxruntime-*.jar; do
  [ -f "$ort" ] || continue
  drop=$(unzip -Z1 "$ort" 'ai/onnxruntime/native/*' | grep -v "^ai/onnxruntime/native/$os_arch/" | grep -v '/$' || true)
  if [ -n "$drop" ]; then echo "$drop" | zip -q -d "$ort" -@ >/dev/null; fi
done

# The runtime: the JDK modules the jars use (jdeps) plus JavaFX and what reflection/TLS needs.
jdk_modules=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 \
  --module-path "$fx" --class-path "$input/*" "$input"/*.jar 2>/dev/null | tail -1)
modules="$jdk_modules,javafx.controls,javafx.swing,jdk.crypto.ec,jdk.zipfs,jdk.unsupported,jdk.httpserver,java.naming,java.management"
"$JAVA_HOME/bin/jlink" --module-path "$fx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$runtime" 2>/dev/null \
  || "$JAVA_HOME/bin/jlink" --module-path "$fx" --add-modules "$modules" \
       --strip-debug --no-header-files --no-man-pages --compress=2 --output "$runtime"
for jar in "$fx"/*.jar; do
  unzip -q -o -j "$jar" '*.so' '*.dll' '*.dylib' -d "$runtime/lib" 2>/dev/null || true
done

common=(--app-version "$version" --vendor "DigitWhisk" --copyright "Copyright DigitWhisk contributors"
        --description "Handwritten-digit recognition: draw or drop a digit, classified by a serverless OpenWhisk action.")
# JVM options valid on every JDK >= 21 only: the runtime is whatever JDK builds it.
java_opts=(--java-options "-Xss2m" --java-options "-Dprism.lcdtext=false" --java-options "--enable-native-access=ALL-UNNAMED")

cli_jar=$(basename "$(ls "$input"/client-cli-*.jar)")
printf 'main-jar=%s\nmain-class=%s\nwin-console=true\ndescription=DigitWhisk command line\n' \
  "$cli_jar" "$cli_main" > "$work/cli-launcher.properties"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$work/app-image" --name DigitWhisk \
  --input "$input" --main-jar "$(basename "$(ls "$input"/client-fx-*.jar)")" --main-class "$app_main" \
  --runtime-image "$runtime" --icon "$here/digitwhisk.png" "${java_opts[@]}" \
  --add-launcher digitwhisk="$work/cli-launcher.properties" "${common[@]}"
image="$work/app-image/DigitWhisk"

for type in "${types[@]}"; do
  case "$type" in
    app-image) cp -a "$image" "$out/" ;;
    deb|rpm)
      "$JAVA_HOME/bin/jpackage" --type "$type" --dest "$out" --app-image "$image" --name DigitWhisk \
        --resource-dir "$here/linux" --license-file "$here/LICENSE" \
        --linux-package-name digitwhisk --linux-app-category Graphics --linux-menu-group Graphics \
        --linux-deb-maintainer "packaging@digitwhisk.dev" \
        --file-associations "$here/png.properties" --file-associations "$here/jpeg.properties" \
        "${common[@]}" ;;
    msi)
      "$JAVA_HOME/bin/jpackage" --type msi --dest "$out" --app-image "$image" --name DigitWhisk \
        --license-file "$here/LICENSE" --win-menu --win-shortcut --win-dir-chooser \
        --file-associations "$here/png.properties" --file-associations "$here/jpeg.properties" "${common[@]}" ;;
    dmg)
      "$JAVA_HOME/bin/jpackage" --type dmg --dest "$out" --app-image "$image" --name DigitWhisk \
        --license-file "$here/LICENSE" \
        --file-associations "$here/png.properties" --file-associations "$here/jpeg.properties" "${common[@]}" ;;
    *) echo "unknown installer type: $type" >&2; exit 2 ;;
  esac
done
# jpackage makes desktop integration (xdg-utils) a hard dependency; the postinst above already
# skips it where the xdg tools are missing, so a headless `dpkg -i` must not fail on it either.
for deb in "$out"/*.deb; do
  [ -f "$deb" ] || continue
  unpacked="$work/deb-unpacked"
  rm -rf "$unpacked" && dpkg-deb -R "$deb" "$unpacked"
  sed -i -e 's/, xdg-utils//; s/xdg-utils, //; /^[[:space:]]*$/d' "$unpacked/DEBIAN/control"
  echo "Recommends: xdg-utils" >> "$unpacked/DEBIAN/control"
  fakeroot dpkg-deb -Zxz -z9 -b "$unpacked" "$deb" >/dev/null
  rm -rf "$unpacked"
done
ls -la "$out"
