#!/bin/bash
# Upload-to-searchable latency over HTTP, both backends, on a copy of a generated corpus.
# usage: [JAR=target/jixiao.jar] [BACKENDS="accelerated reference"] src/test/wrk/upload-latency.sh DATA INDEX LOG [extra serve args]
# Uploads go to DATA/uploads and are deleted again; run it on a copy of a corpus.
J=${JAR:-target/jixiao.jar}; DATA=$1; IDX=$2; LOG=$3; shift 3
for b in ${BACKENDS:-accelerated reference}; do
  java -Xmx3g -jar $J serve --data $DATA --index $IDX --backend $b --port 7093 --admin-token t0k "$@" > /tmp/upload-serve-$b.log 2>&1 &
  PID=$!
  until curl -sf http://127.0.0.1:7093/api/health > /dev/null; do sleep 1; done
  echo "== $b $(curl -s http://127.0.0.1:7093/api/health)" >> $LOG
  for i in 1 2 3 4 5; do
    NAME="上传测速${b:0:1}${i}号巡检完成率"
    printf '2025年项目支出绩效目标表\n\n单位名称：珠海市金田区教育局\n\n单位：万元\n\n项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n合计\t10.00\t10.00\t\t\t\t\n珠海市金田区教育局\t10.00\t10.00\t\t\t\t\n测速保障项目%s\t10.00\t10.00\t\t\t保障测速；\t1、产出指标：%s，年度指标值：95%%。\n' "$i" "$NAME" > /tmp/upload-$b-$i.txt
    Q=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))" "$NAME")
    T0=$(date +%s%N)
    RESP=$(curl -s -H 'Authorization: Bearer t0k' -F "files=@/tmp/upload-$b-$i.txt;filename=speed-$b-$i.txt" http://127.0.0.1:7093/api/documents)
    T1=$(date +%s%N)
    until curl -s "http://127.0.0.1:7093/api/search?q=$Q&mode=bm25&limit=1" | grep -q "\"name\":\"$NAME\""; do sleep 0.01; done
    T2=$(date +%s%N)
    DOC=$(echo "$RESP" | python3 -c "import json,sys;print(json.load(sys.stdin)['files'][0]['documentId'])")
    T3=$(date +%s%N)
    curl -s -X DELETE -H 'Authorization: Bearer t0k' http://127.0.0.1:7093/api/documents/$DOC > /dev/null
    until ! curl -s "http://127.0.0.1:7093/api/search?q=$Q&mode=bm25&limit=1" | grep -q "\"name\":\"$NAME\""; do sleep 0.01; done
    T4=$(date +%s%N)
    echo "$b upload $i: answered $(( (T1-T0)/1000000 )) ms, searchable $(( (T2-T0)/1000000 )) ms; delete gone $(( (T4-T3)/1000000 )) ms" >> $LOG
  done
  kill $PID; wait $PID 2>/dev/null
done
echo DONE >> $LOG
