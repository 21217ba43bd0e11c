-- wrk script for bench/run's response-cache section: wrk-report.lua's GET and report line, with the headers a GraphQL
-- GET client sends (Accept, which the CSRF rule asks for) and, for the revalidation load, If-None-Match.
dofile(os.getenv("BENCH_ROOT") .. "/bench/wrk-report.lua")
wrk.headers["Accept"] = "application/json"
local etag = os.getenv("BENCH_IF_NONE_MATCH")
if etag and etag ~= "" then
  wrk.headers["If-None-Match"] = etag
end
