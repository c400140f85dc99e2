"""Reads from replicas, writes and read-your-own-writes from the primary.

With `DATABASE_REPLICA_URLS` set, a reader's GET is answered from a replica (chosen at random
per query), while everything else uses the primary: writes; every read after a write in the
same request (so a form that saves and shows sees its own row); every read of the requests in
the next few seconds of whoever wrote (a cookie, `PREMIERE_REPLICA_PIN_SECONDS`, so the page a
POST redirects to shows what was just saved, whatever the replicas' lag); every read inside a
transaction; and all work outside a request (the worker, commands), which decides what to
write from what it reads.
"""

import random
from contextvars import ContextVar

from django.conf import settings
from django.db import connections

PIN_COOKIE = "premiere_primary"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

# None outside a request: the primary. In a request: whether it must read the primary, and
# whether it wrote.
_state: ContextVar[dict | None] = ContextVar("premiere_replica_state", default=None)


def replicas() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        state = _state.get()
        if state is None or state["primary"] or connections["default"].in_atomic_block:
            return "default"
        return random.choice(replicas())

    def db_for_write(self, model, **hints):
        state = _state.get()
        if state is not None:
            state["primary"] = state["wrote"] = True
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every alias holds the same data

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"  # replicas follow the primary's schema by replication


class PrimaryAfterWrites:
    """Decide per request where reads go, and pin a writer to the primary for a while."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        primary = request.method not in SAFE_METHODS or PIN_COOKIE in request.COOKIES
        token = _state.set({"primary": primary, "wrote": False})
        try:
            response = self.get_response(request)
            if _state.get()["wrote"]:
                response.set_cookie(
                    PIN_COOKIE,
                    "1",
                    max_age=settings.PREMIERE_REPLICA_PIN_SECONDS,
                    httponly=True,
                    samesite="Lax",
                    secure=settings.SESSION_COOKIE_SECURE,
                )
            return response
        finally:
            _state.reset(token)
