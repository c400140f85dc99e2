"""gunicorn settings for Premiere (`gunicorn -c python:premiere.gunicorn_conf premiere.wsgi`).

gunicorn answers some malformed requests itself, before Django sees them (a request line too
long: 414; a header too large: 431; a broken request: 400). Its answer carried none of the
site's security headers; this config gives it the same strict policy as every other page.
"""

import gc
import textwrap
from html import escape

import gunicorn.util

# The error page has no scripts, styles or images: nothing at all may load.
HEADERS = (
    "Content-Security-Policy: default-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "X-Frame-Options: DENY\r\n"
    "Referrer-Policy: strict-origin-when-cross-origin\r\n"
)


def write_error(sock, status_int, reason, mesg):
    body = textwrap.dedent(
        f"""\
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{escape(reason)}</title></head>
        <body><main><h1>{escape(reason)}</h1><p>{escape(mesg)}</p></main></body></html>
        """
    )
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: text/html; charset=utf-8\r\nContent-Length: {len(body.encode())}\r\n"
        f"{HEADERS}\r\n"
    )
    gunicorn.util.write_nonblock(sock, head.encode("latin1") + body.encode())


gunicorn.util.write_error = write_error

# Workers finish the requests they hold before stopping (SIGTERM), within this many seconds.
graceful_timeout = 30

# Behind nginx (`make prod-up`) an app instance is two processes of one thread each. Making
# a page is CPU work, and the threads of one process share one interpreter lock: with four
# threads a process, two readers whose requests landed in the same process waited for each
# other while the other process sat idle, about doubling their wait (a busy story's p95 98 ms
# against 51 with one thread; bench/RESULTS.md). nginx holds slow and idle clients, so a
# worker never waits on one. Served to browsers directly (`make run`, `make audit`), the
# command line asks for threads: a browser's spare preconnected sockets would each hold a
# one-thread worker until they closed, and pages stalled.
workers = 2
threads = 1


def post_worker_init(worker):
    """Once the app is loaded, move everything it made (modules, URL patterns, templates,
    settings) out of the garbage collector's sight: a full collection then walks only what
    requests make, not the whole app again (part of the catalog pages' p95 was such pauses;
    bench/RESULTS.md)."""
    gc.collect()
    gc.freeze()
