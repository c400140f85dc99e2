import os

from django.test import RequestFactory

from tests.newsroom.broken_pictures import upload


def _received(data: bytes):
    request = RequestFactory().post("/admin/newsroom/image/add/", {"file": upload(data)})
    return request.FILES["file"]


def test_an_upload_past_the_limit_is_not_stored_but_keeps_its_size(settings):
    settings.PREMIERE_IMAGE_MAX_BYTES = 10_000
    received = _received(os.urandom(50_000))
    assert received.size == 50_000
    assert received.name == "photo.jpg"
    assert received.read() == b""


def test_an_upload_within_the_limit_arrives_whole(settings):
    settings.PREMIERE_IMAGE_MAX_BYTES = 10_000
    data = os.urandom(10_000)
    received = _received(data)
    assert (received.size, received.read()) == (10_000, data)
