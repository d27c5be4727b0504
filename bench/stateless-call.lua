-- wrk script: 2026-07-28 (stateless) tools/call, no session: each request carries its _meta and the request
-- metadata headers, with a fresh id and progressToken. Counts as ../shared/bench/call.lua does, so that the figures
-- compare: done() prints "progress_total N", "bad N" and "results N".
-- env: MCP_TOOL, MCP_ARGS (JSON object)
local tool = os.getenv("MCP_TOOL") or "echo"
local args = os.getenv("MCP_ARGS") or "{}"
local threads = {}
local meta = '"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}'

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(argv)
  counter = 0
  progress = 0
  bad = 0
  results = 0
end

function request()
  counter = counter + 1
  local id = tid * 100000000 + counter
  local body = '{"jsonrpc":"2.0","id":' .. id .. ',"method":"tools/call","params":{"name":"' .. tool ..
      '","arguments":' .. args .. ',"_meta":{"progressToken":"t' .. id .. '",' .. meta .. '}}}'
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Accept"] = "application/json, text/event-stream"
  headers["MCP-Protocol-Version"] = "2026-07-28"
  headers["Mcp-Method"] = "tools/call"
  headers["Mcp-Name"] = tool
  return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
  local _, n = string.gsub(body, "notifications/progress", "")
  progress = progress + n
  if status ~= 200 or not string.find(body, '"result"', 1, true) or string.find(body, '"isError":true', 1, true) then
    bad = bad + 1
  else
    results = results + 1
  end
end

function done(summary, latency, requests)
  local p, b, r = 0, 0, 0
  for _, t in ipairs(threads) do
    p = p + t:get("progress"); b = b + t:get("bad"); r = r + t:get("results")
  end
  io.write(string.format("progress_total %d\nbad %d\nresults %d\n", p, b, r))
end
