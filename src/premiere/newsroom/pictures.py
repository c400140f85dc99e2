"""The one check every uploaded picture passes before anything stores or resizes it.

What a file is comes from its content (Pillow's identification), never from its name or the
browser's content type. The byte size, pixel count and shape are checked from the header before
a pixel is decoded; then the whole file is decoded once, so a damaged file is refused here and
not halfway through making renditions. The admin's form field, `image_create` and `image_save`
all call `picture_check`.
"""

import dataclasses
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image as PILImage
from PIL import ImageOps

# The only decoders Pillow may try on an upload; a GIF or an animated WebP gives its first frame.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
# Pillow's name for what a file is -> the extension it is stored under. MPO is how Pillow names
# the multi-picture JPEGs many cameras write (its JPEG decoder opens them).
EXTENSIONS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
FORMAT_NAMES = "JPEG, PNG, WebP or GIF"
# Renditions are WebP, which stops at 16,383 px a side; no page needs a longer picture.
MAX_SIDE = 16_383
# Below this a picture is smaller than the admin's own thumbnail, of no use on a page.
MIN_SIDE = 100
# Beyond 10:1 a picture is a strip that neither a rendition nor the 1.91:1 social card can show
# (the card of a 2000 × 1 strip would be 2 × 1 pixels).
MAX_RATIO = 10
# Renditions are at most 1600 px wide. libjpeg can decode at 1/2, 1/4 or 1/8 scale while still
# reading every byte, so a large JPEG is decoded no larger than that needs: far less memory.
DECODE_SIZE = (1600, 1600)

PREFIX = "This file is not a picture we can use: "


@dataclasses.dataclass(frozen=True)
class Picture:
    format: str
    width: int
    height: int

    def filename(self, name: str) -> str:
        """Return `name` with the extension of what the file really is.

        A PNG uploaded as `page.html` must not be served as a web page."""
        stem = PurePosixPath(name or "").stem.strip(".") or "picture"
        return f"{stem}.{EXTENSIONS[self.format]}"


def refusal(reason: str) -> ValidationError:
    return ValidationError(PREFIX + reason, code="unusable_picture")


def picture_check(file) -> Picture:
    """Return what `file` holds, or raise ValidationError saying why it cannot be used.

    `file` is an uploaded file or a Django File; it is read from the start and rewound.
    """
    _check_bytes(file.size)
    try:
        picture = PILImage.open(_rewound(file), formats=FORMATS)
    except PILImage.DecompressionBombError:
        # Pillow refuses, from the header, anything past twice its limit (set to ours).
        bomb = _megapixels(2 * PILImage.MAX_IMAGE_PIXELS)
        raise refusal(
            f"it has over {bomb} megapixels and the limit is {_megapixels(_max_pixels())} "
            "megapixels."
        ) from None
    except Exception:
        raise refusal(f"it is not a {FORMAT_NAMES} image.") from None
    found = Picture(format=picture.format, width=picture.width, height=picture.height)
    _check_dimensions(found.width, found.height)
    try:
        picture.verify()  # checksums, where the format has them (PNG)
        picture_decode(file)
    except Exception:
        # A decoder fed hostile bytes may raise nearly anything (OSError, SyntaxError,
        # struct.error, EOFError, ValueError…); whatever it is, the file is refused.
        raise refusal("it is damaged or cut short.") from None
    finally:
        _rewound(file)
    return found


def picture_decode(file) -> PILImage.Image:
    """Return the picture in `file` decoded, upright and in RGB, ready to resize.

    Raises what Pillow raises on a file it cannot read; `picture_check` has run on it first.
    """
    picture = PILImage.open(_rewound(file), formats=FORMATS)
    picture.draft("RGB", DECODE_SIZE)  # only JPEG decodes smaller; other formats ignore it
    picture.load()
    ImageOps.exif_transpose(picture, in_place=True)
    return picture if picture.mode == "RGB" else picture.convert("RGB")


def _check_bytes(size: int) -> None:
    limit = settings.PREMIERE_IMAGE_MAX_BYTES
    if not size:
        raise refusal("it is empty.")
    if size > limit:
        raise refusal(f"it is {filesizeformat(size)} and the limit is {filesizeformat(limit)}.")


def _check_dimensions(width: int, height: int) -> None:
    shape = f"it is {width} × {height} pixels"
    if width * height > _max_pixels():
        raise refusal(
            f"{shape} ({_megapixels(width * height)} megapixels) and the limit is "
            f"{_megapixels(_max_pixels())} megapixels."
        )
    if max(width, height) > MAX_SIDE:
        raise refusal(f"{shape}; no side may be longer than {MAX_SIDE:,} pixels.")
    if max(width, height) > MAX_RATIO * min(width, height):
        raise refusal(f"{shape}; the longer side may be at most {MAX_RATIO} times the shorter.")
    if min(width, height) < MIN_SIDE:
        raise refusal(f"{shape}; each side needs at least {MIN_SIDE} pixels.")


def _max_pixels() -> int:
    return settings.PREMIERE_IMAGE_MAX_PIXELS


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:,.1f}".removesuffix(".0")


def _rewound(file):
    file.seek(0)
    return file
