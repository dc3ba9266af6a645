-- wrk script: POST /run with the image URL from $IMAGE_URL; counts answers that are not a digit
-- (HTTP 200 with "res":-1 is a failed activation, which wrk alone would count as a success).
wrk.method = "POST"
wrk.body = '{"value":{"url":"' .. os.getenv("IMAGE_URL") .. '"}}'
wrk.headers["Content-Type"] = "application/json"

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failed = 0
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"res": ?%d') then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("failed")
  end
  io.write(string.format("failed activations: %d\n", total))
end
