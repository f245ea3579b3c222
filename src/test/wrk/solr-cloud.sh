#!/bin/bash
# SolrCloud on this machine (issue 24): a MiniSolrCloudCluster of NODES nodes holding the corpus under
# DATA in SHARDS shards x REPLICAS replicas, built through CloudSolrClient, then searched over HTTP by
# wrk the way solr-node.sh searches one standalone node (solr-search.lua: the keyword query through
# SolrKeywordParser, facets, highlighting; ROUNDS rounds of 10 s warm-up and 30 s measured, 2 x 16).
# usage: src/test/wrk/solr-cloud.sh DATA CONF_DIR
#   CONF_DIR: the conf directory of a Solr home SolrComparison wrote (SOLR_HOME/jixiao/conf).
#   NODES, SHARDS, REPLICAS (default 2, 2, 1), ROUNDS (default 2), HEAP (default 3g, the whole cluster),
#   CONNECTIONS (default 16; 1 measures a query's own latency, without queueing).
cd "$(dirname "$0")/../../.."   # the project root
DATA=$1; CONF=$2
NODES=${NODES:-2}; SHARDS=${SHARDS:-2}; REPLICAS=${REPLICAS:-1}; ROUNDS=${ROUNDS:-2}; HEAP=${HEAP:-3g}
CONNECTIONS=${CONNECTIONS:-16}; THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
mvn -q -o test-compile > /dev/null
mvn -q -o -Psolr-node dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/solr-node.classpath > /dev/null
LOG=/tmp/solr-cloud.log; : > $LOG
java -Xmx$HEAP -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dsolr.log.level=WARN \
  -cp target/test-classes:target/classes:$(cat target/solr-node.classpath) src/test/wrk/SolrCloudNode.java \
  "$CONF" "$DATA" "$NODES" "$SHARDS" "$REPLICAS" > $LOG 2>&1 &
CLUSTER=$!
trap 'kill $CLUSTER 2>/dev/null; wait 2>/dev/null' EXIT
until grep -q '^NODE ' $LOG; do
  if ! kill -0 $CLUSTER 2>/dev/null; then echo "the cluster stopped:"; tail -20 $LOG; exit 1; fi
  sleep 2
done
grep '^BUILT' $LOG
URL=$(grep '^NODE ' $LOG | head -1 | sed 's/^NODE //; s#/solr$##')
for r in $(seq 1 $ROUNDS); do
  wrk -t$THREADS -c$CONNECTIONS -d10s -s src/test/wrk/solr-search.lua "$URL" > /dev/null 2>&1
  echo "== round $r: $SHARDS shards x $REPLICAS replicas on $NODES nodes, via $URL, $CONNECTIONS connections"
  wrk -t$THREADS -c$CONNECTIONS -d30s --timeout 10s --latency -s src/test/wrk/solr-search.lua "$URL" | grep -E 'Requests/sec|errors|50%|99%|Non-2xx'
done
