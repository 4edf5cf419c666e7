#!/usr/bin/env bash
# Load test of the simulator jar on loopback, side by side with a bare Javalin app serving the
# same bytes. Builds the jars, installs wrk from Debian if missing, measures cold start (and the
# start to the first create answered), GET by name (both servers, alternating, after a warm-up;
# req/s and CPU microseconds per request of each), creates per second, a filtered page and one
# clock advance over HTTP at the number created, a create's CPU time per stage in-process
# (CreateCpuCost), then the in-process run at a million (AdvanceAtScale), and prints the figures
# and ratios. Every step is bounded; everything it starts it stops.
#
#   bench/load.sh                  # defaults below
#   DURATION=20 MILLION=0 bench/load.sh
#
# Environment: SKIP_BUILD=1 (use the jars as built), DURATION (s per wrk run, 10), CONNECTIONS
# (32), THREADS (2), GET_ROUNDS (5), ROUNDS (create rounds, 3), WARMUP (GET warm-up runs per
# server, 3), MILLION (placements in-process, 1000000; 0 skips it), HEAP (-Xmx of that run, 6g), SIM_PORT
# (18080), BARE_PORT (18081), SIM_JAR and BENCH_JAR (the jars to run, for copies taken while a
# build rewrites target/).
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
GET_ROUNDS=${GET_ROUNDS:-5}
WARMUP=${WARMUP:-3}
MILLION=${MILLION:-1000000}
HEAP=${HEAP:-6g}
SIM_PORT=${SIM_PORT:-18080}
BARE_PORT=${BARE_PORT:-18081}
SIM_JAR=${SIM_JAR:-simulator/target/workload-placement-simulator.jar}
BENCH_JAR=${BENCH_JAR:-benchmarks/target/benchmarks.jar}
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }
figure() { printf '%-40s %s\n' "$1" "$2"; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  say "building the jars"
  timeout 1800 ./mvnw -q -pl simulator,benchmarks -am package -DskipTests -Pbench
fi
if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian"
  timeout 600 apt-get install -y -qq wrk >/dev/null 2>&1 ||
    { timeout 600 apt-get update -qq && timeout 600 apt-get install -y -qq wrk >/dev/null; }
fi

JAVA_QUIET=(-Dorg.slf4j.simpleLogger.defaultLogLevel=warn)

# waits (bounded) until $1 answers 200; prints the milliseconds it took since $2 (ns)
wait_ready() {
  local url=$1 since=$2 deadline=$(($(date +%s) + 60))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" == 200 ]]; do
    if (($(date +%s) > deadline)); then
      say "no 200 from $url within 60 s"
      exit 1
    fi
  done
  echo $((($(date +%s%N) - since) / 1000000))
}

start_sim() {
  java "${JAVA_QUIET[@]}" ${SIM_JAVA_OPTS:-} -jar "$SIM_JAR" --port "$SIM_PORT" --clock manual \
    >"$WORK/sim.log" 2>&1 &
  SIM_PID=$!
  PIDS+=("$SIM_PID")
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
figure machine "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
figure java "$(java -version 2>&1 | head -1)"

# cold start: process start to the first 200 on /healthz, three times
starts=()
for i in 1 2 3; do
  t0=$(date +%s%N)
  start_sim
  starts+=("$(wait_ready "http://127.0.0.1:$SIM_PORT/healthz" "$t0")")
  stop_pid "$SIM_PID"
done
figure "cold start ms (3 runs)" "${starts[*]}"

# what a start defers (the validator's bootstrap, Jackson's mapper) the first write pays: process
# start to the first create answered, polling /healthz first as a client would
firsts=()
for i in 1 2 3; do
  t0=$(date +%s%N)
  start_sim
  wait_ready "http://127.0.0.1:$SIM_PORT/healthz" "$t0" >/dev/null
  curl -sf -o /dev/null -H 'Content-Type: application/json' \
    --data-binary @adapters-rest/src/test/resources/seed/create-request.json \
    "http://127.0.0.1:$SIM_PORT/api/v1/workload-placement" ||
    { say "the first create was refused"; exit 1; }
  firsts+=("$((($(date +%s%N) - t0) / 1000000))")
  stop_pid "$SIM_PID"
done
figure "start to first create answered ms (3 runs)" "${firsts[*]}"

# what the start is made of, from the JVM's own counters once it answers
start_sim
wait_ready "http://127.0.0.1:$SIM_PORT/healthz" "$(date +%s%N)" >/dev/null
counters=$(jcmd "$SIM_PID" PerfCounter.print 2>/dev/null || true)
counter() { awk -F= -v k="$1" '$1 == k {print $2}' <<<"$counters"; }
ticks=$(counter sun.os.hrt.frequency)
ms() { awk -v t="$1" -v f="$ticks" 'BEGIN {if (f > 0) printf "%.0f", t * 1000 / f}'; }
figure "classes loaded at ready" "$(counter java.cls.loadedClasses)"
figure "class loading ms (all loaders)" "$(ms "$(counter sun.cls.time)")"
stop_pid "$SIM_PID"

# the same with an application class-data-sharing archive (Java 17 AppCDS), made by one run
SIM_JAVA_OPTS="-XX:ArchiveClassesAtExit=$WORK/sim.jsa" start_sim
wait_ready "http://127.0.0.1:$SIM_PORT/healthz" "$(date +%s%N)" >/dev/null
stop_pid "$SIM_PID"
if [[ -f "$WORK/sim.jsa" ]]; then
  starts=()
  for i in 1 2 3; do
    t0=$(date +%s%N)
    SIM_JAVA_OPTS="-XX:SharedArchiveFile=$WORK/sim.jsa" start_sim
    starts+=("$(wait_ready "http://127.0.0.1:$SIM_PORT/healthz" "$t0")")
    stop_pid "$SIM_PID"
  done
  figure "cold start ms with AppCDS (3 runs)" "${starts[*]}"
fi

start_sim
wait_ready "http://127.0.0.1:$SIM_PORT/healthz" "$(date +%s%N)" >/dev/null
API="http://127.0.0.1:$SIM_PORT/api/v1/workload-placement"
NAME=bookinfo-workload-template-worker-4-0
curl -sf -H 'Content-Type: application/json' --data-binary @adapters-rest/src/test/resources/seed/create-request.json "$API" >/dev/null
curl -sf -o "$WORK/body.json" "$API/$NAME"

java "${JAVA_QUIET[@]}" -cp "$BENCH_JAR" io.workloadplacement.bench.BareJavalinServer \
  "$BARE_PORT" "/api/v1/workload-placement/$NAME" "$WORK/body.json" >"$WORK/bare.log" 2>&1 &
BARE_PID=$!
PIDS+=("$BARE_PID")
BARE_URL="http://127.0.0.1:$BARE_PORT/api/v1/workload-placement/$NAME"
wait_ready "$BARE_URL" "$(date +%s%N)" >/dev/null
cmp -s "$WORK/body.json" <(curl -sf "$BARE_URL") || { say "the bare app does not serve the same bytes"; exit 1; }
figure "GET body bytes" "$(wc -c <"$WORK/body.json")"

wrk_run() { # url -> wrk's output
  timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$1"
}
cpu_ticks() { # pid -> user + system CPU of the process, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}
# one measured run: "req/s CPU-µs-per-request" of the server $2 serving $1
measure() {
  local url=$1 pid=$2 before after out
  before=$(cpu_ticks "$pid")
  out=$(wrk_run "$url")
  after=$(cpu_ticks "$pid")
  awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" '
    /Requests\/sec/ {rps = $2}
    /requests in/ {n = $1}
    END {printf "%s %.1f\n", rps, (n > 0 ? t / hz * 1e6 / n : 0)}' <<<"$out"
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
# both servers warmed (the JIT) before any round counts: on a busy machine one run is not enough
for ((w = 1; w <= WARMUP; w++)); do
  wrk_run "$API/$NAME" >/dev/null
  wrk_run "$BARE_URL" >/dev/null
done
sim_rps=() bare_rps=() sim_cpu=() bare_cpu=() ratios=() cpu_ratios=()
# rounds alternate which server goes first, so neither always runs in the other's wake
for ((r = 1; r <= GET_ROUNDS; r++)); do
  if ((r % 2)); then
    read -r s_rps s_cpu <<<"$(measure "$API/$NAME" "$SIM_PID")"
    read -r b_rps b_cpu <<<"$(measure "$BARE_URL" "$BARE_PID")"
  else
    read -r b_rps b_cpu <<<"$(measure "$BARE_URL" "$BARE_PID")"
    read -r s_rps s_cpu <<<"$(measure "$API/$NAME" "$SIM_PID")"
  fi
  sim_rps+=("$s_rps") bare_rps+=("$b_rps") sim_cpu+=("$s_cpu") bare_cpu+=("$b_cpu")
  ratios+=("$(awk -v a="$s_rps" -v b="$b_rps" 'BEGIN {printf "%.2f", a / b}')")
  cpu_ratios+=("$(awk -v a="$s_cpu" -v b="$b_cpu" 'BEGIN {printf "%.2f", (a > 0 ? b / a : 0)}')")
done
figure "GET by name req/s, simulator (rounds)" "${sim_rps[*]}"
figure "GET by name req/s, bare Javalin (rounds)" "${bare_rps[*]}"
figure "GET ratio simulator/bare (per round)" "${ratios[*]}"
figure "GET ratio simulator/bare (median)" "$(median "${ratios[@]}")"
figure "GET CPU µs/request, simulator (rounds)" "${sim_cpu[*]}"
figure "GET CPU µs/request, bare Javalin (rounds)" "${bare_cpu[*]}"
figure "GET CPU ratio bare/simulator (median)" "$(median "${cpu_ratios[@]}")"

heap_used() { # KiB used after a full GC
  jcmd "$SIM_PID" GC.run >/dev/null
  jcmd "$SIM_PID" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i + 1)); print $(i + 1)}}'
}
create_run() { # name prefix -> wrk's output; every request creates a fresh placement
  timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
    -s bench/create.lua "$API" -- "$1"
}
create_run warm >/dev/null
heap_before=$(heap_used)

# creates: fresh names, the seed's body; ROUNDS runs, each with its own names
create_rps=() create_cpu=() created=0 failed=0
for ((r = 1; r <= ROUNDS; r++)); do
  before=$(cpu_ticks "$SIM_PID")
  create_out=$(create_run "r$r")
  after=$(cpu_ticks "$SIM_PID")
  n=$(awk '/requests in/ {print $1}' <<<"$create_out")
  created=$((created + n))
  failed=$((failed + $(awk -F= '/failed_creates/ {print $2}' <<<"$create_out")))
  create_rps+=("$(awk '/Requests\/sec/ {print $2}' <<<"$create_out")")
  create_cpu+=("$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN {printf "%.1f", (n > 0 ? t / hz * 1e6 / n : 0)}')")
done
figure "creates/s (rounds)" "${create_rps[*]}"
figure "creates/s (median)" "$(median "${create_rps[@]}")"
figure "create CPU µs/request (rounds)" "${create_cpu[*]}"
figure "failed creates" "$failed"
heap_after=$(heap_used)
figure "placements created over HTTP" "$created"
figure "heap per placement of the jar, bytes" \
  "$(awk -v a="$heap_after" -v b="$heap_before" -v n="$created" 'BEGIN {if (n > 0) printf "%.0f", (a - b) * 1024 / n}')"

t=$(curl -s -o /dev/null -w '%{time_total}' "$API?provisioningStatus=Failed&limit=100")
figure "filtered page (none match) s" "$t"
t=$(curl -s -o /dev/null -w '%{time_total}' "$API?provisioningStatus=Pending&limit=100")
figure "filtered page (Pending) s" "$t"
t=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
  -d '{"duration": "2s"}' "http://127.0.0.1:$SIM_PORT/sim/v1/clock/advance")
figure "advance 2s over HTTP (admits every create) s" "$t"
figure "GPUs in use after" "$(curl -s "http://127.0.0.1:$SIM_PORT/sim/v1/clusters/worker-1" | grep -o '"gpusInUse":[0-9]*')"

# SIGTERM while a long advance runs: the stop must come within the grace period (5 s)
curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"duration": "3650d"}' \
  "http://127.0.0.1:$SIM_PORT/sim/v1/clock/advance" &
ADV=$!
PIDS+=("$ADV")
clock() { curl -s "http://127.0.0.1:$SIM_PORT/sim/v1/clock" | grep -o '"now":"[^"]*"'; }
before=$(clock) deadline=$(($(date +%s) + 10))
while [[ "$(clock)" == "$before" ]] && (($(date +%s) < deadline)); do :; done
t0=$(date +%s%N)
kill -TERM "$SIM_PID"
if timeout 30 tail --pid="$SIM_PID" -f /dev/null; then
  figure "SIGTERM during an advance: stopped in ms" "$((($(date +%s%N) - t0) / 1000000))"
else
  figure "SIGTERM during an advance" "NOT stopped within 30 s"
  kill -KILL "$SIM_PID" 2>/dev/null || true
fi

# a create's CPU time stage by stage, in-process on one thread (not inflated by a busy machine)
figure "create CPU per stage, in-process" "$(timeout 600 java "${JAVA_QUIET[@]}" -cp "$BENCH_JAR" \
  io.workloadplacement.rest.placement.CreateCpuCost 20000 5 | tail -1)"

if ((MILLION > 0)); then
  say "in-process: $MILLION seed-sized placements, then one advance"
  timeout 1800 java -Xmx"$HEAP" "${JAVA_QUIET[@]}" -cp "$BENCH_JAR" \
    io.workloadplacement.bench.AdvanceAtScale "$MILLION" | while IFS='=' read -r k v; do
    figure "in-process $k" "$v"
  done
fi
