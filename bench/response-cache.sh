# bench/run's response-cache section (#21), sourced by bench/run after its own server has stopped; it uses that
# script's variables and functions (app, base, root, work, data_dir, duration, half, connections, state_code,
# county_fips, log, has_errors, stop_server, server_pid) and sets cache_line and cached_ratio for the results.
#
# A server of its own, with the response cache on as deployed: the county page as a GraphQL GET (the tests' query
# text, 10 partners) answered from the cache vs the bench host's /bench/static-page writing the same bytes from
# memory (the physical limit: no GraphQL, no database); then the same load while an editor creates a partner serving
# the county once a second (bench/cache_check.py checks that every page read after a write's acknowledgement counts
# it; the cache's counters give the hit rate); then If-None-Match revalidations (304/s).

cache_url="$base/graphql?$(python3 -c '
import json, sys, urllib.parse
body = json.load(open(sys.argv[1]))
print(urllib.parse.urlencode({"query": body["query"], "operationName": body["operationName"], "variables": json.dumps(body["variables"], separators=(",", ":"))}))' "$work/county-page-10.json")"
static_url="$base/bench/static-page"
cache_key="$("$app" keys create --admin --label "bench/run response cache editor" --data-dir "$data_dir" | tail -1 | tr -d '[:space:]')"

log "starting the server with the response cache on"
"$app" serve --data-dir "$data_dir" --urls "$base" --GraphQL:MaxCost=1000000 \
  --RateLimits:ReadCostLimit=2000000000 --RateLimits:ReadCostPerPeriod=2000000000 --RateLimits:ReplenishmentPeriod=00:00:01 \
  --Logging:LogLevel:Default=Warning --Database:SeedOnStart=false --Search:Sync:Enabled=false >"$work/server-cache.log" 2>&1 &
server_pid=$!
deadline=$(( $(date +%s) + 120 ))
until curl -sf -H 'Accept: application/json' "$cache_url" -o "$work/cached-page.json" 2>/dev/null; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-cache.log" >&2; echo "bench/run: the server exited" >&2; exit 1; }
  (( $(date +%s) < deadline )) || { echo "bench/run: no answer from the server in 120 s" >&2; exit 1; }
  sleep 0.05
done
if has_errors <"$work/cached-page.json"; then cat "$work/cached-page.json" >&2; echo "bench/run: the county page GET failed" >&2; exit 1; fi
curl -sf -X PUT --data-binary @"$work/cached-page.json" "$static_url"
cmp -s "$work/cached-page.json" <(curl -sf "$static_url") || { echo "bench/run: the static page is not the county page's bytes" >&2; exit 1; }

cache_counts() { curl -sf "$base/bench/response-cache" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("hits", 0), d.get("misses", 0))'; }
cache_run() { # url seconds [if-none-match]
  BENCH_ROOT="$root" BENCH_IF_NONE_MATCH="${3:-}" wrk -t1 -c"$connections" -d"${2}s" --timeout 30s --latency -s "$root/bench/cache-load.lua" "$1" | grep '^BENCH ' | sed 's/^BENCH //'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
cache_counts >/dev/null # starts the bench host's listener on the cache's meter

log "warming up the cached page and the static page"
cache_run "$cache_url" "$warmup" >/dev/null
cache_run "$static_url" "$warmup" >/dev/null
log "measuring the cached county page vs the static page: 2 x ${half} s each, $connections connections"
c1=$(cache_run "$cache_url" "$half"); s1=$(cache_run "$static_url" "$half"); s2=$(cache_run "$static_url" "$half"); c2=$(cache_run "$cache_url" "$half")
read -r c_rps c_p50 c_p95 c_req c_err s_rps s_p50 s_p95 s_req s_err cached_ratio < <(python3 -c '
import sys
def parse(line): return {k: float(v) for k, v in (kv.split("=") for kv in line.split())}
c1, c2, s1, s2 = map(parse, sys.argv[1:])
def merge(a, b): return [(a["rps"] + b["rps"]) / 2, (a["p50_ms"] + b["p50_ms"]) / 2, (a["p95_ms"] + b["p95_ms"]) / 2, a["requests"] + b["requests"], a["errors"] + b["errors"]]
c, s = merge(c1, c2), merge(s1, s2)
fmt = lambda m: f"{m[0]:.1f} {m[1]:.2f} {m[2]:.2f} {int(m[3])} {int(m[4])}"
print(fmt(c), fmt(s), f"{c[0] / s[0]:.2f}")' "$c1" "$c2" "$s1" "$s2")
if (( c_err > 0 || s_err > 0 )); then cached_ratio="invalid ($c_err cached and $s_err static errors)"; fi
log "cached county page $c_rps req/s, static page $s_rps req/s: ratio $cached_ratio"

# At least 10 s, so that even a short run checks several writes.
write_seconds=$(( duration > 10 ? duration : 10 ))
log "the same load for $write_seconds s while an editor creates a partner serving the county once a second"
read -r hits_before misses_before < <(cache_counts)
cache_run "$cache_url" "$write_seconds" >"$work/cache-writes-wrk.txt" &
wrk_pid=$!
check_line=$(python3 "$root/bench/cache_check.py" "$cache_url" "$base/graphql" "$cache_key" "$state_code" "$county_fips" "$write_seconds" | sed -n 's/^BENCH //p')
wait "$wrk_pid"
read -r hits_after misses_after < <(cache_counts)
w_line=$(cat "$work/cache-writes-wrk.txt")
hit_rate=$(python3 -c "h, m = $hits_after - $hits_before, $misses_after - $misses_before; print(f'{100 * h / max(1, h + m):.1f}% ({h} hits, {m} misses)')")
writes=$(field writes "$check_line"); checked=$(field checked "$check_line"); stale=$(field stale "$check_line")
log "under writes: $(field rps "$w_line") req/s, hit rate $hit_rate; $writes writes, $checked pages checked, $stale stale"

etag=$(curl -sf -D - -o /dev/null -H 'Accept: application/json' "$cache_url" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | tr -d '\r')
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' -H "If-None-Match: $etag" "$cache_url")" == 304 ]] \
  || { echo "bench/run: If-None-Match with the current ETag was not answered 304" >&2; exit 1; }
log "measuring If-None-Match revalidation: $half s"
r_line=$(cache_run "$cache_url" "$half" "$etag")
log "revalidation: $(field rps "$r_line") 304/s"
stop_server

cache_line="cached GraphQL GET $c_rps req/s (p50 $c_p50 ms, p95 $c_p95 ms, $c_req requests, $c_err errors) vs the same $(stat -c %s "$work/cached-page.json") bytes from memory (\`GET /bench/static-page\`) $s_rps req/s (p50 $s_p50 ms, p95 $s_p95 ms, $s_req requests, $s_err errors): **cached/static $cached_ratio** (goal >= 0.5). While an editor wrote once a second for $write_seconds s: $(field rps "$w_line") req/s ($(field errors "$w_line") errors), hit rate $hit_rate; $writes writes, $checked pages read by the checker, **$stale stale** (read after a write's acknowledgement without it). If-None-Match revalidation: $(field rps "$r_line") 304/s ($(field errors "$r_line") errors)"
