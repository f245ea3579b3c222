-- wrk script: the queries of search.lua, asked of a standalone Solr node the way SolrPeer asks the
-- embedded one (the same keyword query through SolrKeywordParser, 10 hits with their records, the
-- seven facets, the highlighted name), so both servers do the same work per request.
-- usage: wrk -t2 -c16 -d30s -s src/test/wrk/solr-search.lua http://127.0.0.1:8983
local queries = { "满意度", "系统可用率", "接通率", "物业巡检完成率", "系统稳定不宕机", "老百姓对热线满不满意",
  "接电话的速度", "培训次数", "投诉", "验收合格率", "按时办结率", "网络安全", "巡查完成率", "群众满意率" }
local i = 0

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local fixed = "&rows=10&fl=id,record,score&facet=true&facet.limit=50&facet.mincount=1"
  .. "&facet.field=city&facet.field=district&facet.field=unit&facet.field=level1&facet.field=level2"
  .. "&facet.field=year&facet.field=targetKind"
  .. "&hl=true&hl.method=unified&hl.fl=name_cjk&hl.tag.pre=" .. encode("<em>") .. "&hl.tag.post=" .. encode("</em>")
  .. "&hl.encoder=html&hl.bs.type=WHOLE&hl.weightMatches=false&wt=json"

function request()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/solr/jixiao/select?q=" .. encode("{!jixiao of=indicator v=$qq}") .. "&qq=" .. encode(q) .. fixed)
end

function done(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
