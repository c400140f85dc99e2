"""Renditions: each uploaded picture is resized once, in WebP and JPEG, at a few widths.

Pages then pick from `srcset`; nothing is resized while a reader waits.
"""

import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageOps

from .models import Image, Rendition

WIDTHS = (480, 800, 1200, 1600)
SOCIAL_SIZE = (1200, 630)  # what link previews ask for (1.91:1)
_SAVE_OPTIONS = {
    # method 3 of 6: within a few percent of the smallest file at half the encoding time.
    Rendition.Format.WEBP: {"format": "WEBP", "quality": 80, "method": 3},
    Rendition.Format.JPEG: {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True},
}


def target_widths(original_width: int) -> list[int]:
    """Return the widths to make: the standard ones that do not upscale, at least one."""
    widths = [w for w in WIDTHS if w <= original_width]
    return widths or [original_width]


def _encode(picture: PILImage.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    picture.save(out, **_SAVE_OPTIONS[fmt])
    return out.getvalue()


def _crop_around(picture: PILImage.Image, size: tuple[int, int], focal: tuple[float, float]):
    """Crop to the aspect ratio of `size`, keeping the focal point as central as possible."""
    width, height = picture.size
    ratio = size[0] / size[1]
    crop_w, crop_h = (
        (width, round(width / ratio)) if width / height < ratio else (round(height * ratio), height)
    )
    left = min(max(round(focal[0] * width - crop_w / 2), 0), width - crop_w)
    top = min(max(round(focal[1] * height - crop_h / 2), 0), height - crop_h)
    return picture.crop((left, top, left + crop_w, top + crop_h)).resize(size, PILImage.LANCZOS)


def renditions_make(image: Image) -> list[Rendition]:
    """Make every missing rendition of `image`; existing ones are kept as they are."""
    existing = {(r.width, r.format, r.crop) for r in image.renditions.all()}
    with image.file.open("rb") as handle:
        source = ImageOps.exif_transpose(PILImage.open(handle))
        source.load()
    source = source.convert("RGB")
    stem = PurePosixPath(image.file.name).stem
    made = []
    with transaction.atomic():
        for width in target_widths(source.width):
            height = round(source.height * width / source.width)
            resized = None
            for fmt in Rendition.Format:
                if (width, fmt, "") in existing:
                    continue
                # reducing_gap: shrink by whole factors first, then Lanczos; same look, faster.
                resized = resized or source.resize(
                    (width, height), PILImage.LANCZOS, reducing_gap=3.0
                )
                rendition = Rendition(image=image, width=width, height=height, format=fmt)
                rendition.file.save(
                    f"{image.pk}/{stem}-{width}.{fmt}",
                    ContentFile(_encode(resized, fmt)),
                    save=False,
                )
                rendition.save()
                made.append(rendition)
        social = (SOCIAL_SIZE[0], Rendition.Format.JPEG, Rendition.Crop.SOCIAL)
        if social not in existing:
            card = _crop_around(source, SOCIAL_SIZE, image.focal_point)
            rendition = Rendition(
                image=image,
                width=SOCIAL_SIZE[0],
                height=SOCIAL_SIZE[1],
                format=Rendition.Format.JPEG,
                crop=Rendition.Crop.SOCIAL,
            )
            rendition.file.save(
                f"{image.pk}/{stem}-social.jpeg", ContentFile(_encode(card, "jpeg")), save=False
            )
            rendition.save()
            made.append(rendition)
    return made


def renditions_of(image: Image) -> dict:
    """Return the image's renditions grouped for a <picture>: srcsets, fallback, largest.

    Works on prefetched renditions, so a list page costs no query per picture.
    """
    plain = sorted((r for r in image.renditions.all() if not r.crop), key=lambda r: r.width)
    webp = [r for r in plain if r.format == Rendition.Format.WEBP]
    jpeg = [r for r in plain if r.format == Rendition.Format.JPEG]
    social = next((r for r in image.renditions.all() if r.crop == Rendition.Crop.SOCIAL), None)
    if not jpeg:
        return {"ready": False, "src": image.file.url, "largest": image.file.url}
    return {
        "ready": True,
        "webp_srcset": ", ".join(f"{r.file.url} {r.width}w" for r in webp),
        "jpeg_srcset": ", ".join(f"{r.file.url} {r.width}w" for r in jpeg),
        "src": jpeg[min(1, len(jpeg) - 1)].file.url,
        "largest": jpeg[-1].file.url,
        "social": social.file.url if social else jpeg[-1].file.url,
    }
