#!/usr/bin/env bash
# Batch throughput on the embedded sandbox, one activation per image against groups of up to 16,
# side by side: RUNS runs of each, alternating, each in a fresh JVM. Writes 1,000 MNIST test digits
# as PNGs (from $DIGITWHISK_MNIST_DIR or shared/data/mnist beside an ancestor folder), then runs
#   bin/digitwhisk classify DIR --concurrency 8 --json [--per-activation 1]
# and reports, per run, images/s and activations (from the summary line, whose clock starts once
# the sandbox is up), the uploads not deleted (from the per-image "deleted" of the JSON lines) and
# the JVM's CPU seconds; then the medians and their ratio.
# usage: client-fx/cli/bench/batch.sh [RUNS=5] [IMAGES=1000] [CONCURRENCY=8]   (builds the CLI first)
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../../.." && pwd)
runs=${1:-5} images=${2:-1000} concurrency=${3:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && . scripts/java-home.sh && ./mvnw -B -q -o -DskipTests package -pl client-fx/cli,client-fx/sandbox -am >&2)
python3 "$root/action-server/bench/digit_png.py" --dir "$work/digits" "$images"

run() { # NAME EXTRA-ARGS…: one classify in a fresh JVM; prints "NAME images/s activations left cpu-s"
  local name=$1; shift
  /usr/bin/time -f '%U %S' -o "$work/time" "$root/bin/digitwhisk" classify "$work/digits" --concurrency "$concurrency" \
    --json --no-progress "$@" > "$work/out.jsonl" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  local line rate acts left cpu
  line=$(grep -E '^[0-9]+ images: ' "$work/err")
  rate=$(sed -E 's/.*\(([0-9.]+) images\/s.*/\1/' <<<"$line")
  acts=$(sed -E 's/.*, ([0-9]+) activations?\).*/\1/' <<<"$line")
  left=$(grep -c '"deleted":false' "$work/out.jsonl" || true)
  cpu=$(awk '{printf "%.1f", $1 + $2}' "$work/time")
  echo "$name $rate $acts $left $cpu"
}

printf '%-14s %10s %12s %5s %7s\n' run images/s activations left cpu-s
: > "$work/results"
for i in $(seq 1 "$runs"); do
  for mode in per-image grouped; do
    if [ "$mode" = per-image ]; then r=$(run "$mode" --per-activation 1); else r=$(run "$mode"); fi
    echo "$r" >> "$work/results"
    read -r name rate acts left cpu <<<"$r"
    printf '%-14s %10s %12s %5s %7s\n' "$name-$i" "$rate" "$acts" "$left" "$cpu"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
single=$(awk '$1 == "per-image" {print $2}' "$work/results" | median)
grouped=$(awk '$1 == "grouped" {print $2}' "$work/results" | median)
echo "median images/s: per-image $single, grouped $grouped, ratio $(awk -v a="$grouped" -v b="$single" 'BEGIN {printf "%.2f", a / b}')"
echo "median CPU s: per-image $(awk '$1 == "per-image" {print $5}' "$work/results" | median)," \
  "grouped $(awk '$1 == "grouped" {print $5}' "$work/results" | median)"
