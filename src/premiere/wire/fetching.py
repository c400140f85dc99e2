"""Fetching feeds: timeouts, a size limit, conditional GET, retries with backoff."""

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings

from .safety import UnsafeURL, check_url, resolve_checked

USER_AGENT = "PremiereWireDesk/1.0 (+newsroom feed reader)"


class FetchError(Exception):
    pass


@dataclass
class Response:
    status: int
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to a URL that passes the same checks as the first one."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            check_url(newurl)
        except UnsafeURL as error:
            raise FetchError(f"redirect refused: {error}") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connect to the address the safety check approved, not to a second DNS answer."""

    def connect(self):
        address = resolve_checked(self.host, self.port)
        self.sock = socket.create_connection((address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def connect(self):
        address = resolve_checked(self.host, self.port)
        sock = socket.create_connection((address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


class _PinnedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_PinnedHTTPConnection, req)


class _PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_PinnedHTTPSConnection, req, context=self._context)


# No proxies: a proxy would connect on our behalf, past the address check.
_OPENER = urllib.request.build_opener(
    urllib.request.ProxyHandler({}),
    _PinnedHTTPHandler,
    _PinnedHTTPSHandler(context=ssl.create_default_context()),
    _CheckedRedirects,
)


class _Deadline:
    """The moment a whole fetch must be over by: every connect and read gets only what is left,
    so a server that sends one byte a second cannot keep a worker for long."""

    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchError(
                f"gave up after {settings.PREMIERE_WIRE_DEADLINE} seconds (the server is too slow)"
            )
        return left


def _read(answer, limit: int, deadline: _Deadline) -> bytes:
    """Read at most `limit` + 1 bytes in chunks, checking the deadline between them (each read
    waits at most the per-read timeout, so a fetch ends within deadline + one timeout)."""
    chunks, size = [], 0
    while size <= limit:
        deadline.left()
        chunk = answer.read1(min(65536, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _get_once(url: str, etag: str, last_modified: str, deadline: _Deadline) -> Response:
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1",
        },
    )
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    limit = settings.PREMIERE_WIRE_MAX_BYTES
    try:
        timeout = min(settings.PREMIERE_WIRE_TIMEOUT, deadline.left())
        with _OPENER.open(request, timeout=timeout) as answer:
            declared = answer.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"feed is {int(declared):,} bytes; the limit is {limit:,}")
            body = _read(answer, limit, deadline)
            if len(body) > limit:
                raise FetchError(f"feed is larger than the {limit:,}-byte limit")
            return Response(
                answer.status,
                body,
                answer.headers.get("ETag", ""),
                answer.headers.get("Last-Modified", ""),
            )
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Response(304, etag=etag, last_modified=last_modified)
        raise


def fetch(url: str, *, etag: str = "", last_modified: str = "") -> Response:
    """GET a feed. Server errors and network failures are retried with growing waits;
    client errors (404, 410) and unsafe URLs fail at once."""
    check_url(url)
    deadline = _Deadline(settings.PREMIERE_WIRE_DEADLINE)
    attempts = max(1, settings.PREMIERE_WIRE_RETRIES)
    for attempt in range(1, attempts + 1):
        try:
            return _get_once(url, etag, last_modified, deadline)
        except urllib.error.HTTPError as error:
            if error.code < 500 or attempt == attempts:
                raise FetchError(f"HTTP {error.code} {error.reason}") from None
        except (UnsafeURL, FetchError):
            raise
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
            # OSError covers timeouts and refused connections; HTTPException a server that
            # does not speak HTTP properly. Both are worth another try; neither may crash a run.
            if attempt == attempts:
                reason = getattr(error, "reason", None) or str(error) or type(error).__name__
                raise FetchError(f"network error: {reason}") from None
        time.sleep(min(settings.PREMIERE_WIRE_BACKOFF * 2 ** (attempt - 1), deadline.left()))
    raise FetchError("unreachable")  # the loop always returns or raises
