import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image as PILImage

from premiere.newsroom.models import Rendition
from premiere.newsroom.renditions import (
    SOCIAL_SIZE,
    rendition_sizes,
    renditions_make,
    renditions_of,
    social_crop,
    target_widths,
)
from tests.conftest import jpeg_upload

pytestmark = pytest.mark.django_db


def test_widths_never_upscale():
    assert target_widths(1700) == [160, 480, 800, 1200, 1600]
    assert target_widths(900) == [160, 480, 800]
    assert target_widths(300) == [160, 300]
    assert target_widths(160) == [160]
    assert target_widths(120) == [120]


def test_upload_makes_avif_webp_and_jpeg_at_each_width(make_image):
    image = make_image(file=jpeg_upload(size=(1000, 500)))
    plain = image.renditions.filter(crop="")
    assert sorted(plain.values_list("width", "format")) == [
        (width, fmt) for width in (160, 480, 800) for fmt in ("avif", "jpeg", "webp")
    ]
    for rendition in plain:
        with PILImage.open(rendition.file.path) as picture:
            assert picture.format == rendition.format.upper()
            assert picture.size == (rendition.width, rendition.width // 2)


def test_social_card_is_cropped_around_the_focal_point(make_image):
    # Left half red, right half blue; the focal point sits in the blue half.
    upload = PILImage.new("RGB", (2000, 700), (255, 0, 0))
    upload.paste((0, 0, 255), (1000, 0, 2000, 700))
    image = make_image(file=_upload(upload), focal=(0.95, 0.5))
    card = image.renditions.get(crop=Rendition.Crop.SOCIAL)
    with PILImage.open(card.file.path) as picture:
        assert picture.size == (1200, 630)
        r, g, b = picture.convert("RGB").getpixel((600, 315))
        assert b > 200 and r < 50


def test_a_small_picture_gets_a_social_card_no_larger_than_itself(make_image):
    image = make_image(file=jpeg_upload(size=(400, 300)))
    card = image.renditions.get(crop=Rendition.Crop.SOCIAL)
    assert (card.width, card.height) == (400, 210)
    with PILImage.open(card.file.path) as picture:
        assert picture.size == (400, 210)


@pytest.mark.parametrize(
    ("size", "box", "card"),
    [
        ((2000, 1), (999, 0, 1001, 1), (2, 1)),
        ((1, 2000), (0, 1000, 1, 1001), (1, 1)),
        ((1, 1), (0, 0, 1, 1), (1, 1)),
        ((100, 1000), (0, 474, 100, 526), (100, 52)),
        ((4000, 3000), (0, 450, 4000, 2550), SOCIAL_SIZE),
    ],
)
def test_the_social_crop_of_odd_sizes_is_never_empty_or_upscaled(size, box, card):
    assert social_crop(size, (0.5, 0.5)) == (box, card)


@given(
    size=st.tuples(st.integers(1, 20_000), st.integers(1, 20_000)),
    focal=st.tuples(st.floats(0, 1), st.floats(0, 1)),
)
def test_any_social_crop_lies_inside_the_picture_and_never_upscales(size, focal):
    (left, top, right, bottom), card = social_crop(size, focal)
    assert 0 <= left < right <= size[0] and 0 <= top < bottom <= size[1]
    assert 1 <= card[0] <= min(right - left, SOCIAL_SIZE[0])
    assert 1 <= card[1] <= min(bottom - top, SOCIAL_SIZE[1])


@given(size=st.tuples(st.integers(1, 20_000), st.integers(1, 20_000)))
def test_every_rendition_size_is_at_least_a_pixel_and_never_upscaled(size):
    for width, height in rendition_sizes(*size):
        assert 1 <= width <= size[0]
        assert 1 <= height <= size[1]


def test_renditions_are_made_once(make_image):
    image = make_image()
    count = image.renditions.count()
    assert renditions_make(image) == []
    assert image.renditions.count() == count


def test_srcset_lists_every_width(make_image):
    image = make_image(file=jpeg_upload(size=(1300, 700)))
    info = renditions_of(image)
    assert info["webp_srcset"].count("w,") == 3  # 160, 480, 800, 1200
    assert info["avif_srcset"].count("w,") == 3
    assert info["largest"].endswith("-1200.jpeg")
    assert info["src"].endswith("-800.jpeg")  # without srcset: a page's width
    assert info["smallest"].endswith("-160.jpeg")


def test_an_image_needs_alt_text_and_credit(make_image):
    with pytest.raises(ValidationError) as error:
        make_image(alt_text="", credit="")
    assert {"alt_text", "credit"} <= set(error.value.message_dict)


def _upload(picture):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG")
    return SimpleUploadedFile("split.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_a_pillow_without_avif_still_gives_every_other_rendition(make_image, monkeypatch):
    # Debian's or another distribution's Pillow may be built without libavif.
    from premiere.newsroom import renditions

    monkeypatch.setattr(renditions, "AVIF", False)
    image = make_image(file=jpeg_upload(size=(1000, 500)))
    assert sorted(set(image.renditions.values_list("format", flat=True))) == ["jpeg", "webp"]
    assert renditions_of(image)["ready"] and not renditions_of(image)["avif_srcset"]


def test_a_picture_s_files_cannot_be_found_by_counting_or_by_its_name(make_image):
    """Media files are public: a picture uploaded for a story not yet out must not be at an
    address anyone can work out from its number, its month or the name it was uploaded as."""
    first = make_image(file=jpeg_upload(name="dune-3-first-look.jpg", size=(600, 300)))
    second = make_image(file=jpeg_upload(name="dune-3-first-look.jpg", size=(600, 300)))
    folders = {first.file.name.rsplit("/", 2)[-2], second.file.name.rsplit("/", 2)[-2]}
    assert len(folders) == 2 and all(len(folder) >= 16 for folder in folders)
    for image in (first, second):
        assert not image.file.name.endswith(f"/{image.uploaded_at:%m}/dune-3-first-look.jpg")
        for rendition in image.renditions.all():
            folder = rendition.file.name.split("/")[1]
            assert folder.startswith(f"{image.pk}-") and len(folder) > len(f"{image.pk}-") + 12
    assert (
        first.renditions.first().file.name.split("/")[1]
        != (second.renditions.first().file.name.split("/")[1])
    )
