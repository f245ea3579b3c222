-- wrk script: cycles through search queries (names and paraphrases) in one mode.
-- usage: wrk -t2 -c16 -d30s -s src/test/wrk/search.lua http://127.0.0.1:7070 -- hybrid
local queries = { "满意度", "系统可用率", "接通率", "物业巡检完成率", "系统稳定不宕机", "老百姓对热线满不满意",
  "接电话的速度", "培训次数", "投诉", "验收合格率", "按时办结率", "网络安全", "巡查完成率", "群众满意率" }
local mode = "hybrid"
local i = 0

function init(args)
  if args[1] then mode = args[1] end
end

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/api/search?mode=" .. mode .. "&q=" .. encode(q))
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
