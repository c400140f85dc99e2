"""Where reads go when read replicas are configured: a reader's GET reads a replica; a write,
what follows it, and the writer's next requests read the primary."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from premiere.catalog.models import Title
from premiere.core.replicas import PIN_COOKIE, PrimaryAfterWrites, ReplicaRouter

# Only the routing is looked at here: the alias is never connected to.
pytestmark = pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
router = ReplicaRouter()


@pytest.fixture
def with_a_replica(settings):
    settings.DATABASES = {**settings.DATABASES, "replica1": settings.DATABASES["default"]}


def serve(request, *, writes=False):
    """Run a request through the middleware; return where its reads went and the response."""
    seen = []

    def view(request):
        seen.append(router.db_for_read(Title))
        if writes:
            router.db_for_write(Title)
            seen.append(router.db_for_read(Title))
        return HttpResponse()

    return seen, PrimaryAfterWrites(view)(request)


def test_a_readers_get_reads_a_replica(with_a_replica, transactional_db):
    reads, response = serve(RequestFactory().get("/titles/"))
    assert reads == ["replica1"]
    assert PIN_COOKIE not in response.cookies


def test_a_post_reads_the_primary_and_pins_the_writer_there(with_a_replica, db):
    reads, response = serve(RequestFactory().post("/comments/"), writes=True)
    assert reads == ["default", "default"]
    assert response.cookies[PIN_COOKIE]["max-age"] == 10
    # The page the form redirects to reads the primary too: it shows what was just saved.
    after = RequestFactory().get("/news/story/")
    after.COOKIES[PIN_COOKIE] = "1"
    assert serve(after)[0] == ["default"]


def test_a_write_inside_a_get_sends_its_later_reads_to_the_primary(
    with_a_replica, transactional_db
):
    reads, response = serve(RequestFactory().get("/"), writes=True)
    assert reads == ["replica1", "default"]
    assert PIN_COOKIE in response.cookies


def test_outside_a_request_everything_reads_the_primary(with_a_replica, db):
    assert router.db_for_read(Title) == "default"  # the worker, commands


def test_reads_inside_a_transaction_stay_on_the_primary(with_a_replica, transactional_db):
    from django.db import transaction

    def view(request):
        with transaction.atomic():
            return HttpResponse(router.db_for_read(Title))

    assert PrimaryAfterWrites(view)(RequestFactory().get("/")).content == b"default"
