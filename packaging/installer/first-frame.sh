# Sourced by build-installers.sh (recording the window's start) and verify-deb.sh (timing it).
# first_frame LOG SCREENSHOT COMMAND...: starts COMMAND under Xvfb, prints the ms from exec to its
# "first frame" line (-Ddigitwhisk.startupTiming=true; empty if none came within 30 s), takes a
# screenshot to SCREENSHOT unless that is "", and stops it.
first_frame_screenshot_tool="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/verify/Screenshot.java"
first_frame() {
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    log=$1 screenshot=$2 tool=$3; shift 3
    launched=$(date +%s%N)
    "$@" >"$log" 2>&1 &
    app=$!
    for _ in $(seq 1 1500); do grep -q "first frame" "$log" && break; kill -0 $app 2>/dev/null || break; sleep 0.02; done
    grep -q "first frame" "$log" && echo $(( ($(date +%s%N) - launched) / 1000000 ))
    if [ -n "$screenshot" ]; then
      sleep 3   # let the sandbox come up and the status line settle
      "$JAVA_HOME/bin/java" "$tool" "$screenshot" >&2 || { kill $app; exit 1; }
    fi
    kill $app 2>/dev/null; wait $app 2>/dev/null || true' _ "$1" "$2" "$first_frame_screenshot_tool" "${@:3}"
}
