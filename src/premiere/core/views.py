import logging
import re
import sys

from django.conf import settings
from django.db import InterfaceError, InternalError, OperationalError, connections
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django.views.static import serve

log = logging.getLogger(__name__)


def page_not_found(request, exception=None):
    # The address's last words, to search for what was meant ("/titles/balerina/").
    last = request.path.rstrip("/").rsplit("/", 1)[-1]
    guess = " ".join(re.findall(r"[^\W_]+", last))[: settings.PREMIERE_SEARCH_MAX_LENGTH]
    return render(request, "404.html", {"guess": guess}, status=404)


# Seconds a reader is asked to wait while the database cannot take writes.
DATABASE_RETRY_AFTER = 30


def server_error(request):
    """Answer an error no view handled. A database that cannot be written or reached (a full
    disk, a file made read-only, a failover) is a passing outage, not a bug: say 503 with
    Retry-After, and drop this process's connections so that the next request opens a fresh
    one instead of reusing one stuck in a read-only or broken state."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError | InternalError):
        connections.close_all()
        log.warning("Database unavailable, answering 503: %s", error)
        response = render(request, "503.html", {"wait": DATABASE_RETRY_AFTER}, status=503)
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
        return response
    return render(request, "500.html", status=500)


def permission_denied(request, exception=None):
    return render(request, "403.html", {"reason": str(exception or "")}, status=403)


def rate_limited(request, error, reason: str = "", signin: bool = False):
    context = {"wait": error.wait_text, "reason": reason, "signin": signin}
    response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


@require_safe
def serve_media(request, path):
    """Serve an upload (embedded profile); renditions never change, so they cache for a year."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if path.startswith("renditions/"):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@require_safe
def robots_txt(request, *, disallow, sitemap: str):
    """Tell crawlers where the sitemap index is and which paths are private."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallow), ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(str(sitemap))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
