"""Files an attacker (or a tired editor) uploads, built small enough to keep tests light."""

import io
import struct
import zlib
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from premiere.newsroom.models import Image, Rendition


def upload(data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def encoded(size=(800, 600), fmt="JPEG", mode="RGB", noise=True) -> bytes:
    """Return a picture in `fmt`; noise makes the data long enough to cut in the middle."""
    picture = PILImage.effect_noise(size, 64).convert(mode) if noise else PILImage.new(mode, size)
    buffer = io.BytesIO()
    picture.save(buffer, format=fmt)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    whole = encoded((800, 600), "JPEG")
    return whole[: len(whole) // 2]


def png_claiming(width: int, height: int) -> bytes:
    """Return a PNG whose header claims a size but holds no pixel data: nothing to allocate."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + payload))
        return struct.pack(">I", len(payload)) + kind + payload + crc

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def media_files() -> set[str]:
    """Return every file under MEDIA_ROOT, relative to it."""
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def stored_files() -> set[str]:
    """Return the files that some Image or Rendition row points at."""
    names = set(Image.objects.values_list("file", flat=True))
    return names | set(Rendition.objects.values_list("file", flat=True))
