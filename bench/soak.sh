#!/usr/bin/env bash
# Soak test of the simulator jar on loopback: a mixed load for a bounded time, then checks that
# nothing answered 5xx and that the server's threads, open files and heap after a full GC are where
# they were. Runs once in memory and, when the jar has --data-dir, once more on a temporary data
# directory. Every step is bounded; everything it starts it stops; exits non-zero if a check fails.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/soak.sh [options]

Starts the simulator jar on 127.0.0.1 (manual clock), warms it up with the load below, measures
its threads (/proc/PID/task), open files (/proc/PID/fd) and heap after a full GC (jcmd), runs the
load for the soak's duration, lets it settle and measures again. The load (SoakLoad, in the
benchmarks jar): writers creating, updating (half with If-Match), deleting, reading, listing and
status-jumping placements of a fixed pool of names; watchers connecting to the watch and leaving
(after reading, without reading, or at once); one thread advancing the clock through the control
API, reading clusters and timelines, and resetting now and then. When `--help` of the jar lists
--data-dir, a second run does the same on a temporary data directory.

Fails (exit 1) when an answer is >= 500, or not one its operation may give, or a request gets no
answer, or a watch frame is malformed, or the final state breaks a GPU rule, or the server logs an
ERROR or a WARN (but for a watch ended for falling behind), or threads, open files or heap
grew by more than their slack, or the server does not stop within 30 s of SIGTERM.

Options:
  --minutes N          length of each run's soak (default 3)
  --duration D         the same as seconds or with a unit: 90, 90s, 5m
  --warmup S           seconds of load before the start figures (default 30)
  --writers N          writer threads (default 6)
  --watchers N         watch clients (default 8)
  --names N            placement names in the pool (default 300)
  --reset-every S      seconds between resets during the load, 0 for none (default 60)
  --seed N             seed of the load's random choices (default 1)
  --port N             port of the simulator (default 0: any free one, so no other client finds it)
  --heap SIZE          -Xmx of the simulator (default 512m)
  --thread-slack N     threads the end may have above the start (default 8)
  --fd-slack N         open files the end may have above the start (default 8)
  --heap-slack-mb N    MiB of heap the end may have above the start (default 16)
  --skip-build         use the jars as built (also SKIP_BUILD=1); SIM_JAR and BENCH_JAR name them
  -h, --help           this text
EOF
}

cd "$(dirname "$0")/.."
SECONDS_PER_RUN=180
WARMUP=30
WRITERS=6
WATCHERS=4
NAMES=300
RESET_EVERY=60
SEED=1
PORT=0
HEAP=512m
THREAD_SLACK=8
FD_SLACK=8
HEAP_SLACK_MB=16
SKIP_BUILD=${SKIP_BUILD:-0}
SIM_JAR=${SIM_JAR:-simulator/target/workload-placement-simulator.jar}
BENCH_JAR=${BENCH_JAR:-benchmarks/target/benchmarks.jar}

fail_usage() {
  printf 'soak.sh: %s (see --help)\n' "$1" >&2
  exit 2
}
number() { [[ "$2" =~ ^[0-9]+$ ]] || fail_usage "$1 needs a whole number, not '$2'"; }
seconds_of() { # 90, 90s, 5m -> seconds
  case "$1" in
    *[0-9]s) number --duration "${1%s}" && echo "${1%s}" ;;
    *[0-9]m) number --duration "${1%m}" && echo $((${1%m} * 60)) ;;
    *) number --duration "$1" && echo "$1" ;;
  esac
}
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --skip-build) SKIP_BUILD=1; shift; continue ;;
  esac
  (($# >= 2)) || fail_usage "$1 needs a value"
  case "$1" in
    --minutes) number "$1" "$2"; SECONDS_PER_RUN=$(($2 * 60)) ;;
    --duration) SECONDS_PER_RUN=$(seconds_of "$2") ;;
    --warmup) number "$1" "$2"; WARMUP=$2 ;;
    --writers) number "$1" "$2"; WRITERS=$2 ;;
    --watchers) number "$1" "$2"; WATCHERS=$2 ;;
    --names) number "$1" "$2"; NAMES=$2 ;;
    --reset-every) number "$1" "$2"; RESET_EVERY=$2 ;;
    --seed) number "$1" "$2"; SEED=$2 ;;
    --port) number "$1" "$2"; PORT=$2 ;;
    --heap) HEAP=$2 ;;
    --thread-slack) number "$1" "$2"; THREAD_SLACK=$2 ;;
    --fd-slack) number "$1" "$2"; FD_SLACK=$2 ;;
    --heap-slack-mb) number "$1" "$2"; HEAP_SLACK_MB=$2 ;;
    *) fail_usage "unknown option $1" ;;
  esac
  shift 2
done
((SECONDS_PER_RUN > 0)) || fail_usage "the soak needs a duration above 0"

WORK=$(mktemp -d)
SIM_PID=
cleanup() {
  if [[ -n "$SIM_PID" ]]; then
    kill -KILL "$SIM_PID" 2>/dev/null || true
    wait "$SIM_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }
figure() { printf '%-44s %s\n' "$1" "$2"; }
FAILURES=()
check() { # condition-text, then the test as arguments
  local what=$1
  shift
  if ! "$@"; then
    FAILURES+=("$RUN: $what")
    figure "FAILED" "$what"
  fi
}

if [[ "$SKIP_BUILD" != 1 ]]; then
  say "building the jars"
  timeout 1800 ./mvnw -q -pl simulator,benchmarks -am package -DskipTests -Pbench
fi
missing=()
command -v curl >/dev/null || missing+=(curl)
command -v jcmd >/dev/null || missing+=(openjdk-17-jdk-headless)
if ((${#missing[@]} > 0)); then
  say "installing ${missing[*]} from Debian"
  timeout 600 apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
    { timeout 600 apt-get update -qq && timeout 600 apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

start_sim() { # extra options of the jar; sets BASE from the URL it prints
  java -Xmx"$HEAP" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$SIM_JAR" \
    --host 127.0.0.1 --port "$PORT" --clock manual "$@" >"$WORK/sim.log" 2>&1 &
  SIM_PID=$!
  local deadline=$(($(date +%s) + 120))
  BASE=
  until [[ -n "$BASE" ]] && curl -sf -o /dev/null "$BASE/healthz"; do
    if ! kill -0 "$SIM_PID" 2>/dev/null || (($(date +%s) > deadline)); then
      say "the simulator did not answer /healthz within 120 s:"
      cat "$WORK/sim.log" >&2
      exit 1
    fi
    sleep 0.2
    BASE=$(grep -o -m1 'ready on http://127\.0\.0\.1:[0-9]*' "$WORK/sim.log" | sed 's/^ready on //' || true)
  done
}

load() { # seconds -> SoakLoad's figures in $WORK/load.out; its exit code
  timeout $(($1 + 300)) java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$BENCH_JAR" \
    io.workloadplacement.bench.SoakLoad "$BASE" "$1" "$WRITERS" "$WATCHERS" "$NAMES" \
    "$RESET_EVERY" "$SEED" >"$WORK/load.out"
}
loaded() { awk -F= -v k="$1" '$1 == k {print substr($0, length(k) + 2)}' "$WORK/load.out"; }

subscribers() {
  curl -sf "$BASE/metrics" | awk '$1 == "workload_placement_watch_subscribers" {printf "%d", $2}'
}

# Once the load has gone: empties the simulator, then waits (bounded) until every watch stream
# whose client left is noticed (at the latest on its second heartbeat, 15 s apart); prints the
# seconds that took.
settle() {
  curl -sf -o /dev/null -X POST "$BASE/sim/v1/reset"
  local t0 deadline
  t0=$(date +%s)
  deadline=$((t0 + 90))
  until [[ "$(subscribers)" == 0 ]]; do
    if (($(date +%s) > deadline)); then
      echo "not within 90 s ($(subscribers) left)"
      return
    fi
    sleep 1
  done
  echo $(($(date +%s) - t0))
}

threads() { ls "/proc/$SIM_PID/task" | wc -l; }
open_files() { ls "/proc/$SIM_PID/fd" | wc -l; }
heap_kib() { # KiB used after a full GC
  jcmd "$SIM_PID" GC.run >/dev/null
  jcmd "$SIM_PID" GC.heap_info |
    awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i + 1)); print $(i + 1)}}'
}
open_file_kinds() { # what the open files are: sockets, pipes, the jar...
  ls -l "/proc/$SIM_PID/fd" 2>/dev/null | awk 'NR > 1 {print $NF}' | sed 's/:\[[0-9]*\]$//' | sort | uniq -c
}
thread_groups() { # thread names without their numbers, counted
  cat /proc/"$SIM_PID"/task/*/comm 2>/dev/null | sed 's/[-#]*[0-9][0-9]*$//' | sort | uniq -c
}

soak() { # run label, then extra options of the jar
  RUN=$1
  shift
  say "run '$RUN': start, ${WARMUP} s warm-up"
  start_sim "$@"
  if ((WARMUP > 0)); then
    load "$WARMUP" || true
  fi
  figure "[$RUN] stale watch streams gone after warm-up, s" "$(settle)"
  local threads0 files0 heap0 groups0
  heap0=$(heap_kib)
  threads0=$(threads)
  files0=$(open_files)
  groups0=$(thread_groups)

  say "run '$RUN': ${SECONDS_PER_RUN} s of load"
  local load_rc=0
  load "$SECONDS_PER_RUN" || load_rc=$?
  figure "[$RUN] load seconds" "$(loaded seconds)"
  figure "[$RUN] requests (per second)" "$(loaded requests) ($(loaded requests_per_second))"
  figure "[$RUN] answers >= 500" "$(loaded answers_5xx)"
  figure "[$RUN] answers not expected" "$(loaded answers_unexpected)"
  figure "[$RUN] requests without an answer" "$(loaded no_answer)"
  figure "[$RUN] watches opened, events read" "$(loaded watches_opened), $(loaded watch_events)"
  figure "[$RUN] malformed watch frames" "$(loaded watch_bad_frames)"
  figure "[$RUN] placements audited, rules broken" "$(loaded audited_placements), $(loaded broken_rules)"
  awk '/^answer / {sub("^answer ", ""); print}' "$WORK/load.out" | paste -sd' ' |
    fold -s -w 100 | sed "s/^/[$RUN] answers: /"
  [[ -z "$(loaded first_problem)" ]] || figure "[$RUN] first problem" "$(loaded first_problem)"
  check "the load saw 5xx or unexpected answers, no answers, bad frames or broken rules (exit $load_rc)" \
    test "$load_rc" -eq 0
  check "the load printed no figures" test -n "$(loaded requests)"

  figure "[$RUN] stale watch streams gone after the load, s" "$(settle)"
  local threads1 files1 heap1
  heap1=$(heap_kib)
  threads1=$(threads)
  files1=$(open_files)
  figure "[$RUN] threads start, end (delta)" "$threads0, $threads1 ($((threads1 - threads0)))"
  figure "[$RUN] open files start, end (delta)" "$files0, $files1 ($((files1 - files0)))"
  figure "[$RUN] heap after full GC KiB start, end (delta)" "$heap0, $heap1 ($((heap1 - heap0)))"
  check "threads grew by more than $THREAD_SLACK" test $((threads1 - threads0)) -le "$THREAD_SLACK"
  check "open files grew by more than $FD_SLACK" test $((files1 - files0)) -le "$FD_SLACK"
  check "heap grew by more than $HEAP_SLACK_MB MiB" \
    test $((heap1 - heap0)) -le $((HEAP_SLACK_MB * 1024))
  if ((files1 - files0 > FD_SLACK)); then
    say "open files by kind at the end:"
    say "$(open_file_kinds)"
  fi
  if ((threads1 - threads0 > THREAD_SLACK)); then
    say "threads by name, start then end:"
    say "$groups0"
    say "$(thread_groups)"
  fi
  if (($# > 0)); then
    figure "[$RUN] data directory size" "$(du -sh "${@: -1}" | cut -f1)"
  fi

  # a watch client that did not read may be ended for falling behind: the stream's rule, not a fault
  local anomalies behind t0
  behind=$(grep -c 'watch ended: the client fell' "$WORK/sim.log" || true)
  anomalies=$(grep 'ERROR\|WARN' "$WORK/sim.log" | grep -vc 'watch ended: the client fell' || true)
  figure "[$RUN] server log: ERROR or WARN lines, watches ended behind" "$anomalies, $behind"
  check "the server logged errors or warnings" test "$anomalies" -eq 0
  ((anomalies == 0)) || grep 'ERROR\|WARN' "$WORK/sim.log" | grep -v 'the client fell' | head -5 |
    sed "s/^/[$RUN] log: /"

  t0=$(date +%s%N)
  kill -TERM "$SIM_PID"
  if timeout 30 tail --pid="$SIM_PID" -f /dev/null; then
    figure "[$RUN] stopped on SIGTERM in ms" "$((($(date +%s%N) - t0) / 1000000))"
  else
    check "the server did not stop within 30 s of SIGTERM" false
    kill -KILL "$SIM_PID" 2>/dev/null || true
  fi
  wait "$SIM_PID" 2>/dev/null || true
  SIM_PID=
}

figure machine "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
figure "load average at start" "$(cut -d' ' -f1-3 /proc/loadavg)"
figure java "$(java -version 2>&1 | head -1)"
figure "soak per run, s (warm-up)" "$SECONDS_PER_RUN ($WARMUP)"
figure "writers, watchers, names, reset every s" "$WRITERS, $WATCHERS, $NAMES, $RESET_EVERY"

soak "in memory"
if java -jar "$SIM_JAR" --help 2>&1 | grep -q -- '--data-dir'; then
  mkdir "$WORK/data"
  soak "data dir" --data-dir "$WORK/data"
else
  figure "data dir" "skipped: the jar has no --data-dir"
fi
figure "load average at end" "$(cut -d' ' -f1-3 /proc/loadavg)"

if ((${#FAILURES[@]} > 0)); then
  printf 'FAIL: %s\n' "${FAILURES[@]}"
  exit 1
fi
echo "PASS"
