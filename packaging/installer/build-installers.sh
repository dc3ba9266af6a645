#!/usr/bin/env bash
# Builds the desktop installers with jpackage from the jars the `installers` profile copied into
# target/installer/deps. One runtime, jlinked from $JAVA_HOME (the installer's Java is whatever JDK
# builds it), carries the JavaFX modules and their native libraries, unpacked into the runtime so
# nothing is extracted to ~/.openjfx/cache at first start and jpackage's dependency scan sees the
# GTK libraries they link to. Both launchers share it: DigitWhisk (the window) and digitwhisk (the
# command line, a console launcher).
# usage: build-installers.sh TARGET_DIR VERSION TYPE...   (TYPE: app-image deb rpm msi dmg)
# env:   DIGITWHISK_APP_MAIN, DIGITWHISK_CLI_MAIN (default: each jar's Main-Class),
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$(cd "$1" && pwd) version=$2; shift 2
types=("$@")
: "${JAVA_HOME:?JAVA_HOME must point at a JDK >= 21 with jlink and jpackage}"

work="$target/installer"
deps="$work/deps" input="$work/input" fx="$work/javafx" runtime="$work/runtime" out="$target/installers"
rm -rf "$input" "$fx" "$runtime" "$out" "$work/app-image" "$work/repack"
mkdir -p "$input/native" "$fx" "$out"

# JavaFX: the platform jars become modules of the runtime; the empty "API" jars are dropped.
for jar in "$deps"/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar|javafx-*-linux-aarch64.jar|javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" "$fx/" ;;
    javafx-*.jar) ;;
    *) cp "$jar" "$input/" ;;
  esac
done

main_class_of() {  # JAR: the Main-Class of its manifest, empty if none
  unzip -p "$1" META-INF/MANIFEST.MF 2>/dev/null | tr -d '\r' | sed -n 's/^Main-Class: *//p'
}
app_jar=$(basename "$(ls "$input"/client-fx-*.jar)")
cli_jar=$(basename "$(ls "$input"/client-cli-*.jar)")
app_main=${DIGITWHISK_APP_MAIN:-$(main_class_of "$input/$app_jar")}
cli_main=${DIGITWHISK_CLI_MAIN:-$(main_class_of "$input/$cli_jar")}
[ -n "$app_main" ] || { echo "no main class for $app_jar: set DIGITWHISK_APP_MAIN" >&2; exit 2; }
[ -n "$cli_main" ] || { echo "no main class for $cli_jar: set DIGITWHISK_CLI_MAIN" >&2; exit 2; }

# ONNX Runtime's jar carries every platform's natives (~54 MB). This platform's are moved out into
# lib/app/native and loaded from there (-Donnxruntime.native.path): nothing is extracted to /tmp at
# start, and the installer holds one platform's libraries only.
os=$(uname -s | tr '[:upper:]' '[:lower:]'); arch=$(uname -m | sed 's/x86_64/x64/; s/arm64/aarch64/')
case "$os" in darwin) os=osx ;; mingw*|msys*|cygwin*) os=win ;; esac
for ort in "$input"/onnxruntime-*.jar; do
  [ -f "$ort" ] || continue
  unzip -q -o -j "$ort" "ai/onnxruntime/native/$os-$arch/*" -d "$input/native"
  zip -q -d "$ort" 'ai/onnxruntime/native/*' >/dev/null
done

# snappy-java (MinIO's SDK needs its classes to load, never its codec here) carries natives for 27
# platforms (6 MB); keep this platform's only, as for ONNX Runtime.
case "$os-$arch" in
  linux-x64) snappy=Linux/x86_64 ;; linux-aarch64) snappy=Linux/aarch64 ;; osx-x64) snappy=Mac/x86_64 ;;
  osx-aarch64) snappy=Mac/aarch64 ;; win-x64) snappy=Windows/x86_64 ;; *) snappy=none ;;
esac
for jar in "$input"/snappy-java-*.jar; do
  [ -f "$jar" ] || continue
  unzip -Z1 "$jar" 'org/xerial/snappy/native/*' | grep -v "/$" | grep -v "^org/xerial/snappy/native/$snappy/" \
    | xargs -r zip -q -d "$jar" >/dev/null
done

# Jars are stored (not deflated): the .deb/.rpm/.msi/.dmg compress the whole tree with xz/lzma,
# which packs plain class files far smaller than already-deflated ones.
mkdir -p "$work/repack"
for jar in "$input"/*.jar; do
  dir="$work/repack/$(basename "$jar")"
  mkdir -p "$dir" && unzip -q -o "$jar" -d "$dir"
  # On the class path Java ignores module descriptors; jdeps (below) does not, and wants every module
  # one requires (commons-compress requires commons-io, which the app leaves out: MinIO loads
  # compress's tar stream class, never runs it).
  rm -f "$dir/module-info.class" "$dir"/META-INF/versions/*/module-info.class
  rm -f "$jar"
  (cd "$dir" && zip -q -0 -X -r "$jar" .)
done
rm -rf "$work/repack"

# The runtime: the JDK modules the jars use (jdeps) plus JavaFX and what reflection and TLS need.
# Modules stay uncompressed (zip-0) for the same reason as the jars, and start faster that way.
# Options valid on every JDK >= 21 only, so any of them can build it.
jdk_modules=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 \
  --module-path "$fx" --class-path "$input/*" "$input"/*.jar 2>/dev/null | tail -1)
modules="$jdk_modules,javafx.controls,javafx.swing,jdk.crypto.ec,jdk.unsupported,jdk.httpserver,jdk.zipfs,java.naming,java.management"
"$JAVA_HOME/bin/jlink" --module-path "$fx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-0 \
  --exclude-resources='**.so,**.dll,**.dylib' --generate-cds-archive --output "$runtime"
# JavaFX's natives beside the JDK's: NativeLibLoader finds them there before trying its cache.
for jar in "$fx"/*.jar; do
  unzip -q -o -j "$jar" '*.so' '*.dll' '*.dylib' -d "$runtime/lib" 2>/dev/null || true
done
# The compressed-oops-off CDS archive serves heaps over 32 GB only.
rm -f "$runtime"/lib/server/classes_nocoops*.jsa
# Temurin ships libjvm.so with its full symbol table (30 MB); the dynamic symbols JNI needs stay.
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null; then
  strip --strip-unneeded "$runtime/lib/server/libjvm.so"
fi

common=(--app-version "$version" --vendor "DigitWhisk" --copyright "Copyright DigitWhisk contributors"
        --description "Handwritten-digit recognition: draw or drop a digit, classified by a serverless OpenWhisk action.")
# Both launchers' JVM options (jpackage expands $APPDIR when the launcher starts).
. "$here/../../scripts/client-jvm.sh"
jvm_options=(--enable-native-access=ALL-UNNAMED '-Donnxruntime.native.path=$APPDIR/native' "${digitwhisk_client_jvm_tuning[@]}")
java_opts=()
for option in "${jvm_options[@]}"; do java_opts+=(--java-options "$option"); done

printf 'main-jar=%s\nmain-class=%s\nwin-console=true\ndescription=DigitWhisk command line\njava-options=%s\n' \
  "$cli_jar" "$cli_main" "${jvm_options[*]}" > "$work/cli-launcher.properties"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$work/app-image" --name DigitWhisk \
  --input "$input" --main-jar "$app_jar" --main-class "$app_main" \
  --runtime-image "$runtime" --icon "$here/digitwhisk.png" "${java_opts[@]}" \
  --add-launcher digitwhisk="$work/cli-launcher.properties" "${common[@]}"
image="$work/app-image/DigitWhisk"
[ -d "$image" ] || image="$work/app-image/DigitWhisk.app"

# What each program loads as it starts, recorded here once: the window up to its first frame (under
# Xvfb) and the command line classifying an image against its sandbox. The .deb/.rpm carry the two
# class lists (text, ~180 KB packed); their postinst/%post turns each into a class-data archive of
# JDK, JavaFX and class-path classes for that program's exact class path (-Xshare:dump, with
# -XX:+AOTClassLinking where the JDK has it), and lib/digitwhisk-start uses it. Measured by
# verify-deb.sh, side by side: window exec -> first frame 1.02-1.10 s vs 1.72 s on the JDK's default
# archive; `digitwhisk classify one.png` 1.43 s vs 2.71 s. Without xvfb-run or GTK there is no
# window list, and the window starts on the default archive.
record="$work/record"
rm -rf "$record" && mkdir -p "$record/home"
# Both record runs start the sandbox (ONNX Runtime), as the installed start script does.
. "$here/../../scripts/onnxruntime-env.sh"
if [ "$os" = linux ] && command -v xvfb-run >/dev/null; then
  . "$here/first-frame.sh"
  # Stopped at its first frame: every archived class is loaded before main, so the sandbox the
  # window starts afterwards (in the background) would only delay the frame.
  HOME="$record/home" \
    _JAVA_OPTIONS="-XX:DumpLoadedClassList=$record/DigitWhisk.classlist -Ddigitwhisk.startupTiming=true" \
    first_frame "$record/window.log" "" "$image/bin/DigitWhisk" >/dev/null || true
  grep -q "first frame" "$record/window.log" 2>/dev/null \
    || { rm -f "$record/DigitWhisk.classlist"; echo "no class list for the window (it did not start under Xvfb)" >&2; }
fi
if [ "$os" = linux ]; then
  HOME="$record/home" _JAVA_OPTIONS="-XX:DumpLoadedClassList=$record/digitwhisk.classlist" \
    timeout 120 "$image/bin/digitwhisk" classify "$here/digitwhisk.png" >"$record/classify.log" 2>&1 \
    || { rm -f "$record/digitwhisk.classlist"; echo "no class list for the command line (classify failed)" >&2; }
fi
for list in "$record"/*.classlist; do
  if [ -s "$list" ]; then echo "start-up class list $(basename "$list"): $(grep -vc '^[#@]' "$list") classes"; fi
done

# The .deb/.rpm do not carry the JDK's class-data archive (14 MB, 2.7 MB of the package): their
# postinst/%post makes it on the user's machine with -Xshare:dump (~1.3 s), beside the programs'
# archives above; their prerm/%preun removes them. The app-image, .msi and .dmg keep the one jlink made.
linux_image="$work/linux-image/$(basename "$image")"
if [ "$os" = linux ]; then
  rm -rf "$work/linux-image" && mkdir -p "$work/linux-image" && cp -al "$image" "$linux_image"
  rm -f "$linux_image"/lib/runtime/lib/server/classes*.jsa
  for list in "$record"/*.classlist; do
    if [ -s "$list" ]; then cp "$list" "$linux_image/lib/app/"; fi
  done
  # jpackage's Linux launcher asks rpm and dpkg which package owns it on every start (rpm -qf,
  # dpkg -S, dpkg -L through a shell: ~0.65 s here before the JVM starts). The installed package's
  # menu entry and its `digitwhisk` on PATH start Java through lib/digitwhisk-start instead, from
  # argument files written from the launchers' own .cfg files (one source for class path, JVM
  # options and main class; postinst dumps each program's archive with the same file).
  for cfg in "$linux_image"/lib/app/*.cfg; do
    name=$(basename "$cfg" .cfg)
    { echo "-cp"
      sed -n 's/^app.classpath=//p' "$cfg" | sed 's|\$APPDIR|/opt/digitwhisk/lib/app|' | paste -sd: -
      sed -n 's/^java-options=//p' "$cfg" | sed 's|\$APPDIR|/opt/digitwhisk/lib/app|'
      sed -n 's/^app.mainclass=//p' "$cfg"; } > "$linux_image/lib/app/$name.args"
  done
  install -m 755 "$here/linux/digitwhisk-start" "$here/linux/digitwhisk-archives" "$linux_image/lib/"
  install -m 755 "$here/linux/digitwhisk-on-path" "$linux_image/lib/digitwhisk-on-path"
fi

assoc=(--file-associations "$here/png.properties" --file-associations "$here/jpeg.properties")
for type in "${types[@]}"; do
  case "$type" in
    app-image) cp -a "$image" "$out/" ;;
    deb|rpm)
      # JavaFX's libglass dlopens libglassgtk3.so, so jpackage's dependency scan only finds GTK 3 where
      # the build machine has it: a .deb built on a machine without GTK installed a window that could not
      # open ("Unable to load glass GTK library"). Named here, it is a dependency wherever the build runs.
      gtk=$([ "$type" = deb ] && echo "libgtk-3-0 | libgtk-3-0t64" || echo "gtk3")
      # No --linux-shortcut: its xdg-desktop-menu call fails dpkg -i/-r on machines without a
      # menu system. The resource-dir scripts add the desktop entry only where xdg tools exist.
      "$JAVA_HOME/bin/jpackage" --type "$type" --dest "$out" --app-image "$linux_image" --name DigitWhisk \
        --resource-dir "$here/linux" --license-file "$here/LICENSE" \
        --linux-package-name digitwhisk --linux-app-category Graphics --linux-menu-group Graphics \
        --linux-deb-maintainer "packaging@digitwhisk.dev" --linux-rpm-license-type "ASL 2.0" \
        --linux-package-deps "$gtk" \
        "${assoc[@]}" "${common[@]}" ;;
    msi)
      "$JAVA_HOME/bin/jpackage" --type msi --dest "$out" --app-image "$image" --name DigitWhisk \
        --license-file "$here/LICENSE" --win-menu --win-menu-group DigitWhisk --win-shortcut \
        --win-dir-chooser --win-upgrade-uuid 6f0b7c52-3f7e-4d55-9a43-2d6c1d0f8a21 \
        "${assoc[@]}" "${common[@]}" ;;
    dmg)
      "$JAVA_HOME/bin/jpackage" --type dmg --dest "$out" --app-image "$image" --name DigitWhisk \
        --license-file "$here/LICENSE" --mac-package-identifier dev.digitwhisk.app \
        "${assoc[@]}" "${common[@]}" ;;
    *) echo "unknown installer type: $type" >&2; exit 2 ;;
  esac
done
ls -la "$out"
