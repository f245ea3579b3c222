-- wrk soak script: a mix of search (every mode), similar items, benchmark, concepts, compare and lint.
-- usage: wrk -t2 -c32 -d600s --latency -s src/test/wrk/soak.lua http://127.0.0.1:7070
local queries = { "满意度", "系统可用率", "接通率", "物业巡检完成率", "系统稳定不宕机", "接电话的速度", "培训次数", "投诉" }
local modes = { "hybrid", "bm25", "vector" }
local draft = "项目名称\t绩效目标\t绩效指标\n热线运行\t保障热线\t1、产出指标：接通率，年度指标值：≥90%。2、满意度指标：群众满意度，年度指标值：无。\n"
local i = 0

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  i = i + 1
  local k = i % 10
  local q = encode(queries[(i % #queries) + 1])
  if k < 6 then
    return wrk.format("GET", "/api/search?mode=" .. modes[(i % 3) + 1] .. "&q=" .. q)
  elseif k < 7 then
    return wrk.format("GET", "/api/benchmark?q=" .. q)
  elseif k < 8 then
    return wrk.format("GET", "/api/concepts?min=2")
  elseif k < 9 then
    return wrk.format("POST", "/api/lint", { ["Content-Type"] = "text/plain; charset=utf-8" }, draft)
  elseif i % 20 == 9 then
    -- 物业巡检完成率 of the bundled corpus: ids are stable, derived from the file name
    return wrk.format("GET", "/api/indicators/1a74fefaf966-p1-i1/similar?limit=10")
  else
    return wrk.format("GET", "/api/compare?by=district&values=" .. encode("海珠区,黄埔区"))
  end
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
