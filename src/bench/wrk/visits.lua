-- wrk script for VisitIngestionBench: each request POSTs a new visit (one advice item, one risk)
-- with a fresh Idempotency-Key, spread over the 300 demo enterprises. Set by the bench through
-- the environment: WANQI_TOKEN (bearer token), WANQI_DEADLINE (an ISO date in the future),
-- WANQI_RUN (a label that keeps keys of different runs apart) and, optionally, WANQI_PACE_MS (a pause
-- each client makes before each request, to offer a given rate rather than all the server takes).

local token = os.getenv("WANQI_TOKEN")
local deadline = os.getenv("WANQI_DEADLINE")
local run = os.getenv("WANQI_RUN") or "run"
local pace = tonumber(os.getenv("WANQI_PACE_MS") or "0")
dofile(os.getenv("WANQI_WRK_DIR") .. "/common.lua")

function init(args)
  math.randomseed(os.time() + thread_id * 7919)
end

function delay()
  return pace
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
