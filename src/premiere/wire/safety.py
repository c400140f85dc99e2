"""Which URLs the wire desk may fetch: http(s) only, and never this machine or its network.

A feed URL is typed by a person and followed by the server; without these checks it could be
pointed at the database port or a cloud metadata address (server-side request forgery).
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings


class UnsafeURL(ValueError):
    pass


def check_url(url: str) -> None:
    """Raise UnsafeURL unless `url` is http(s) to a public address (or an allowed host)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL(f"only http and https feeds can be fetched, not {parts.scheme or 'none'}")
    host = parts.hostname
    if not host:
        raise UnsafeURL("the URL has no host")
    if host in settings.PREMIERE_WIRE_ALLOWED_HOSTS:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, parts.port or 80)}
    except socket.gaierror as error:
        raise UnsafeURL(f"cannot resolve {host}: {error.strerror}") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise UnsafeURL(f"{host} resolves to a private or local address ({ip})")
