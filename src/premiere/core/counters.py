"""A counter in Django's cache, made on first use: rate limits, page versions, read counts."""

from django.core.cache import cache as default_cache


def count_up(key: str, *, timeout=None, cache=default_cache) -> int:
    """Add one to the counter at `key` (made at 0 with `timeout` when missing); return it.

    Atomic on Redis. A counter that expires between making it and adding one starts again
    at 1. The cache's own errors (unreachable) reach the caller, which knows what to do.
    """
    cache.add(key, 0, timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout)
        return 1
