-- wrk script: GET /api/v1/community with 20 prefixes, drawn from the prefixes of the rated events.
local prefixes = {}
function init(args)
  for line in io.lines(os.getenv("WORTHIT_PREFIXES")) do
    prefixes[#prefixes + 1] = line
  end
end

function request()
  local picked = {}
  for i = 1, 20 do
    picked[i] = prefixes[math.random(#prefixes)]
  end
  return wrk.format("GET", "/api/v1/community?prefixes=" .. table.concat(picked, ","))
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then
      io.stderr:write("community answered " .. status .. ": " .. body .. "\n")
    end
  end
end
