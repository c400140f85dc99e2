"""A real feed server on 127.0.0.1 for the wire desk tests: routes, ETags, slow and broken."""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    etag: str = ""
    delay: float = 0.0
    failures_first: int = 0  # answer 503 this many times before succeeding
    location: str = ""
    trickle: float = 0.0  # seconds between bytes of the body: a server that never quite ends


@dataclass
class FeedServer:
    host: str
    port: int
    routes: dict = field(default_factory=dict)
    requests: list = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"


def _handler(server: FeedServer):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            server.requests.append((self.path, dict(self.headers)))
            route = server.routes.get(self.path)
            if route is None:
                return self._send(404, b"not here")
            if route.delay:
                time.sleep(route.delay)
            if route.failures_first > 0:
                route.failures_first -= 1
                return self._send(503, b"busy")
            if route.location:
                self.send_response(302)
                self.send_header("Location", route.location)
                self.end_headers()
                return None
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return None
            return self._send(route.status, route.body, route.etag)

        def _send(self, status, body, etag=""):
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            route = server.routes.get(self.path)
            if route is not None and route.trickle:
                for byte in body:
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return  # the client gave up, as it should
                    time.sleep(route.trickle)
                return
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def feed_server(settings):
    settings.PREMIERE_WIRE_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.PREMIERE_WIRE_BACKOFF = 0.01
    settings.PREMIERE_WIRE_TIMEOUT = 2
    state = FeedServer("127.0.0.1", 0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


def rss(*items) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description>"
        f"<pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate></item>"
        for title, link, text in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Trade Weekly</title>'
        f"<link>https://trade.example/</link>{entries}</channel></rss>"
    ).encode()
