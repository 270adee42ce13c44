-- wrk script for VisitIngestionBench: each request POSTs a new visit (one advice item, one risk)
-- with a fresh Idempotency-Key, spread over the 300 demo enterprises. Set by the bench through
-- the environment: WANQI_TOKEN (bearer token), WANQI_DEADLINE (an ISO date in the future),
-- WANQI_RUN (a label that keeps keys of different runs apart) and, optionally, WANQI_RATE: the visits
-- per second all clients together offer, on a fixed schedule (0 or unset: each client sends its next
-- visit as soon as the last is answered, all the server takes).

local token = os.getenv("WANQI_TOKEN")
local deadline = os.getenv("WANQI_DEADLINE")
local run = os.getenv("WANQI_RUN") or "run"
local rate = tonumber(os.getenv("WANQI_RATE") or "0")
dofile(os.getenv("WANQI_WRK_DIR") .. "/common.lua")

-- A fixed rate: each wrk thread hands out send times at equal intervals to its connections, and a
-- connection waits for its slot. A late answer does not move the schedule (the next slots come
-- sooner), so the offered rate holds as long as the server keeps up.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } wanqi_timespec;
  int clock_gettime(int clock, wanqi_timespec *now);
]]
local clock = ffi.new("wanqi_timespec")
local interval = rate > 0 and 1000 * tonumber(os.getenv("WANQI_WRK_THREADS")) / rate or 0
local next_slot = nil

local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

function init(args)
  math.randomseed(os.time() + thread_id * 7919)
end

function delay()
  if interval == 0 then
    return 0
  end
  local now = now_ms()
  next_slot = (next_slot or now) + interval
  return math.max(0, math.floor(next_slot - interval - now))
end

function request()
  counter = counter + 1
  local enterprise = string.format("ent-%04d", 1 + (counter * 7 + thread_id) % 300)
  local body = '{"enterpriseId":"' .. enterprise .. '","type":"ASSISTANCE",'
    .. '"startedAt":"2026-03-02T09:30:00+08:00","endedAt":"2026-03-02T10:40:00+08:00",'
    .. '"summary":"检查危废贮存间，台账基本完整。",'
    .. '"advice":[{"text":"完善危废管理台账","citations":[]}],'
    .. '"risks":[{"category":"HAZARDOUS_WASTE","severity":"GENERAL","description":"危废标识不全","deadline":"' .. deadline .. '"}]}'
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("%s-%d-%d-%08x", run, thread_id, counter, math.random(0, 0x7fffffff)),
  }
  return wrk.format("POST", "/api/v1/visits", headers, body)
end
