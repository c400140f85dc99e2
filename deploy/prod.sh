#!/usr/bin/env bash
# The production stack on one machine, on 127.0.0.1: PostgreSQL and Redis (deploy/services.sh),
# two gunicorn app instances, the background worker, and nginx in front (static and media
# files, compression, a one-second microcache for anonymous GETs).
#
#   deploy/prod.sh up       start everything (idempotent); the site is on http://127.0.0.1:8080
#   deploy/prod.sh down     stop what `up` started (PostgreSQL and Redis stay up)
#   deploy/prod.sh status   say what is running
#
# Settings come from the environment, with these defaults: PREMIERE_PORT (8080),
# PREMIERE_APP_PORTS ("8001 8002"), DATABASE_URL and REDIS_URL (the local services),
# PREMIERE_DATA_DIR (var/prod), DEMO (1: load the demo content when the site is empty).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN="$ROOT/.venv/bin"

PORT=${PREMIERE_PORT:-8080}
APP_PORTS=${PREMIERE_APP_PORTS:-"8001 8002"}
export PREMIERE_DATA_DIR=${PREMIERE_DATA_DIR:-$ROOT/var/prod}
export DATABASE_URL=${DATABASE_URL:-postgres://premiere:premiere@127.0.0.1:5432/premiere}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export PREMIERE_DB_POOL_SIZE=${PREMIERE_DB_POOL_SIZE:-8}
export PREMIERE_SERVE_MEDIA=0            # nginx serves MEDIA_ROOT
export PREMIERE_TRUSTED_PROXIES=127.0.0.1  # nginx's X-Real-IP names the client
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
RUN="$PREMIERE_DATA_DIR/run"

say() { echo "prod: $*"; }

running() { [ -f "$1" ] && kill -0 "$(cat "$1" 2>/dev/null)" 2>/dev/null; }

stop_pidfile() {
  local file=$1
  if running "$file"; then
    kill -TERM "$(cat "$file")"
    for _ in $(seq 1 40); do running "$file" || break; sleep 0.5; done
    running "$file" && kill -KILL "$(cat "$file")" 2>/dev/null || true
  fi
  rm -f "$file"
}

nginx_conf() {
  local upstreams=""
  for port in $APP_PORTS; do upstreams+="    server 127.0.0.1:$port;"$'\n'; done
  # The site's own policy for what nginx answers by itself (static and media files).
  local csp="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
frame-ancestors 'none'"
  cat <<EOF
worker_processes auto;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log warn;
events { worker_connections 2048; }
http {
  include /etc/nginx/mime.types;
  types { text/calendar ics; }
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 30;
  server_tokens off;
  client_max_body_size 20m;
  client_body_temp_path $RUN/tmp/body;
  proxy_temp_path $RUN/tmp/proxy;
  fastcgi_temp_path $RUN/tmp/fastcgi;
  uwsgi_temp_path $RUN/tmp/uwsgi;
  scgi_temp_path $RUN/tmp/scgi;

  gzip on;
  gzip_vary on;
  gzip_proxied any;
  gzip_min_length 1024;
  gzip_types text/css application/javascript application/json application/problem+json
             application/atom+xml application/rss+xml application/xml text/xml text/calendar
             text/plain image/svg+xml;

  # The microcache: a page fetched by a crowd is made once a second at most. Signed-in
  # readers (a session cookie) always reach the app and their pages are never stored.
  proxy_cache_path $RUN/cache levels=1:2 keys_zone=pages:16m max_size=256m inactive=10m
                   use_temp_path=off;
  map \$http_cookie \$signed_in {
    default 0;
    "~*(^|;\\s*)sessionid=" 1;
  }
  # An answer the app marks private or no-store is never stored, whatever else holds.
  map \$upstream_http_cache_control \$personal_answer {
    default 0;
    "~*(private|no-store)" 1;
  }

  upstream premiere {
$upstreams    keepalive 32;
  }

  server {
    listen 127.0.0.1:$PORT;
    server_name _;

    location /static/ {
      alias $PREMIERE_DATA_DIR/static/;
      gzip_static on;
      expires 1y;
      add_header Cache-Control "public, immutable";
      add_header Content-Security-Policy "$csp";
      add_header X-Content-Type-Options nosniff;
    }
    location /media/ {
      alias $PREMIERE_DATA_DIR/media/;
      expires 7d;
      add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'";
      add_header X-Content-Type-Options nosniff;
    }
    location / {
      proxy_pass http://premiere;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The Host as the browser sent it, port and all: Django's CSRF check compares a form's
      # Origin header (http://127.0.0.1:8080) with it, and \$host drops the port.
      proxy_set_header Host \$http_host;
      proxy_set_header X-Real-IP \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # nginx compresses for the client (gzip above); the app, asked for plain pages, keeps
      # its CPU and the microcache holds one copy of each page.
      proxy_set_header Accept-Encoding "";
      proxy_read_timeout 30s;

      proxy_cache pages;
      proxy_cache_methods GET HEAD;
      proxy_cache_key \$scheme\$host\$request_uri;
      proxy_cache_valid 200 301 302 404 1s;
      # One second for every anonymous answer, whatever max-age the app gives browsers and
      # CDNs (pages say max-age=0, s-maxage=1; the API no-cache); answers setting a cookie or
      # marked private or no-store, and requests with a session, are never stored.
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_bypass \$signed_in;
      proxy_no_cache \$signed_in \$personal_answer;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
      proxy_cache_background_update on;
      add_header X-Cache \$upstream_cache_status always;
    }
  }
}
EOF
}

up() {
  command -v nginx >/dev/null || {
    say "installing nginx…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 ||
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  }
  bash deploy/services.sh
  mkdir -p "$RUN"/tmp "$PREMIERE_DATA_DIR/media"
  say "migrating and collecting static files…"
  "$BIN/premiere" migrate --no-input -v0
  "$BIN/premiere" collectstatic --no-input -v0
  if [ "${DEMO:-1}" = 1 ]; then "$BIN/premiere" demo | tail -1; fi
  for port in $APP_PORTS; do
    if running "$RUN/app-$port.pid"; then continue; fi
    "$BIN/gunicorn" -c python:premiere.gunicorn_conf premiere.wsgi \
      --bind "127.0.0.1:$port" --log-level warning \
      --pid "$RUN/app-$port.pid" --error-logfile "$RUN/app-$port.log" --daemon
  done
  if ! running "$RUN/worker.pid"; then
    nohup "$BIN/premiere" worker >>"$RUN/worker.log" 2>&1 &
    echo $! >"$RUN/worker.pid"
  fi
  nginx_conf >"$RUN/nginx.conf"
  nginx -t -q -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log"
  if running "$RUN/nginx.pid"; then
    nginx -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log" -s reload
  else
    nginx -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log"
  fi
  for _ in $(seq 1 40); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && break
    sleep 0.5
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" ||
    { say "the site did not answer on http://127.0.0.1:$PORT/ (logs in $RUN)"; exit 1; }
  say "up: http://127.0.0.1:$PORT/ (nginx → app on ${APP_PORTS// /, }, worker, PostgreSQL, Redis)"
}

down() {
  if running "$RUN/nginx.pid"; then
    nginx -c "$RUN/nginx.conf" -p "$RUN" -e "$RUN/nginx-error.log" -s quit || true
    for _ in $(seq 1 20); do running "$RUN/nginx.pid" || break; sleep 0.5; done
  fi
  stop_pidfile "$RUN/worker.pid"
  for port in $APP_PORTS; do stop_pidfile "$RUN/app-$port.pid"; done
  say "down (PostgreSQL and Redis are left running)"
}

status() {
  local line=""
  running "$RUN/nginx.pid" && line+="nginx up" || line+="nginx down"
  for port in $APP_PORTS; do
    running "$RUN/app-$port.pid" && line+=", app $port up" || line+=", app $port down"
  done
  running "$RUN/worker.pid" && line+=", worker up" || line+=", worker down"
  say "$line"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: deploy/prod.sh up|down|status" >&2; exit 2 ;;
esac
