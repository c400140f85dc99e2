"""Every error under /api/ is an RFC 9457 problem: `application/problem+json` with `type`,
`title`, `status` and `detail`, plus `instance` (the path asked for) and, for a bad request,
`errors` (which parameter was wrong and why).

Errors raised inside an operation reach the handlers `install()` registers on the NinjaAPI.
Whatever answers an error without going through ninja (an unknown /api/ URL, a method the API
does not take, a bad Host header, a crash in a middleware) is rewritten by ProblemMiddleware,
so no HTML error page ever reaches a client of the API.
"""

import json
import logging
from http import HTTPStatus

from django.db import InterfaceError, InternalError, OperationalError, connections
from django.http import Http404, HttpResponse
from django.urls import Resolver404, resolve
from ninja import Schema
from ninja.errors import HttpError, Throttled, ValidationError

from premiere.core.views import DATABASE_RETRY_AFTER

log = logging.getLogger(__name__)

API_PREFIX = "/api/"
# The API only reads: the methods it answers, everywhere under /api/.
METHODS = ("GET", "HEAD", "OPTIONS")
CONTENT_TYPE = "application/problem+json"
# `about:blank` says "the status code says it all" (RFC 9457 §4.2.1); a bad request has a type
# of its own because it carries `errors`.
BLANK = "about:blank"
INVALID_REQUEST = "/api/problems/invalid-request"


class ParameterError(Schema):
    location: str  # "query" or "path"
    name: str
    message: str


class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[ParameterError] | None = None


def is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def problem(request, status: int, detail: str, *, type: str = BLANK, **members) -> HttpResponse:
    body = {
        "type": type,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.path,
        **members,
    }
    return HttpResponse(json.dumps(body), status=status, content_type=CONTENT_TYPE)


def invalid_request(request, errors: list[dict]) -> HttpResponse:
    count = len(errors)
    detail = f"{count} parameter{'s are' if count > 1 else ' is'} not valid: see `errors`."
    return problem(request, 400, detail, type=INVALID_REQUEST, errors=errors)


def parameter_errors(exc: ValidationError) -> list[dict]:
    """Return ninja's (pydantic's) errors as {location, name, message}."""
    errors = []
    for error in exc.errors:
        location, *name = error.get("loc") or ("query",)
        errors.append(
            {
                "location": str(location),
                "name": ".".join(str(part) for part in name),
                "message": error.get("msg", "Not valid."),
            }
        )
    return errors


# Handlers ---------------------------------------------------------------------------------


def _validation_error(request, exc: ValidationError) -> HttpResponse:
    # A bad parameter is the client's mistake: 400, not ninja's default 422.
    return invalid_request(request, parameter_errors(exc))


def _http_error(request, exc: HttpError) -> HttpResponse:
    detail = str(exc)
    if isinstance(exc, Throttled) and exc.wait is not None:
        detail = f"Too many requests from this address: try again in {exc.wait} seconds."
    return problem(request, exc.status_code, detail)


def _not_found(request, exc: Http404) -> HttpResponse:
    return problem(request, 404, str(exc) or "There is nothing here.")


def _server_error(request, exc: Exception) -> HttpResponse:
    if isinstance(exc, OperationalError | InterfaceError | InternalError):
        # As the site's pages do (core.views.server_error): a passing outage, not a bug.
        connections.close_all()
        log.warning("Database unavailable, API answering 503: %s", exc)
        response = problem(
            request, 503, "The catalog cannot be read right now: try again in a moment."
        )
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
        return response
    log.error("API error on %s", request.path, exc_info=exc)
    return problem(request, 500, "Something went wrong on our side; it has been logged.")


def install(api) -> None:
    """Answer every error an operation raises as a problem."""
    api.add_exception_handler(ValidationError, _validation_error)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(Exception, _server_error)


# Errors answered outside ninja --------------------------------------------------------------

DETAILS = {
    400: "The request could not be understood.",
    404: "There is nothing at this address. The API's operations are listed at /api/docs.",
    500: "Something went wrong on our side; it has been logged.",
}
# Headers of the original answer that still mean something on the problem that replaces it.
KEPT_HEADERS = ("Allow", "Retry-After")


class ProblemMiddleware:
    """Rewrite any error answered under /api/ that is not a problem yet (Django's 404 page for
    an unknown URL, ninja's plain-text 405) as one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not is_api(request)
            or response.status_code < 400
            or response.get("Content-Type", "").startswith(CONTENT_TYPE)
        ):
            return response
        status = response.status_code
        detail = DETAILS.get(status, HTTPStatus(status).phrase + ".")
        if status == 405:
            detail = f"The API only reads: it answers {', '.join(METHODS)}."
        elif status == 404 and (meant := _without_slash(request.path_info)):
            detail = (
                f"There is nothing at this address; did you mean {meant}? (no slash at the end)"
            )
        replacement = problem(request, status, detail)
        for header in KEPT_HEADERS:
            if header in response:
                replacement[header] = response[header]
        if status == 405:
            replacement["Allow"] = ", ".join(METHODS)
        return replacement


def _without_slash(path: str) -> str:
    """ "/api/titles/" names nothing, "/api/titles" an operation: the address meant."""
    if not path.endswith("/") or path.rstrip("/") == path:
        return ""
    try:
        resolve(path.rstrip("/"))
    except Resolver404:
        return ""
    return path.rstrip("/")
