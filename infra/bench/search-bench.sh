#!/usr/bin/env bash
# The catalogue search benchmark (see docs/benchmarks.md). Rerunnable:
#   infra/bench/search-bench.sh [scenarios] [seconds] [clients] [requests]   defaults: 100000 60 32 8000
# (each measured phase answers the first `requests` of the sequence — half with 4 clients, a quarter
# with clients pausing — and stops early after three times `seconds`)
# Builds the production jar, starts an OpenSearch node (child JVM, 1 GB heap) and the application
# against the local MariaDB/MySQL (database scenehub_bench, recreated unless BENCH_REUSE=1) and
# Redis, writes generated scenarios into MySQL (BENCH_LOAD_API=1: through the import API, slow),
# then runs SearchBench.java. With
# BENCH_REUSE=1 the database and the OpenSearch data of the previous run are kept, so only the
# measurements run again. Stops what it started on exit. Writes infra/bench/target/search-bench.md.
#
# Settings (environment): BENCH_DB (scenehub_bench), BENCH_REDIS_URI (redis://127.0.0.1:6379/2),
# BENCH_MYSQL (mysql -uroot -h127.0.0.1), BENCH_MAVEN_ARGS (e.g. -o), BENCH_APP_HEAP (1g),
# BENCH_OPENSEARCH_HEAP (1g), BENCH_APP_JAVA_OPTS (e.g. a JFR recording to profile the application),
# BENCH_SEARCHES_ONLY=1 (with BENCH_REUSE=1: skip segmentation and reindex, measure searches only).
set -euo pipefail

SCENARIOS=${1:-100000}
SECONDS_EACH=${2:-60}
CLIENTS=${3:-32}
REQUESTS=${4:-8000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/infra/bench/target"
DB=${BENCH_DB:-scenehub_bench}
MYSQL=${BENCH_MYSQL:-mysql -uroot -h127.0.0.1}
REDIS_URI=${BENCH_REDIS_URI:-redis://127.0.0.1:6379/2}
PASSWORD=bench-admin-password
mkdir -p "$OUT"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "== build"
(cd "$ROOT" && mvn -B -q -DskipTests ${BENCH_MAVEN_ARGS:-} package -pl backend -am)

if [ "${BENCH_REUSE:-0}" != 1 ]; then
  echo "== fresh database $DB and OpenSearch data"
  $MYSQL -e "DROP DATABASE IF EXISTS \`$DB\`"
  rm -rf "$OUT/opensearch"
fi

APP_PID=""; NODE_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NODE_PID" ] && kill "$NODE_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== OpenSearch"
OS_PORT=$(free_port); OS_TRANSPORT=$(free_port)
NODE_JAR=$(ls "$ROOT"/infra/opensearch-node/target/scenehub-opensearch-node-*.jar | head -1)
NODE_CP="$NODE_JAR:$(cat "$ROOT/infra/opensearch-node/target/classes/cn/scenehub/opensearchnode/node.classpath")"
rm -f "$OUT/node.stdin"; mkfifo "$OUT/node.stdin"
# The node stops when its stdin closes; this script holds it open on descriptor 7.
java -Xms${BENCH_OPENSEARCH_HEAP:-1g} -Xmx${BENCH_OPENSEARCH_HEAP:-1g} -Dlog4j2.formatMsgNoLookups=true -cp "$NODE_CP" \
  cn.scenehub.opensearchnode.OpenSearchNodeMain "$OUT/opensearch" "$OS_PORT" "$OS_TRANSPORT" \
  < "$OUT/node.stdin" > "$OUT/opensearch.log" 2>&1 &
NODE_PID=$!
exec 7> "$OUT/node.stdin"
until curl -sf "http://127.0.0.1:$OS_PORT/_cluster/health" > /dev/null; do sleep 1; done

echo "== application"
APP_PORT=$(free_port)
SCENEHUB_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci" \
SCENEHUB_REDIS_URI="$REDIS_URI" SCENEHUB_OPENSEARCH_URLS="http://127.0.0.1:$OS_PORT" SCENEHUB_OPENSEARCH_INDEX_PREFIX=bench- \
SCENEHUB_DEMO=false SCENEHUB_ADMIN_PASSWORD=$PASSWORD MICRONAUT_SERVER_PORT=$APP_PORT \
  java -Xmx${BENCH_APP_HEAP:-1g} ${BENCH_APP_JAVA_OPTS:-} -jar "$ROOT/backend/target/scenehub.jar" > "$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$APP_PORT/health" > /dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped, see $OUT/app.log"; exit 1; }
  sleep 1
done

echo "== benchmark"
java -Xmx1g -cp "$ROOT/backend/target/scenehub.jar" "$ROOT/infra/bench/SearchBench.java" \
  --app "http://127.0.0.1:$APP_PORT" --opensearch "http://127.0.0.1:$OS_PORT" --prefix bench- \
  --scenarios "$SCENARIOS" --seconds "$SECONDS_EACH" --clients "$CLIENTS" --requests "$REQUESTS" --admin-password "$PASSWORD" --redis "$REDIS_URI" \
  --app-pid "$APP_PID" --opensearch-pid "$NODE_PID" \
  --report "$OUT/search-bench.md" ${BENCH_LOAD_API:+--load api} ${BENCH_SEARCHES_ONLY:+--searches-only true} \
  $( [ -z "${BENCH_LOAD_API:-}" ] && echo --jdbc "jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci" )
