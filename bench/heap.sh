#!/usr/bin/env bash
# Heap per placement of the simulator jar at a given number created over HTTP: starts the jar
# (manual clock, -Xmx$HEAP), creates WARM placements (bench/create.lua, the seed's body under fresh
# names), takes the heap used after a full GC, creates N more, takes it again, and prints the
# difference per placement, counted by the server's own gauge of stored placements, with the
# classes that grew the most (per placement). With BEFORE_JAR it measures that jar first, then
# SIM_JAR, in the same run (A/B). Every step is bounded; everything it starts it stops.
#
#   bench/heap.sh                                    # 1,000,000 placements in a 2 GiB heap
#   N=200000 BEFORE_JAR=/tmp/main.jar bench/heap.sh  # A/B against another build
#
# Environment: SKIP_BUILD=1 (use the jar as built), N (1000000), WARM (20000), HEAP (2g),
# CONNECTIONS (32), THREADS (2), CLASSES (classes shown, 12), SIM_PORT (18090), SIM_JAR,
# BEFORE_JAR (unset: SIM_JAR alone).
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-1000000}
WARM=${WARM:-20000}
HEAP=${HEAP:-2g}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
CLASSES=${CLASSES:-12}
SIM_PORT=${SIM_PORT:-18090}
SIM_JAR=${SIM_JAR:-simulator/target/workload-placement-simulator.jar}
BEFORE_JAR=${BEFORE_JAR:-}
WORK=$(mktemp -d)
SIM_PID=

cleanup() {
  if [[ -n "$SIM_PID" ]]; then
    kill "$SIM_PID" 2>/dev/null || true
    wait "$SIM_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }
figure() { printf '%-40s %s\n' "$1" "$2"; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  say "building the jar"
  timeout 1800 ./mvnw -q -pl simulator -am package -DskipTests
fi
command -v wrk >/dev/null || { say "wrk is missing: bench/load.sh installs it"; exit 1; }

API="http://127.0.0.1:$SIM_PORT/api/v1/workload-placement"

stored() { # placements stored, from the server's gauges
  curl -sf "http://127.0.0.1:$SIM_PORT/metrics" |
    awk '/^workload_placements\{/ {n += $2} END {printf "%d", n}'
}
heap_used() { # KiB used after a full GC
  timeout 300 jcmd "$SIM_PID" GC.run >/dev/null
  timeout 60 jcmd "$SIM_PID" GC.heap_info |
    awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i + 1)); print $(i + 1)}}'
}
histogram() { # the class histogram of live objects (a full GC first)
  timeout 300 jcmd "$SIM_PID" GC.class_histogram >"$1"
}
create() { # name prefix, placements -> wrk's output, once the server stores that many more
  local per_thread=$((($2 + THREADS - 1) / THREADS)) target=$(($(stored) + $2)) wrk_pid
  # each thread stops after its share, but wrk itself runs its duration out: interrupt it then
  timeout 3600 wrk -t"$THREADS" -c"$CONNECTIONS" -d3000s -s bench/create.lua "$API" -- "$1" \
    "$per_thread" >"$WORK/wrk.txt" &
  wrk_pid=$!
  local deadline=$(($(date +%s) + 3600))
  while kill -0 "$wrk_pid" 2>/dev/null && (($(stored) < target)) && (($(date +%s) < deadline)); do
    sleep 2
  done
  pkill -INT -P "$wrk_pid" wrk 2>/dev/null || true
  wait "$wrk_pid" || true
  cat "$WORK/wrk.txt"
}

measure() { # label, jar
  local label=$1 jar=$2
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Xmx"$HEAP" -jar "$jar" --port "$SIM_PORT" \
    --clock manual >"$WORK/sim.log" 2>&1 &
  SIM_PID=$!
  local deadline=$(($(date +%s) + 120))
  until curl -sf -o /dev/null "http://127.0.0.1:$SIM_PORT/healthz"; do
    (($(date +%s) < deadline)) || { say "$label: no 200 from /healthz within 120 s"; exit 1; }
    sleep 0.2
  done
  create warm "$WARM" >/dev/null
  local before_n before_heap after_n after_heap out
  before_n=$(stored)
  histogram "$WORK/before.txt"
  before_heap=$(heap_used)
  out=$(create "$label" "$N")
  after_n=$(stored)
  after_heap=$(heap_used)
  histogram "$WORK/after.txt"
  local created=$((after_n - before_n))
  figure "$label: placements created over HTTP" "$created (failed: $(awk -F= '/failed_creates/ {print $2}' <<<"$out"); -Xmx$HEAP; load $(cut -d' ' -f1-3 /proc/loadavg))"
  figure "$label: heap used after a full GC, MiB" "$((before_heap / 1024)) before, $((after_heap / 1024)) after"
  figure "$label: heap per placement, bytes" \
    "$(awk -v a="$after_heap" -v b="$before_heap" -v n="$created" 'BEGIN {if (n > 0) printf "%.0f", (a - b) * 1024 / n}')"
  # the classes that grew the most, bytes and instances per placement
  awk -v n="$created" -v label="$label" '
    FNR == NR && $1 ~ /^[0-9]+:$/ {bytes[$4] -= $3; count[$4] -= $2; next}
    $1 ~ /^[0-9]+:$/ {bytes[$4] += $3; count[$4] += $2}
    END {
      for (c in bytes) printf "%.1f %.2f %s\n", bytes[c] / n, count[c] / n, c
    }' "$WORK/before.txt" "$WORK/after.txt" | sort -gr | awk -v l="$CLASSES" 'NR <= l' |
    while read -r b i c; do figure "$label:   $c" "$b bytes, $i instances"; done
  kill "$SIM_PID" 2>/dev/null || true
  wait "$SIM_PID" 2>/dev/null || true
  SIM_PID=
}

figure machine "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "$BEFORE_JAR" ]]; then
  measure before "$BEFORE_JAR"
fi
measure jar "$SIM_JAR"
