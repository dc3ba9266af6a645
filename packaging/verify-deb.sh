#!/usr/bin/env bash
# The installed-app check: builds the .deb (unless --deb FILE), installs it with dpkg -i, starts the
# installed window under Xvfb and takes a screenshot (target/installed-app.png), runs the installed
# command line's `digitwhisk classify` (on PATH and bin/) against its sandbox on a drawn digit, then removes the
# package with dpkg -r and checks that no file is left. Needs root, dpkg, xvfb-run; prints timings.
# usage: packaging/verify-deb.sh [--deb FILE] [--runs N]     (N window starts to time; default 3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
deb="" runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb=$(realpath "${2:?--deb needs a file}"); shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "verify-deb.sh installs a package: run it as root" >&2; exit 2; }
for tool in dpkg xvfb-run; do
  command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-test-deps.sh installs it)" >&2; exit 2; }
done
cd "$root"
. scripts/java-home.sh
out="$here/target/verify-deb"
rm -rf "$out" && mkdir -p "$out"
started=$(date +%s)
step() { echo "verify-deb: $* ($(( $(date +%s) - started )) s)"; }

if [ -z "$deb" ]; then
  step "building the .deb"
  ./mvnw -B -q -ntp -pl packaging -Pinstallers -Dinstaller.types=deb -DskipTests package
  deb=$(ls "$here"/target/installers/digitwhisk_*.deb)
fi
step "package $(basename "$deb"): $(du -h "$deb" | cut -f1)"

if dpkg -s digitwhisk >/dev/null 2>&1; then dpkg -P digitwhisk >/dev/null; fi
step "dpkg -i"
if ! dpkg -i "$deb"; then
  # jpackage's dependency scan may name libraries this machine lacks; apt resolves them.
  step "installing the package's dependencies with apt-get -f install"
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null
fi
dpkg -s digitwhisk | grep -q '^Status: install ok installed' || { echo "digitwhisk is not installed" >&2; exit 1; }
prefix=$(dirname "$(dirname "$(dpkg -L digitwhisk | grep '/bin/DigitWhisk$')")")
step "installed in $prefix: $(du -sh "$prefix" | cut -f1); depends: $(dpkg -s digitwhisk | sed -n 's/^Depends: //p')"
dpkg -L digitwhisk | sort > "$out/files.txt"
for archive in runtime/lib/server/classes.jsa app/DigitWhisk.jsa app/digitwhisk.jsa; do
  [ -s "$prefix/lib/$archive" ] || { echo "postinst made no class-data archive $archive" >&2; exit 1; }
  step "postinst made the class-data archive $archive: $(du -h "$prefix/lib/$archive" | cut -f1)"
done

. "$here/installer/first-frame.sh"

# The window, under Xvfb: StartupTiming prints when the first frame was drawn; the wall clock from
# exec to that line is what a user waits. The first start runs with a cold page cache for the
# installed files. Each start runs the desktop entry's command (menu, "Open with": Java from the
# argument file with the window's class-data archive), except the last two, for comparison: the
# same argument file with the JDK's default archive only, and the jpackage launcher as typed in a
# terminal, which asks rpm and dpkg for its package and starts itself once more to set ONNX
# Runtime's variable.
export HOME=$out/home && mkdir -p "$HOME"
desktop_cmd=$(sed -n 's/^Exec=//p' "$prefix/lib/digitwhisk-DigitWhisk.desktop" | sed 's/ %F$//')
[ -n "$desktop_cmd" ] || { echo "the installed desktop entry has no Exec line" >&2; exit 1; }
for run in $(seq 1 $(( runs + 2 ))); do
  log="$out/window-$run.log"
  screenshot="" cmd=$desktop_cmd how="desktop entry"
  [ "$run" -eq "$runs" ] && screenshot="$here/target/installed-app.png"
  [ "$run" -eq $(( runs + 1 )) ] && how="argument file, default archive only" \
    cmd="env ORT_DISABLE_TELEMETRY=1 $prefix/lib/runtime/bin/java @$prefix/lib/app/DigitWhisk.args"
  [ "$run" -eq $(( runs + 2 )) ] && cmd="$prefix/bin/DigitWhisk" how="jpackage launcher"
  echo "verify-deb: window start $run ($how: $cmd)"
  # $cmd unquoted: the desktop entry's command line is split into words as the desktop does.
  wall=$(_JAVA_OPTIONS=-Ddigitwhisk.startupTiming=true first_frame "$log" "$screenshot" $cmd)
  grep -h "first frame" "$log" || { cat "$log" >&2; echo "the installed window showed no frame" >&2; exit 1; }
  echo "wall clock: exec -> first frame $wall ms (polled every 20 ms)"
done
[ -d "$HOME/.openjfx" ] && { echo "JavaFX extracted natives to ~/.openjfx: the runtime lacks them" >&2; exit 1; }

# The floor: a one-label JavaFX window on the installed runtime with the app's JVM flags and an
# archive of its own made as postinst makes the app's (class list of its start, -Xshare:dump with
# -XX:+AOTClassLinking).
hello="$out/hello" && mkdir -p "$hello/classes"
"$JAVA_HOME/bin/javac" -d "$hello/classes" --system "$prefix/lib/runtime" "$here/verify/HelloWindow.java"
"$JAVA_HOME/bin/jar" --create --file "$hello/hello.jar" -C "$hello/classes" .
# The app's own JVM flags (collector, compiler) from its argument file, so only the code differs.
mapfile -t app_flags < <(grep '^-XX:' "$prefix/lib/app/DigitWhisk.args")
hello_java=("$prefix/lib/runtime/bin/java" "${app_flags[@]}" -cp "$hello/hello.jar")
first_frame "$hello/record.log" "" "${hello_java[@]}" -XX:DumpLoadedClassList="$hello/hello.classlist" HelloWindow >/dev/null
"${hello_java[@]}" -Xshare:dump -XX:SharedClassListFile="$hello/hello.classlist" -XX:SharedArchiveFile="$hello/hello.jsa" \
  -XX:+AOTClassLinking HelloWindow >/dev/null 2>&1 \
  || "${hello_java[@]}" -Xshare:dump -XX:SharedClassListFile="$hello/hello.classlist" -XX:SharedArchiveFile="$hello/hello.jsa" HelloWindow >/dev/null
for run in $(seq 1 "$runs"); do
  echo "verify-deb: one-label JavaFX window (the floor), start $run: exec -> first frame" \
    "$(first_frame "$hello/run.log" "" "${hello_java[@]}" -XX:SharedArchiveFile="$hello/hello.jsa" HelloWindow) ms"
done
step "window drawn; screenshot $here/target/installed-app.png"

# The command line against its sandbox: a "1" drawn as a vertical stroke.
digit="$out/one.png"
"$JAVA_HOME/bin/java" "$here/verify/DrawDigit.java" "$digit"
[ "$(readlink /usr/bin/digitwhisk)" = "$prefix/lib/digitwhisk-on-path" ] \
  || { echo "postinst did not put digitwhisk on PATH" >&2; exit 1; }
# On PATH (with its class-data archive), then for comparison the same argument file with the JDK's
# default archive only, and the jpackage launcher.
for cli in /usr/bin/digitwhisk "env ORT_DISABLE_TELEMETRY=1 $prefix/lib/runtime/bin/java @$prefix/lib/app/digitwhisk.args" \
    "$prefix/bin/digitwhisk"; do
  step "$cli classify"
  started_ns=$(date +%s%N)
  $cli classify "$digit" | tee "$out/classify.txt"
  echo "verify-deb: $cli classify took $(( ($(date +%s%N) - started_ns) / 1000000 )) ms (sandbox start included)"
  grep -Eq '[0-9]' "$out/classify.txt" || { echo "classify printed no digit" >&2; exit 1; }
done

# --json: stdout holds JSON only (the JVM's own messages and the logs go to stderr), on the sandbox
# and with servers configured that do not answer (exit 3: cannot reach a server).
/usr/bin/digitwhisk classify --json "$digit" > "$out/classify.json"
status=0
DIGITWHISK_BACKEND=servers DIGITWHISK_STORE_ENDPOINT=http://127.0.0.1:9 DIGITWHISK_STORE_ACCESS_KEY=verify \
  DIGITWHISK_STORE_SECRET_KEY=verify-deb DIGITWHISK_STORE_BUCKET=digits DIGITWHISK_INVOKE_MODE=direct \
  DIGITWHISK_INVOKE_URL=http://127.0.0.1:9 /usr/bin/digitwhisk classify --json "$digit" > "$out/unreachable.json" || status=$?
[ "$status" -eq 3 ] || { echo "classify against servers that do not answer exited $status, not 3" >&2; exit 1; }
for json in "$out/classify.json" "$out/unreachable.json"; do
  [ "$(grep -vc '^{' "$json")" -eq 0 ] && [ -s "$json" ] \
    || { echo "classify --json printed more than JSON:" >&2; cat "$json" >&2; exit 1; }
done

step "dpkg -r"
dpkg -r digitwhisk
left=$(while read -r f; do [ -e "$f" ] && [ ! -d "$f" ] && echo "$f"; done < "$out/files.txt" || true)
[ -z "$left" ] || { echo "files left after dpkg -r:" >&2; echo "$left" >&2; exit 1; }
[ ! -e "$prefix" ] || { echo "$prefix is left after dpkg -r" >&2; exit 1; }
[ ! -L /usr/bin/digitwhisk ] || { echo "/usr/bin/digitwhisk is left after dpkg -r" >&2; exit 1; }
stray=$(ls /usr/share/applications/*digitwhisk* /usr/share/mime/packages/*digitwhisk* 2>/dev/null || true)
[ -z "$stray" ] || { echo "desktop files left after dpkg -r: $stray" >&2; exit 1; }
# dpkg keeps the package's record (state config-files, for its postrm) until it is purged.
dpkg -P digitwhisk >/dev/null
step "removed cleanly; verify-deb passed"
