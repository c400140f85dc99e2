"""Schemathesis against the OpenAPI document: generated requests (valid and not) for every
operation, sent to the Django WSGI app in process (no network), with bounded, deterministic
examples. Every answer must be no 5xx, of a status, content type, headers and body the document
states, and every error a problem (RFC 9457)."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from premiere.api.problems import CONTENT_TYPE
from premiere.wsgi import application

pytestmark = pytest.mark.django_db

# Bounded so the run stays within seconds on both profiles; derandomized so it is the same run
# every time (a failure reproduces).
EXAMPLES = 12


# The document as a client fetches it, from the app that answers it (reading it needs no
# database). schemathesis.pytest.from_fixture would load it inside a test, but does not run
# under pytest 9 (it reads a node attribute pytest no longer has).
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture(autouse=True)
def _data(wick, settings):
    """The requests run against the test catalog, and uncounted: counting them is
    tests/api/test_throttling.py's business, and here it would only refuse generated ones."""
    settings.PREMIERE_API_RATE_IP = "1000000/60"
    # The WSGI app closes the database connection after each request; inside a test that is
    # the test's transaction, so keep it open, as Django's test client does.
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


def errors_are_problems(ctx, response, case):
    """An error answers application/problem+json with type, title, status and detail."""
    if response.status_code < 400:
        return None
    content_type = response.headers.get("content-type", [""])[0]
    assert content_type.startswith(CONTENT_TYPE), f"an error answered {content_type}"
    body = json.loads(response.content)
    assert {"type", "title", "status", "detail"} <= set(body), body
    assert body["status"] == response.status_code, body
    return True


def beyond_the_document(case) -> bool:
    """Whether a request may be schema-valid yet still refused: a cursor must be one the API
    issued, and a calendar range must not end before it starts (`from` is today when left
    out) nor pass the cap. Such a 400 is right; it must still be a problem (checked above)."""
    query = case.query or {}
    return bool({"cursor", "from", "to"} & set(query))


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_its_document_says(case):
    excluded = [positive_data_acceptance] if beyond_the_document(case) else []
    # The WSGI transport hands over the body as sent; a browser or `requests` would unzip a
    # gzipped answer (test_protocol.py checks that the API compresses); this check reads it plain.
    case.call_and_validate(
        headers={"Accept-Encoding": "identity"},
        additional_checks=[errors_are_problems],
        excluded_checks=excluded,
    )
