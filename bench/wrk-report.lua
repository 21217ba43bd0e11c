-- wrk script for bench/run. BENCH_BODY (a file) makes the request a JSON POST (the GraphQL county page);
-- without it wrk sends its plain GET. done() prints one machine-readable line the harness parses.
local body_file = os.getenv("BENCH_BODY")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "r"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

-- errors.status counts HTTP statuses >= 400; GraphQL errors are checked by bench/run before the load.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("BENCH rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
