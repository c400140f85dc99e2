import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from premiere.newsroom import services
from premiere.newsroom.models import Image
from premiere.newsroom.pictures import PREFIX, picture_check
from tests.newsroom import broken_pictures as broken

pytestmark = pytest.mark.django_db


def test_pillow_refuses_decompression_bombs_at_our_pixel_limit(settings):
    assert PILImage.MAX_IMAGE_PIXELS == settings.PREMIERE_IMAGE_MAX_PIXELS


def test_what_a_file_is_comes_from_its_content_not_its_name():
    png = broken.upload(broken.encoded((300, 200), "PNG"), "holiday.jpg", "image/jpeg")
    picture = picture_check(png)
    assert (picture.format, picture.width, picture.height) == ("PNG", 300, 200)
    assert picture.filename("holiday.jpg") == "holiday.png"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_jpeg_png_webp_and_gif_are_accepted(fmt):
    assert picture_check(broken.upload(broken.encoded((300, 200), fmt))).format == fmt


def test_an_animated_gif_gives_its_first_frame(make_image):
    frames = [PILImage.new("RGB", (300, 200), colour) for colour in ("red", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:])
    image = make_image(file=broken.upload(buffer.getvalue(), "loop.gif"))
    largest = image.renditions.get(width=300, format="jpeg", crop="")
    with PILImage.open(largest.file.path) as picture:
        r, g, b = picture.convert("RGB").getpixel((150, 100))
    assert r > 200 and b < 60


def test_the_pixel_limit_is_a_setting(settings):
    settings.PREMIERE_IMAGE_MAX_PIXELS = 50_000
    with pytest.raises(ValidationError) as error:
        picture_check(broken.upload(broken.png_claiming(300, 200)))
    assert error.value.messages == [
        PREFIX + "it is 300 × 200 pixels (0.1 megapixels) and the limit is 0.1 megapixels."
    ]


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        picture_check(broken.upload(b""))
    assert error.value.messages == [PREFIX + "it is empty."]


# Pillow's modes that each format can hold; BMP stands for formats we do not take.
MODES = {
    "JPEG": ["L", "RGB", "CMYK"],
    "PNG": ["1", "L", "LA", "P", "RGB", "RGBA", "I;16"],
    "WEBP": ["RGB", "RGBA"],
    "GIF": ["L", "P"],
    "BMP": ["RGB"],
}
SIGNATURES = [b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"RIFF\0\0\0\0WEBPVP8 "]


@st.composite
def pictures(draw) -> bytes:
    """A real picture of a random format, mode and size, sometimes cut short anywhere."""
    fmt = draw(st.sampled_from(sorted(MODES)))
    mode = draw(st.sampled_from(MODES[fmt]))
    # Mostly sizes that pass, often ones that do not: strips, specks, odd numbers.
    side = st.one_of(st.integers(100, 700), st.integers(1, 1_500))
    size = (draw(side), draw(side))
    # A gradient, not noise: the same example gives the same bytes when Hypothesis replays it.
    picture = PILImage.linear_gradient("L").rotate(draw(st.integers(0, 359))).resize(size)
    buffer = io.BytesIO()
    picture.convert(mode).save(buffer, format=fmt)
    data = buffer.getvalue()
    if draw(st.integers(0, 2)) == 0:
        data = data[: draw(st.integers(0, len(data) - 1))]
    return data


uploads = st.one_of(
    pictures(),
    pictures(),  # twice: real pictures are the case worth most examples
    # Headers that claim any size, up to far past every limit, with nothing behind them.
    st.builds(broken.png_claiming, st.integers(1, 100_000), st.integers(1, 100_000)),
    # Noise, sometimes after a real signature so a decoder gets further into it.
    st.builds(lambda head, tail: head + tail, st.sampled_from(SIGNATURES), st.binary(max_size=600)),
)


# A header claiming between one and two times the limit makes Pillow warn before we refuse it.
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=uploads,
    name=st.sampled_from(["photo.jpg", "still.png", "page.html", "noname"]),
    max_bytes=st.sampled_from([15 * 1024 * 1024] * 3 + [2_000]),
)
def test_any_upload_is_either_usable_or_refused_with_a_reason_and_leaves_no_file(
    data, name, max_bytes
):
    with override_settings(PREMIERE_IMAGE_MAX_BYTES=max_bytes):
        try:
            picture = picture_check(broken.upload(data, name))
        except ValidationError as error:
            (reason,) = error.messages
            assert reason.startswith(PREFIX)
            event(re.sub(r"[\d.,]+", "N", reason.removeprefix(PREFIX)))
            count = Image.objects.count()
            with pytest.raises(ValidationError) as refused:
                _create(data, name)
            assert refused.value.message_dict == {"file": [reason]}
            assert Image.objects.count() == count
        else:
            event(f"accepted {picture.format}")
            image = _create(data, name)
            assert (image.width, image.height) == (picture.width, picture.height)
            _assert_renditions_work(image)
    assert broken.media_files() == broken.stored_files()


def _create(data, name):
    return services.image_create(
        file=broken.upload(data, name), alt_text="Anything at all", credit="Somebody"
    )


def _assert_renditions_work(image):
    renditions = list(image.renditions.all())
    assert {(r.format, r.crop) for r in renditions} == {
        ("avif", ""),
        ("webp", ""),
        ("jpeg", ""),
        ("jpeg", "social"),
    }
    for rendition in renditions:
        assert 1 <= rendition.width <= max(image.width, image.height)
        assert 1 <= rendition.height <= max(image.width, image.height)
        with PILImage.open(rendition.file.path) as picture:
            picture.load()
            assert picture.size == (rendition.width, rendition.height)
