#!/usr/bin/env bash
# Install (Debian packages) and start PostgreSQL and Redis on 127.0.0.1 for the production
# profile's tests. Idempotent: safe to run again when they are already up.
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 || { echo "services: PostgreSQL did not start"; exit 1; }
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='premiere'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE premiere LOGIN CREATEDB PASSWORD 'premiere'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='premiere'\"" | grep -q 1 ||
  su postgres -c "createdb -O premiere premiere"

redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 ||
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 1; done
redis-cli -h 127.0.0.1 ping >/dev/null || { echo "services: Redis did not start"; exit 1; }
echo "services: PostgreSQL and Redis are up on 127.0.0.1"
