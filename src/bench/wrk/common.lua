-- What every wrk script of ours shares: each thread's own number (thread_id, set by setup()), a
-- request counter, and done(), which prints the figures in the one line Wrk.java reads.
-- A script loads it with: dofile(os.getenv("WANQI_WRK_DIR") .. "/common.lua")

local threads = {}
counter = 0
thread_id = 0

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  io.write(string.format("WRK requests=%d seconds=%.3f non2xx=%d errors=%d p50=%.3f p99=%.3f max=%.3f\n",
    summary.requests, summary.duration / 1e6, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
