#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg -i, starts the installed window under Xvfb and takes a
# screenshot, classifies a drawn digit with the installed command line against its sandbox, and
# uninstalls with dpkg -r, checking that nothing is left. Needs root on Debian/Ubuntu.
# usage: packaging/verify-deb.sh      (writes packaging/target/verify/{installed-app.png,report.txt})
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/java-home.sh
out=packaging/target/verify
rm -rf "$out" && mkdir -p "$out"
report="$out/report.txt"
log() { echo "$*" | tee -a "$report"; }

export DEBIAN_FRONTEND=noninteractive
need=()
for p in xvfb xauth x11-apps imagemagick xdotool fakeroot; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
[ ${#need[@]} -eq 0 ] || { apt-get update -qq; apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }

./mvnw -B -q -ntp -DskipTests install -pl packaging -am
./mvnw -B -q -ntp -pl packaging -Pinstallers -DskipTests package -Dinstaller.types=deb
deb=$(ls packaging/target/installers/*.deb)
log "deb: $deb $(du -h "$deb" | cut -f1)"

# dpkg -i does not fetch dependencies: install the ones the package names first (GTK etc.).
deps=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g')
apt-get install -y -qq --no-install-recommends $deps >/dev/null
dpkg -i "$deb"
dpkg -L digitwhisk > "$out/installed-files.txt"
app=$(grep -m1 '/bin/DigitWhisk$' "$out/installed-files.txt")
cli=$(grep -m1 '/bin/digitwhisk$' "$out/installed-files.txt")
log "installed: $app, $cli ($(wc -l < "$out/installed-files.txt") files)"

# The window: start it under Xvfb, wait for the first frame, screenshot.
export HOME_CACHE_BEFORE=$(ls -d "$HOME/.openjfx/cache" 2>/dev/null || true)
display=:97
Xvfb "$display" -screen 0 1280x860x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
start=$(date +%s%N)
DISPLAY=$display JAVA_TOOL_OPTIONS="-Ddigitwhisk.startupTiming=true" "$app" > "$out/app.log" 2>&1 &
app_pid=$!
DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name DigitWhisk >/dev/null
shown=$(date +%s%N)
log "installed app start -> window mapped: $(( (shown - start) / 1000000 )) ms (xdotool; the app's own first-frame line: $(grep -m1 -i 'first frame' "$out/app.log" || echo none))"
sleep 6
DISPLAY=$display import -window root "$out/installed-app.png"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
if [ -z "$HOME_CACHE_BEFORE" ] && [ -d "$HOME/.openjfx/cache" ]; then log "WARNING: JavaFX extracted natives to ~/.openjfx/cache"; else log "no ~/.openjfx/cache extraction"; fi

# The command line, against its embedded sandbox.
java packaging/verify/DrawDigit.java "$out/seven.png"
"$cli" classify --json "$out/seven.png" | tee "$out/classify.json"
grep -q '"digit" *: *7\|"res" *: *7' "$out/classify.json" && log "installed CLI classified the drawn 7 as 7" \
  || { log "installed CLI did not answer 7"; exit 1; }

dpkg -r digitwhisk
left=$(while read -r f; do [ -f "$f" ] && echo "$f"; done < "$out/installed-files.txt" || true)
[ -z "$left" ] && log "dpkg -r: no files left" || { log "files left after dpkg -r:"; echo "$left" | tee -a "$report"; exit 1; }
log "verify-deb: OK"
