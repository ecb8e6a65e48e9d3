-- wrk script: POST /api/v1/sync with 10 changes for one of many accounts, round robin.
-- Each account always writes the same 10 records (5 ratings, 5 notes) with a newer clock, so every
-- request really writes, moves community counts, and pulls back a 10-record snapshot.
local tokens = {}
local n = 0
local thread_id = 0
local events = 2000

function init(args)
  for line in io.lines(os.getenv("WORTHIT_TOKENS")) do
    tokens[#tokens + 1] = line
  end
  thread_id = math.random(0, 0xffff)
end

function request()
  n = n + 1
  local a = (n * 7919 + thread_id) % #tokens + 1
  local wall = 1700000000000 + n
  local parts = {}
  for j = 0, 9 do
    local key = "meetup:event:" .. ((a * 10 + j) % events)
    local hlc = string.format("%013d:%04x:bench-%d", wall, thread_id, thread_id)
    if j < 5 then
      local vote = ((n + j) % 2 == 0) and "worth-it" or "not-worth-it"
      parts[#parts + 1] = '{"kind":"rating","key":"' .. key .. '","value":{"vote":"' .. vote .. '"},"hlc":"' .. hlc .. '","deleted":false}'
    else
      parts[#parts + 1] = '{"kind":"note","key":"' .. key .. '","value":{"text":"note ' .. n .. '"},"hlc":"' .. hlc .. '","deleted":false}'
    end
  end
  local body = '{"cursor":null,"changes":[' .. table.concat(parts, ",") .. ']}'
  return wrk.format("POST", "/api/v1/sync", {["Authorization"] = "Bearer " .. tokens[a], ["Content-Type"] = "application/json"}, body)
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then
      io.stderr:write("sync answered " .. status .. ": " .. body .. "\n")
    end
  end
end
