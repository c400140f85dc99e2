"""Renditions: each uploaded picture is resized once, in AVIF, WebP and JPEG, at a few widths.

Pages then pick from `srcset`; nothing is resized while a reader waits. Nothing is ever made
larger than the original, and any picture `picture_check` accepts, however small or long, gives
renditions of at least one pixel a side.
"""

import io
import logging
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.crypto import salted_hmac
from PIL import Image as PILImage
from PIL import features

from .models import Image, Rendition
from .pictures import picture_decode, refusal

# 160 is a list's thumbnail (a poster beside a calendar row, 2× on a phone's screen).
log = logging.getLogger(__name__)

WIDTHS = (160, 480, 800, 1200, 1600)
SOCIAL_SIZE = (1200, 630)  # what link previews ask for (1.91:1)
_SAVE_OPTIONS = {
    # speed 8 of 10: a 1600 px AVIF in ~80 ms, a sixth smaller than the WebP; speed 6 takes
    # 2.5× as long for 5% less (bench/RESULTS.md).
    Rendition.Format.AVIF: {"format": "AVIF", "quality": 60, "speed": 8},
    # method 3 of 6: within a few percent of the smallest file at half the encoding time.
    Rendition.Format.WEBP: {"format": "WEBP", "quality": 80, "method": 3},
    Rendition.Format.JPEG: {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True},
}


PAGE_WIDTH = 480  # the narrowest a picture is shown in a page's column


def target_widths(original_width: int) -> list[int]:
    """Return the widths to make: the standard ones that do not upscale, and the picture's
    own width when it is narrower than a page's column (a 300 px picture is shown at 300)."""
    widths = [w for w in WIDTHS if w <= original_width]
    if original_width < PAGE_WIDTH and original_width not in widths:
        widths.append(original_width)
    return widths


def rendition_sizes(width: int, height: int) -> list[tuple[int, int]]:
    """Return the size of each whole-picture rendition; no side is below one pixel."""
    return [(w, max(1, round(height * w / width))) for w in target_widths(width)]


def social_crop(size: tuple[int, int], focal: tuple[float, float]) -> tuple[tuple, tuple]:
    """Return the box to cut around the focal point and the size of the card made from it.

    The box has the card's 1.91:1 shape as nearly as whole pixels allow and keeps the focal
    point as central as the edges let it. The card is 1200 × 630, or the box's own size when
    the picture is smaller: it is never upscaled.
    """
    width, height = size
    ratio = SOCIAL_SIZE[0] / SOCIAL_SIZE[1]
    if width < height * ratio:  # taller than a card: the whole width, part of the height
        crop_w, crop_h = width, min(height, max(1, round(width / ratio)))
    else:
        crop_w, crop_h = min(width, max(1, round(height * ratio))), height
    left = min(max(round(focal[0] * width - crop_w / 2), 0), width - crop_w)
    top = min(max(round(focal[1] * height - crop_h / 2), 0), height - crop_h)
    card = SOCIAL_SIZE if crop_w >= SOCIAL_SIZE[0] else (crop_w, crop_h)
    return (left, top, left + crop_w, top + crop_h), card


AVIF = features.check("avif")  # Pillow's wheels have it; a distribution's build may not


def _formats() -> list[str]:
    """The formats this Pillow can write."""
    return [fmt for fmt in Rendition.Format if AVIF or fmt != Rendition.Format.AVIF]


def _encode(picture: PILImage.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    picture.save(out, **_SAVE_OPTIONS[fmt])
    return out.getvalue()


def folder_of(image: Image) -> str:
    """A picture's renditions folder: its number and a key only this site can make from it.
    Renditions are public files; a draft's must not be found by counting picture numbers."""
    key = salted_hmac("premiere.renditions", str(image.pk), algorithm="sha256").hexdigest()
    return f"{image.pk}-{key[:16]}"


def _drawn(image: Image, source: PILImage.Image, existing: set) -> list[tuple[Rendition, bytes]]:
    """Return each missing rendition with its encoded file; nothing is stored yet."""
    stem = PurePosixPath(image.file.name).stem
    drawn = []
    for width, height in rendition_sizes(source.width, source.height):
        resized = None
        for fmt in _formats():
            if (width, fmt, Rendition.Crop.NONE) in existing:
                continue
            # reducing_gap: shrink by whole factors first, then Lanczos; same look, faster.
            resized = resized or source.resize((width, height), PILImage.LANCZOS, reducing_gap=3.0)
            try:
                data = _encode(resized, fmt)
            except Exception as error:
                if fmt != Rendition.Format.AVIF:
                    raise
                # AVIF is a bonus: an encoder that refuses a picture costs the smaller file,
                # never the upload (WebP and JPEG remain).
                log.warning("No AVIF rendition of picture %s: %s", image.pk, error)
                continue
            rendition = Rendition(image=image, width=width, height=height, format=fmt)
            rendition.file.name = f"{folder_of(image)}/{stem}-{width}.{fmt}"
            drawn.append((rendition, data))
    if not any(crop == Rendition.Crop.SOCIAL for _, _, crop in existing):
        box, card = social_crop(source.size, image.focal_point)
        picture = source.crop(box)
        if picture.size != card:
            picture = picture.resize(card, PILImage.LANCZOS)
        rendition = Rendition(
            image=image,
            width=card[0],
            height=card[1],
            format=Rendition.Format.JPEG,
            crop=Rendition.Crop.SOCIAL,
        )
        rendition.file.name = f"{folder_of(image)}/{stem}-social.jpeg"
        drawn.append((rendition, _encode(picture, Rendition.Format.JPEG)))
    return drawn


def renditions_make(image: Image) -> list[Rendition]:
    """Make every missing rendition of `image`; existing ones are kept as they are.

    Every rendition is drawn in memory before one is stored, and if storing fails halfway the
    files already written are removed: a file is only kept with its row.
    """
    # Read from the database, not a prefetched list that may predate a new file.
    existing = set(Rendition.objects.filter(image=image).values_list("width", "format", "crop"))
    try:
        with image.file.open("rb") as handle:
            source = picture_decode(handle)
    except Exception:
        raise refusal("it is damaged or cut short.") from None
    drawn = _drawn(image, source, existing)
    written = []
    try:
        with transaction.atomic():
            for rendition, data in drawn:
                rendition.file.save(rendition.file.name, ContentFile(data), save=False)
                written.append(rendition.file.name)
                rendition.save()
    except BaseException:
        for name in written:
            image.file.storage.delete(name)
        raise
    return [rendition for rendition, _ in drawn]


def renditions_of(image: Image) -> dict:
    """Return the image's renditions grouped for a <picture>: srcsets, fallback, largest.

    Works on prefetched renditions, so a list page costs no query per picture; with them,
    the answer is kept on the image, since a page asks for one picture's renditions several
    times (its <picture>, the social card, the full-screen link, the structured data).
    """
    if (kept := image.__dict__.get("_renditions_of")) is not None:
        return kept
    prefetched = "renditions" in getattr(image, "_prefetched_objects_cache", {})
    info = _renditions_of(image, list(image.renditions.all()))
    if prefetched:
        image.__dict__["_renditions_of"] = info
    return info


def renditions_read(image: Image) -> Image:
    """Read one image's renditions, for a page that shows it alone (a story's hero): one plain
    query, where prefetch_related's machinery took twice the time (bench/RESULTS.md)."""
    image.__dict__["_renditions_of"] = _renditions_of(image, list(image.renditions.all()))
    return image


def _renditions_of(image: Image, renditions: list) -> dict:
    plain = sorted((r for r in renditions if not r.crop), key=lambda r: r.width)
    avif = [r for r in plain if r.format == Rendition.Format.AVIF]
    webp = [r for r in plain if r.format == Rendition.Format.WEBP]
    jpeg = [r for r in plain if r.format == Rendition.Format.JPEG]
    social = next((r for r in renditions if r.crop == Rendition.Crop.SOCIAL), None)
    if not jpeg:
        return {"ready": False, "src": image.file.url, "largest": image.file.url}
    return {
        "ready": True,
        "avif_srcset": ", ".join(f"{r.file.url} {r.width}w" for r in avif),
        "webp_srcset": ", ".join(f"{r.file.url} {r.width}w" for r in webp),
        "jpeg_srcset": ", ".join(f"{r.file.url} {r.width}w" for r in jpeg),
        # What a browser without srcset shows: a page's width, not a thumbnail's.
        "src": next((r for r in jpeg if r.width >= 800), jpeg[-1]).file.url,
        "smallest": jpeg[0].file.url,
        "largest": jpeg[-1].file.url,
        "social": social.file.url if social else jpeg[-1].file.url,
    }
