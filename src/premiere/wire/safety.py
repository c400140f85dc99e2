"""Which URLs the wire desk may fetch: http(s) only, and never this machine or its network.

A feed URL is typed by a person and followed by the server; without these checks it could be
pointed at the database port or a cloud metadata address (server-side request forgery). The
check resolves the host once and the connection goes to that very address (fetching.py), so
a name that answers differently the second time (DNS rebinding) cannot slip through.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings


class UnsafeURL(ValueError):
    pass


def resolve_checked(host: str, port: int) -> str:
    """Return an address for `host` that may be fetched, or raise UnsafeURL."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise UnsafeURL(f"cannot resolve {host}: {getattr(error, 'strerror', error)}") from None
    addresses = [info[4][0] for info in infos]
    if host not in settings.PREMIERE_WIRE_ALLOWED_HOSTS:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not _public(ip):
                raise UnsafeURL(f"{host} resolves to a private or local address ({ip})")
    return addresses[0]


# IPv6 ranges that carry an IPv4 address inside ("::127.0.0.1", "::ffff:10.0.0.1", NAT64's
# "64:ff9b::7f00:1", 6to4's "2002:7f00:1::"): a feed never needs them, and what they reach
# depends on the IPv4 inside, so they are refused whatever it is.
EMBEDS_IPV4 = [
    ipaddress.ip_network(net)
    for net in ("::/96", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16")
]


def _public(ip) -> bool:
    if ip.is_multicast or not ip.is_global:
        return False
    return not (ip.version == 6 and any(ip in net for net in EMBEDS_IPV4))


def check_url(url: str) -> None:
    """Raise UnsafeURL unless `url` is http(s) to a public address (or an allowed host)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL(f"only http and https feeds can be fetched, not {parts.scheme or 'none'}")
    if not parts.hostname:
        raise UnsafeURL("the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise UnsafeURL("the URL's port is not a number") from None
    resolve_checked(parts.hostname, port)
