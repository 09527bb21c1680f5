-- wrk script: like post.lua, but each connection waits PAUSE_MS after every answer, so that
-- -c N connections offer about N * 1000 / (PAUSE_MS + latency) requests per second (a fixed
-- rate from a C client: no client JIT or GC in the measurement). A server stall shorter than
-- PAUSE_MS delays the other connections' requests, which wrk then counts in full.
dofile("post.lua") -- the same request (run from bench/, as service.sh does); done() is replaced below
local pause = tonumber(os.getenv("PAUSE_MS") or "19")

function delay()
  return pause
end

done = function(summary, latency, requests)
  io.write(string.format("p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms non2xx_or_errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, summary.errors.status + summary.errors.connect
      + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
