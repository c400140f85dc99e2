#!/usr/bin/env bash
# Start the production stack, check what a visitor and a signed-in reader get, stop it.
# CI runs this after the production profile's tests (.ci/run). Exits non-zero on the first
# thing that is not as it should be, with one line saying what.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PREMIERE_PORT:-8080}
SITE="http://127.0.0.1:$PORT"
trap 'bash deploy/prod.sh down >/dev/null' EXIT
bash deploy/prod.sh up

fail() { echo "smoke: $*"; exit 1; }
headers() { curl -fsS -o /dev/null -D - "$@" | tr -d '\r'; }

# A visitor: the page comes from the microcache once it has been made (a few tries: on a
# cold machine the first page may take longer than the microcache's second to make).
for _ in 1 2 3 4 5; do
  home=$(headers -H 'Accept-Encoding: gzip' "$SITE/")
  grep -qi '^x-cache: \(HIT\|STALE\|UPDATING\)' <<<"$home" && break
  sleep 0.2
done
grep -qi '^x-cache: \(HIT\|STALE\|UPDATING\)' <<<"$home" || fail "the home page is not served from the cache"
grep -qi '^content-encoding: gzip' <<<"$home" || fail "the home page is not compressed"
grep -qi '^content-security-policy: ' <<<"$home" || fail "the home page has no CSP"

# A title page (its region picker included) is stored too: it sets no per-visitor cookie.
title=$(curl -fsS "$SITE/titles/" | grep -o 'href="/titles/[a-z0-9-]*/"' | sed -n 2p | cut -d'"' -f2)
for _ in 1 2 3 4 5; do
  page=$(headers "$SITE$title")
  grep -qi '^x-cache: \(HIT\|STALE\|UPDATING\)' <<<"$page" && break
  sleep 0.2
done
grep -qi '^x-cache: \(HIT\|STALE\|UPDATING\)' <<<"$page" ||
  fail "the title page $title is not served from the cache"

# Static files come from nginx, precompressed and cached for a year, with the site's policy.
js=$(curl -fsS "$SITE/" | grep -o '/static/[^"]*\.js' | head -1)
static=$(headers -H 'Accept-Encoding: gzip' "$SITE$js")
grep -qi '^cache-control: public, immutable' <<<"$static" || fail "$js is not cached for long"
grep -qi '^content-security-policy: ' <<<"$static" || fail "$js has no CSP"

# A signed-in reader (a session cookie) always reaches the app.
reader=$(headers -H 'Cookie: sessionid=not-a-real-session' "$SITE/")
grep -qi '^x-cache: BYPASS' <<<"$reader" || fail "a request with a session cookie was cached"

# The JSON API answers through nginx too.
status=$(curl -s -o /dev/null -w '%{http_code}' "$SITE/api/titles?limit=1")
[ "$status" = 200 ] || fail "the API answered $status"
# Two instances, one site: a comment posted through one shows through the other and through
# nginx, and an editor's change shows through the microcache within a second or so.
.venv/bin/python deploy/e2e.py || fail "the end-to-end check failed (above)"
echo "smoke: the production stack answers as it should on $SITE"
