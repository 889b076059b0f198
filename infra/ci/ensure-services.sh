#!/usr/bin/env bash
# Makes sure the MariaDB and Redis that the tests use are running on this machine's standard
# ports (127.0.0.1:3306, root with an empty password; 127.0.0.1:6379), starting them with the
# machine's own packages when they are stopped. The tests start their own OpenSearch.
# The end-to-end tests (e2e/) need Debian's chromium (and a CJK font for readable screenshots);
# they are installed with apt when missing.
set -euo pipefail

wait_for() { # name, command
  for _ in $(seq 1 60); do
    if eval "$2" >/dev/null 2>&1; then echo "ensure-services: $1 is up"; return 0; fi
    sleep 1
  done
  echo "ensure-services: $1 did not come up" >&2
  return 1
}

mariadb_up='mariadb-admin --protocol=tcp -h127.0.0.1 -P3306 -uroot ping'
if ! eval "$mariadb_up" >/dev/null 2>&1; then
  echo "ensure-services: starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
wait_for MariaDB "$mariadb_up"

redis_up='redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG'
if ! eval "$redis_up" >/dev/null 2>&1; then
  echo "ensure-services: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
wait_for Redis "$redis_up"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "ensure-services: installing chromium for the end-to-end tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei
elif ! fc-list 2>/dev/null | grep -qi 'wqy\|noto.*cjk'; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei || echo "ensure-services: no CJK font; screenshots show boxes for Chinese"
fi
echo "ensure-services: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
