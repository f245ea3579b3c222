#!/bin/bash
# The Jixiao API over a SolrCloud collection (issue 24), beside the embedded figures of run1m-http.sh:
# a cluster of NODES nodes on this machine (SolrCluster: MiniSolrCloudCluster in its own JVM, HEAP for
# all of it), the corpus under DATA put into a collection of SHARDS shards x REPLICAS replicas by
# `jixiao index --solr` (vectors from INDEX's embedding cache), then `jixiao serve --solr` measured by
# run1m-http.sh (wrk bm25 and hybrid, one upload and one delete).
# usage: src/test/wrk/solr-api.sh DATA INDEX      (NODES=2 SHARDS=2 REPLICAS=1 HEAP=6g)
cd "$(dirname "$0")/../../.."   # the project root
DATA=$1; INDEX=$2
NODES=${NODES:-2}; SHARDS=${SHARDS:-2}; REPLICAS=${REPLICAS:-1}; HEAP=${HEAP:-6g}
mvn -q -o test-compile generate-test-resources > /dev/null
CP=target/test-classes:target/classes:$(tr ':' '\n' < target/test.classpath | grep -v log4j-slf4j2-impl | paste -sd:)
WORK=$(mktemp -d /tmp/jixiao-cloud.XXXXXX)
LOG=$WORK/launcher.log
java -Djixiao.solr.heap=$HEAP -cp "$CP" org.jixiao.search.SolrCluster "$WORK" "$NODES" > $LOG 2>&1 &
CLUSTER=$!
trap 'kill $CLUSTER 2>/dev/null; wait 2>/dev/null' EXIT
until grep -q '^ZK ' $LOG; do
  if ! kill -0 $CLUSTER 2>/dev/null; then echo "the cluster stopped:"; tail -20 $LOG; exit 1; fi
  sleep 1
done
ZK=$(grep '^ZK ' $LOG | cut -d' ' -f2)
echo "cluster: $NODES nodes, ZooKeeper $ZK"
set -o pipefail
/usr/bin/time -f "index wall %e s, RSS %M KB" java -Xmx2g -jar target/jixiao.jar index --solr "$ZK" --collection jixiao \
  --shards $SHARDS --replicas $REPLICAS --data "$DATA" --index "$INDEX" 2>&1 | grep -v '^正在计算' || { echo "index failed"; exit 1; }
du -sh "$WORK/cluster"
DATA=$DATA INDEX=$INDEX SERVE_ARGS="--solr $ZK --collection jixiao" src/test/wrk/run1m-http.sh
ps -o rss= -p $(pgrep -f SolrClusterNode | head -1) | awk '{print "cluster RSS " $1 " KB"}'
