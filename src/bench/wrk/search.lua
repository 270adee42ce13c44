-- wrk script for SearchBench: GET /api/v1/regulations/search for each line of WANQI_QUERIES (paths
-- with the query already URL-encoded), every client going through them from its own offset.
-- WANQI_TOKEN is the bearer token.

local token = os.getenv("WANQI_TOKEN")
local paths = {}
for line in io.lines(os.getenv("WANQI_QUERIES")) do
  paths[#paths + 1] = line
end
dofile(os.getenv("WANQI_WRK_DIR") .. "/common.lua")

function request()
  counter = counter + 1
  local path = paths[((counter * 7 + thread_id * 131) % #paths) + 1]
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
