"""`premiere renditions`: pictures uploaded before a width or a format existed get it."""

import io

import pytest
from django.core.management import CommandError, call_command

from premiere.newsroom.models import Rendition
from tests.conftest import jpeg_upload

pytestmark = pytest.mark.django_db


def as_if_uploaded_before_thumbnails_and_avif(image) -> None:
    for rendition in image.renditions.filter(width=160) | image.renditions.filter(format="avif"):
        rendition.file.delete(save=False)
        rendition.delete()


def test_pictures_uploaded_earlier_get_the_missing_renditions_once(make_image):
    image = make_image(file=jpeg_upload(size=(1000, 600)))
    complete = set(image.renditions.values_list("width", "format", "crop"))
    as_if_uploaded_before_thumbnails_and_avif(image)
    assert Rendition.objects.filter(format="avif").count() == 0

    out = io.StringIO()
    call_command("renditions", stdout=out)
    assert set(image.renditions.values_list("width", "format", "crop")) == complete
    lines = out.getvalue().splitlines()
    assert lines[-2:] == ["  1 of 1 pictures", "Made 5 renditions for 1 pictures."]
    for rendition in image.renditions.filter(format="avif"):
        assert rendition.file.storage.exists(rendition.file.name)

    out = io.StringIO()
    call_command("renditions", stdout=out)
    assert out.getvalue().splitlines()[-1] == "Made 0 renditions for 0 pictures."


def test_a_picture_that_cannot_be_read_is_named_and_the_others_still_get_theirs(make_image):
    damaged, fine = make_image(), make_image()
    for image in (damaged, fine):
        as_if_uploaded_before_thumbnails_and_avif(image)
    with damaged.file.open("wb") as handle:
        handle.write(b"not a picture any more")

    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("renditions", stdout=io.StringIO(), stderr=err)
    assert str(error.value) == (
        "Made 7 renditions for 1 pictures. 1 could not be read (listed above)."
    )
    assert f"picture #{damaged.pk}" in err.getvalue()
    assert fine.renditions.filter(format="avif").exists()
    assert not damaged.renditions.filter(format="avif").exists()
