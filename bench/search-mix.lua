-- wrk script for bench/run's search mix: BENCH_BODIES names JSON request bodies separated by commas; each request
-- posts the next one in turn, so every query of the mix is measured equally often.
local bodies = {}
for path in string.gmatch(os.getenv("BENCH_BODIES") or "", "[^,]+") do
  local f = assert(io.open(path, "r"))
  bodies[#bodies + 1] = f:read("*a")
  f:close()
end
assert(#bodies > 0, "BENCH_BODIES names no file")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local next_body = 0

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
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
