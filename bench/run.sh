#!/usr/bin/env bash
# Benchmarks of the starter against stock Spring Security (see docs/benchmarks.md for what each figure means).
#
#   bench/run.sh              full run (about 18 minutes): builds, warms up >= 30 s per app, 5 alternating rounds
#   bench/run.sh --smoke      short durations, to prove the script works (the bench module's tests run this)
#   bench/run.sh --no-build   use what the last build left in */target (the tests use it: the reactor just built it)
#
# Every process it starts is stopped by its pid on exit. Durations can be overridden through the BENCH_* variables
# read below. Needs a JDK on the PATH (or JAVA_HOME); installs wrk and curl from Debian when they are missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mode=full
build=yes
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --no-build) build=no ;;
    *) echo "usage: bench/run.sh [--smoke] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ "$mode" = smoke ]; then
  : "${BENCH_WARMUP:=2}" "${BENCH_ROUND:=2}" "${BENCH_ROUNDS:=2}" "${BENCH_STARTS:=1}" "${BENCH_ROTATION:=4}"
  : "${BENCH_JMH:=-f 1 -wi 1 -w 1s -i 1 -r 1s -p missPoolSize=16}" "${BENCH_M2M_CALLS:=1000}"
else
  : "${BENCH_WARMUP:=15}" "${BENCH_ROUND:=10}" "${BENCH_ROUNDS:=5}" "${BENCH_STARTS:=3}" "${BENCH_ROTATION:=10}"
  : "${BENCH_JMH:=-f 1 -wi 3 -w 3s -i 5 -r 3s}" "${BENCH_M2M_CALLS:=10000}"
fi
: "${BENCH_THREADS:=2}" "${BENCH_CONNECTIONS:=32}" "${BENCH_JVM_OPTS:=}"
# the starter refetches keys for an unknown kid at most once per jwks-min-refresh-interval (30 s by default)
min_refresh_interval=31

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d "${TMPDIR:-/tmp}/userclouds-bench.XXXXXX")
pids=()

stop_all() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
on_exit() {
  local status=$?
  stop_all
  if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "bench: failed; logs kept in $work" >&2; fi
}
trap on_exit EXIT
trap 'exit 143' TERM INT

fail() { echo "bench: $*" >&2; exit 1; }
log() { echo "# $*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# ratio A B: A/B with 2 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
# stats v1 v2 ...: "median M (min A, max B, n=N)" with 2 decimals; stats0 with none; median: M alone
stats() { stats_format "%.2f" "$@"; }
stats0() { stats_format "%.0f" "$@"; }
stats_format() {
  local format=$1
  shift
  printf '%s\n' "$@" | sort -g | awk -v f="$format" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median " f " (min " f ", max " f ", n=%d)", m, v[1], v[NR], NR }'
}
median() { stats "$@" | awk '{ print $2 }'; }

# --- tools -----------------------------------------------------------------------------------------------------------
missing=()
for tool in wrk curl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq >"$work/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >>"$work/apt.log" 2>&1 \
    || fail "could not install ${missing[*]} (see $work/apt.log)"
fi

# --- build -----------------------------------------------------------------------------------------------------------
if [ "$build" = yes ]; then
  log "building sample-m2m, sample-webflux and bench"
  # the jar plugin keeps a sample's jar when the sample's own classes did not change, and its nested starter jar with
  # it: without this, a change to the starter alone would be measured on the previous build
  rm -f "$root"/sample-m2m/target/sample-m2m-*.jar "$root"/sample-webflux/target/sample-webflux-*.jar
  (cd "$root" && ./mvnw -q -pl sample-m2m,sample-webflux,bench -am package -DskipTests) >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "build failed"; }
fi
build_hint="build it (./mvnw -pl sample-m2m,sample-webflux,bench -am package)"
for file in stock-classpath.txt stock-reactive-classpath.txt bench-classpath.txt classes/META-INF/BenchmarkList; do
  [ -e "$root/bench/target/$file" ] || fail "bench/target/$file is missing: $build_hint"
done
case ":$(cat "$root/bench/target/bench-classpath.txt"):" in
  *":$root/autoconfigure/target/"*) ;;
  *) fail "bench/target/bench-classpath.txt does not use this checkout's autoconfigure (a stale installed jar?): build with the reactor (./mvnw -pl sample-m2m,sample-webflux,bench -am package)" ;;
esac
# each stock app runs on its own stack only (bench/pom.xml): with the other stack's jars the figures would differ
! grep -q '/spring-webflux-' "$root/bench/target/stock-classpath.txt" || fail "stock-classpath.txt has WebFlux on it"
! grep -q '/spring-webmvc-' "$root/bench/target/stock-reactive-classpath.txt" \
  || fail "stock-reactive-classpath.txt has Spring MVC on it"
# The samples run from a plain classpath (their jar unpacked), as the stock apps do, so that none pays for nested-jar
# loading. unpack_sample MODULE: sets sample_cp and sample_main
unpack_sample() {
  local jar
  jar=$(ls "$root/$1/target/$1"-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  [ -n "$jar" ] || fail "$1/target/$1-*.jar is missing: $build_hint"
  mkdir -p "$work/$1"
  (cd "$work/$1" && jar xf "$jar")
  sample_cp="$work/$1/BOOT-INF/classes:$work/$1/BOOT-INF/lib/*"
  sample_main=$(awk -F': ' '/^Start-Class:/ { gsub("\r", "", $2); print $2 }' "$work/$1/META-INF/MANIFEST.MF")
}
unpack_sample sample-webflux
webflux_cp=$sample_cp
webflux_main=$sample_main
unpack_sample sample-m2m
stock_cp="$root/bench/target/classes:$(cat "$root/bench/target/stock-classpath.txt")"
stock_reactive_cp="$root/bench/target/classes:$(cat "$root/bench/target/stock-reactive-classpath.txt")"
bench_cp="$root/bench/target/classes:$(cat "$root/bench/target/bench-classpath.txt")"

# --- the fake tenant -------------------------------------------------------------------------------------------------
"$java" -cp "$stock_cp" com.userclouds.bench.tenant.BenchTenant "$work/tenant-url" >"$work/tenant.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do [ -s "$work/tenant-url" ] && break; sleep 0.1; done
[ -s "$work/tenant-url" ] || fail "the bench tenant did not start (see $work/tenant.log)"
tenant=$(cat "$work/tenant-url")
log "tenant at $tenant"
mint() { curl -fsS "$tenant/bench/token?scope=orders:read"; }
calls() { curl -fsS "$tenant/bench/calls?endpoint=$1"; }

# --- the apps --------------------------------------------------------------------------------------------------------
declare -A port pid first_token_ms
# The samples carry Actuator, whose observations (every request, every Spring Security filter) the stock apps lack:
# switched off here so that the figures compare the security work alone
sample_args=(--management.observations.enable.all=false)
# app_command NAME: sets command to the app's java arguments
app_command() {
  case "$1" in
    sample) command=(-cp "$sample_cp" "$sample_main" "--userclouds.tenant-url=$tenant" "${sample_args[@]}") ;;
    stock) command=(-cp "$stock_cp" com.userclouds.bench.stock.StockResourceServerApplication "--bench.tenant-url=$tenant") ;;
    webflux) command=(-cp "$webflux_cp" "$webflux_main" "--userclouds.tenant-url=$tenant" "${sample_args[@]}") ;;
    stock_webflux) command=(-cp "$stock_reactive_cp" com.userclouds.bench.stockreactive.StockReactiveResourceServerApplication
      "--bench.tenant-url=$tenant") ;;
  esac
}
# start_app NAME: starts the app and waits until /public/ping answers; sets startup_ms to how long that took
start_app() {
  local name=$1 log="$work/$1.log" started p deadline
  app_command "$name"
  started=$(now_ms)
  # shellcheck disable=SC2086 # BENCH_JVM_OPTS is a list of options
  "$java" $BENCH_JVM_OPTS "${command[@]}" --server.port=0 --server.address=127.0.0.1 \
    --spring.main.banner-mode=off >"$log" 2>&1 &
  pid[$name]=$!
  pids+=(${pid[$name]})
  p=""
  for _ in $(seq 1 3600); do
    p=$(grep -oE '(Tomcat|Netty) started on port [0-9]+' "$log" 2>/dev/null | grep -oE '[0-9]+$' | head -n 1 || true)
    [ -n "$p" ] && break
    kill -0 "${pid[$name]}" 2>/dev/null || { cat "$log" >&2; fail "$name stopped while starting"; }
    sleep 0.05
  done
  [ -n "$p" ] || fail "$name did not start in 3 minutes (see $log)"
  port[$name]=$p
  # bounded: an app that listens but answers errors (a broken build) would hold the script forever
  deadline=$(( $(now_ms) + 60000 ))
  until curl -fsS -o /dev/null "http://127.0.0.1:$p/public/ping" 2>/dev/null; do
    [ "$(now_ms)" -lt "$deadline" ] || fail "$name does not answer /public/ping with 2xx (see $log)"
    sleep 0.02
  done
  startup_ms=$(( $(now_ms) - started ))
}
stop_app() {
  local name=$1 remaining=()
  kill "${pid[$name]}" 2>/dev/null || true
  wait "${pid[$name]}" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "${pid[$name]}" ] || remaining+=("$p"); done
  pids=("${remaining[@]}")
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/${pid[$1]}/status"; }

# load NAME PATH SECONDS [TOKEN [HEADER]]: runs wrk, sending the token as "HEADER: Bearer TOKEN" (Authorization)
load() {
  local name=$1 path=$2 seconds=$3 token=${4:-} header=${5:-Authorization} out
  if [ -n "$token" ]; then
    out=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${seconds}s" --timeout 10s -H "$header: Bearer $token" \
      "http://127.0.0.1:${port[$name]}$path")
  else
    out=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${seconds}s" --timeout 10s "http://127.0.0.1:${port[$name]}$path")
  fi
  echo "$out" >>"$work/wrk.log"
  # prints "requests/s failed total": failed counts non-2xx answers, connect errors and timeouts
  awk '/requests in/ { total = $1 } /^Requests\/sec:/ { rps = $2 } /Non-2xx or 3xx responses:/ { bad += $5 }
       /Socket errors:/ { gsub(",", ""); bad += $4 + $10 } END { printf "%s %d %d\n", rps, bad, total }' <<<"$out"
}
# rps NAME PATH SECONDS [TOKEN [HEADER]]: requests/s of a run that must have answered only 2xx
rps() {
  local rps failed total
  read -r rps failed total <<<"$(load "$@")"
  [ "$failed" = 0 ] || fail "$1 $2 failed $failed of $total requests: the figure would be wrong (see $work/wrk.log)"
  echo "$rps"
}

# check_protected NAME TOKEN: /api/orders refuses a request without a token and answers one with it; a throughput
# taken from an endpoint that nothing guards would be no security tax at all
check_protected() {
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port[$1]}/api/orders")
  [ "$status" = 401 ] || fail "$1 answered /api/orders without a token with $status, not 401"
  rps "$1" /api/orders 1 "$2" >/dev/null
}
# tax_round NAME ROUND: one round of figure 1 for one app, the endpoints in the order of the round's parity; adds
# /api/orders over /public/ping to tax[NAME] and sets protected_NAME and open_NAME (requests/s)
declare -A tax
tax_round() {
  local name=$1 round=$2 open protected r
  if [ $(( round % 2 )) -eq 1 ]; then
    open=$(rps "$name" /public/ping "$BENCH_ROUND")
    protected=$(rps "$name" /api/orders "$BENCH_ROUND" "$token")
  else
    protected=$(rps "$name" /api/orders "$BENCH_ROUND" "$token")
    open=$(rps "$name" /public/ping "$BENCH_ROUND")
  fi
  r=$(ratio "$protected" "$open")
  tax[$name]="${tax[$name]:-} $r"
  declare -g "protected_$name=$protected" "open_$name=$open"
  log "round $round: $name /api/orders $protected req/s, /public/ping $open req/s, ratio $r"
}

# --- figure 5 (startup and memory), alternating starts ---------------------------------------------------------------
declare -A startups rss_idle
for round in $(seq 1 "$BENCH_STARTS"); do
  for name in stock sample; do
    start_app "$name"
    startups[$name]="${startups[$name]:-} $startup_ms"
    rss_idle[$name]="${rss_idle[$name]:-} $(rss_kb "$name")"
    log "start $round: $name ready in $startup_ms ms, RSS $(rss_kb "$name") kB"
    [ "$round" -eq "$BENCH_STARTS" ] || stop_app "$name"
  done
done

# --- warm-up ---------------------------------------------------------------------------------------------------------
token=$(mint)
for name in sample stock; do
  first_token_ms[$name]=$(now_ms)
  log "warming up $name: ${BENCH_WARMUP}s /public/ping + ${BENCH_WARMUP}s /api/orders"
  # cold code may be slow enough to time out: the warm-up counts no failure
  load "$name" /public/ping "$BENCH_WARMUP" >/dev/null
  load "$name" /api/orders "$BENCH_WARMUP" "$token" >/dev/null
done

# --- figure 4 (key rotation under load) ------------------------------------------------------------------------------
# rotation NAME: load with the current key's token; mid-run the tenant rotates; then load with a new-key token too
declare -A rotation_result
rotation() {
  local name=$1 old new before wait_ms old_result new_result
  old=$(mint)
  rps "$name" /api/orders 1 "$old" >/dev/null # the app knows the current key before the rotation
  wait_ms=$(( first_token_ms[$name] + min_refresh_interval * 1000 - $(now_ms) ))
  if [ "$wait_ms" -gt 0 ]; then
    log "waiting $(( wait_ms / 1000 + 1 ))s: the tenant rotates at least jwks-min-refresh-interval after the app's first fetch"
    sleep $(( wait_ms / 1000 + 1 ))
  fi
  load "$name" /api/orders $(( 2 * BENCH_ROTATION )) "$old" >"$work/rotation-old" &
  local old_load=$!
  sleep $(( BENCH_ROTATION / 2 ))
  before=$(calls jwks)
  curl -fsS -o /dev/null "$tenant/bench/rotate"
  new=$(mint)
  new_result=$(load "$name" /api/orders "$BENCH_ROTATION" "$new")
  wait "$old_load"
  old_result=$(cat "$work/rotation-old")
  read -r _ new_failed new_total <<<"$new_result"
  read -r _ old_failed old_total <<<"$old_result"
  rotation_result[$name]="JWKS fetches $(( $(calls jwks) - before )), failed new-key requests $new_failed of $new_total, failed old-key requests $old_failed of $old_total"
  log "rotation $name: ${rotation_result[$name]}"
}
rotation sample
rotation stock

# --- figure 1 (security tax), alternating apps and endpoints ---------------------------------------------------------
token=$(mint)
check_protected sample "$token"
check_protected stock "$token"
# the rotation left the JIT unsettled and /public/orders is new: without this, the first rounds ran at a third of the
# later rounds' rate
log "settling: ${BENCH_WARMUP}s on each endpoint of figure 1"
for name in sample stock; do
  load "$name" /public/ping "$BENCH_WARMUP" >/dev/null
  load "$name" /api/orders "$BENCH_WARMUP" "$token" >/dev/null
done
load stock /public/orders "$BENCH_WARMUP" "$token" X-Unread-Token >/dev/null
starter_vs_stock=()
ceiling=()
chain_floor=()
for round in $(seq 1 "$BENCH_ROUNDS"); do
  for name in sample stock; do
    tax_round "$name" "$round"
    if [ "$name" = stock ]; then
      # the same answer and as many request bytes as /api/orders (the token in a header nothing reads), with no
      # security at all: the most any token check could leave of /public/ping's throughput
      unguarded=$(rps stock /public/orders "$BENCH_ROUND" "$token" X-Unread-Token)
      ceiling+=("$(ratio "$unguarded" "$open_stock")")
      log "round $round: stock /public/orders (no security, same headers) $unguarded req/s, over /public/ping ${ceiling[-1]}"
    fi
  done
  starter_vs_stock+=("$(ratio "$protected_sample" "$protected_stock")")
  chain_floor+=("$(ratio "$open_stock" "$open_sample")")
done
declare -A rss_loaded
for name in stock sample; do
  rss_loaded[$name]=$(rss_kb "$name")
done
# the apps would take CPU from the WebFlux apps and JMH
stop_app sample
stop_app stock

# --- figure 1 (WebFlux): the same method on the reactive stack -------------------------------------------------------
for name in webflux stock_webflux; do
  start_app "$name"
  log "$name ready in $startup_ms ms"
done
token=$(mint)
check_protected webflux "$token"
check_protected stock_webflux "$token"
# no rotation runs between, so the servlet apps' warm-up and settling become two passes here: the same load on every
# endpoint before the first round
log "warming up and settling: 2 x ${BENCH_WARMUP}s on each endpoint of figure 1 (WebFlux)"
for _ in warm-up settle; do
  for name in webflux stock_webflux; do
    load "$name" /public/ping "$BENCH_WARMUP" >/dev/null
    load "$name" /api/orders "$BENCH_WARMUP" "$token" >/dev/null
  done
  load stock_webflux /public/orders "$BENCH_WARMUP" "$token" X-Unread-Token >/dev/null
done
webflux_vs_stock=()
webflux_ceiling=()
for round in $(seq 1 "$BENCH_ROUNDS"); do
  for name in webflux stock_webflux; do
    tax_round "$name" "$round"
  done
  # as figure 1's ceiling: the orders with no security and as many request bytes, over the same app's /public/ping
  unguarded=$(rps stock_webflux /public/orders "$BENCH_ROUND" "$token" X-Unread-Token)
  webflux_ceiling+=("$(ratio "$unguarded" "$open_stock_webflux")")
  log "round $round: stock reactive /public/orders (no security, same headers) $unguarded req/s, over /public/ping ${webflux_ceiling[-1]}"
  webflux_vs_stock+=("$(ratio "$protected_webflux" "$protected_stock_webflux")")
done
stop_app webflux
stop_app stock_webflux

# --- figure 2 (JMH) --------------------------------------------------------------------------------------------------
log "JMH: $BENCH_JMH"
# shellcheck disable=SC2086 # BENCH_JMH is a list of options
"$java" -cp "$bench_cp" org.openjdk.jmh.Main TokenValidationBenchmark $BENCH_JMH -rf csv -rff "$work/jmh.csv" \
  >"$work/jmh.log" 2>&1 || { cat "$work/jmh.log" >&2; fail "JMH failed"; }
jmh() { awk -F, -v b="$1" '{ gsub("\"", "") } $1 ~ ("\\." b "$") { printf "%.0f", $5 }' "$work/jmh.csv"; }
jmh_error() { awk -F, -v b="$1" '{ gsub("\"", "") } $1 ~ ("\\." b "$") { print ($6 == "NaN") ? "n/a" : sprintf("%.0f", $6) }' "$work/jmh.csv"; }
for b in starterMiss stockMiss starterHit stockHit; do
  [ -n "$(jmh "$b")" ] || fail "JMH printed no score for $b (see $work/jmh.log)"
done

# --- figure 3 (M2M token requests) ----------------------------------------------------------------------------------
log "M2M: $BENCH_M2M_CALLS outbound calls from 32 threads, stock Spring Security then the starter"
"$java" -cp "$bench_cp" com.userclouds.bench.m2m.M2mTokenRequests "$BENCH_M2M_CALLS" >"$work/m2m.log" 2>&1 \
  || { cat "$work/m2m.log" >&2; fail "the M2M benchmark failed"; }
m2m=$(grep -E '^m2m token requests:' "$work/m2m.log") || fail "the M2M benchmark printed no result (see $work/m2m.log)"
m2m_stock=$(sed -E 's/.*stock ([0-9]+).*/\1/' <<<"$m2m")
m2m_starter=$(sed -E 's/.*starter ([0-9]+).*/\1/' <<<"$m2m")

# --- the figures -----------------------------------------------------------------------------------------------------
echo
echo "== userclouds-spring-boot-starter benchmarks ($mode run, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)) =="
# shellcheck disable=SC2086 # word lists
{
  echo "FIGURE 1 security tax (/api/orders req/s over /public/ping req/s, same app, same run; target >= 0.80 for sample-m2m)"
  echo "  sample-m2m (starter): $(stats ${tax[sample]})"
  echo "  stock app (reference): $(stats ${tax[stock]})"
  echo "  sample-m2m /api/orders over stock /api/orders: $(stats "${starter_vs_stock[@]}")"
  echo "  ceiling: stock /public/orders (the same answer and headers, no security) over /public/ping: $(stats "${ceiling[@]}")"
  echo "  filter chain: stock /public/ping (through a permit-all Spring Security chain) over sample-m2m's (outside every chain): $(stats "${chain_floor[@]}")"
  echo "FIGURE 1 (WebFlux) security tax (the same ratios on the reactive stack; targets: >= 0.80 for sample-webflux, and its /api/orders >= 2x the stock reactive app's)"
  echo "  sample-webflux (starter): $(stats ${tax[webflux]})"
  echo "  stock reactive app (reference): $(stats ${tax[stock_webflux]})"
  echo "  sample-webflux /api/orders over stock reactive /api/orders: $(stats "${webflux_vs_stock[@]}")"
  echo "  ceiling: stock reactive /public/orders (the same answer and headers, no security) over /public/ping: $(stats "${webflux_ceiling[@]}")"
  echo "FIGURE 2 JMH validation of one token (ops/s, +- 99.9% error; targets: miss >= 1.0x, hit >= 20x)"
  echo "  miss: starter $(jmh starterMiss) +- $(jmh_error starterMiss), stock $(jmh stockMiss) +- $(jmh_error stockMiss), ratio $(ratio "$(jmh starterMiss)" "$(jmh stockMiss)")x"
  echo "  hit:  starter $(jmh starterHit) +- $(jmh_error starterHit), stock $(jmh stockHit) +- $(jmh_error stockHit), ratio $(ratio "$(jmh starterHit)" "$(jmh stockHit)")x"
  echo "FIGURE 3 M2M token requests per outbound calls from 32 threads (full run: 10,000 calls; target: 1 for the starter)"
  echo "  token requests for $BENCH_M2M_CALLS calls: stock Spring Security $m2m_stock, starter $m2m_starter"
  echo "FIGURE 4 key rotation under load (targets: 1 JWKS fetch, 0 non-2xx for new-key tokens)"
  echo "  sample-m2m (starter): ${rotation_result[sample]}"
  echo "  stock app (reference): ${rotation_result[stock]}"
  echo "FIGURE 5 startup and memory (targets: startup <= 1.15x, RSS <= 1.10x)"
  echo "  startup ms to first /public/ping answer: sample-m2m $(stats0 ${startups[sample]}), stock $(stats0 ${startups[stock]}), ratio of medians $(ratio "$(median ${startups[sample]})" "$(median ${startups[stock]})")x"
  echo "  RSS kB after start: sample-m2m $(stats0 ${rss_idle[sample]}), stock $(stats0 ${rss_idle[stock]}), ratio of medians $(ratio "$(median ${rss_idle[sample]})" "$(median ${rss_idle[stock]})")x"
  echo "  RSS kB after the load: sample-m2m ${rss_loaded[sample]}, stock ${rss_loaded[stock]}, ratio $(ratio "${rss_loaded[sample]}" "${rss_loaded[stock]}")x"
}
