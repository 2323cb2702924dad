"""Photos of work pieces, made fit to store: checked, turned upright, shrunk, and stripped
of every piece of metadata (a photo must not carry where a minor lives: EXIF GPS).

The image is decoded and its pixels written again as a new file (JPEG, or PNG when it has
transparency) with nothing but the pixels: no EXIF, ICC profile, XMP or comments.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Any

from bvmdesk.services.base import ServiceError

MAX_INPUT_BYTES = 10 * 1024 * 1024
MAX_SIDE = 2000
THUMBNAIL_SIDE = 240
JPEG_QUALITY = 85
# Pillow's own bomb limit is ~89 megapixels (a warning) and twice that (an error); a
# camera photo has up to ~50.
MAX_PIXELS = 80_000_000


class PhotoError(ServiceError):
    """A file that cannot be stored as a photo; `str()` says why, in Dutch."""


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    media_type: str       # image/jpeg or image/png
    thumbnail: bytes      # same type, at most THUMBNAIL_SIDE px on its longest side
    width: int
    height: int


def _label(filename: str | None) -> str:
    return f"'{filename}'" if filename else "Dit bestand"


def _has_alpha(image: Any) -> bool:
    if image.mode in ("RGBA", "LA", "PA"):
        return bool(image.getextrema()[-1][0] < 255)
    return bool(image.mode == "P" and "transparency" in image.info)


def _encode(image: Any, transparent: bool) -> bytes:
    """The pixels only: a fresh image, so no info, EXIF, ICC or XMP travels along."""
    from PIL import Image

    mode = "RGBA" if transparent else "RGB"
    pixels = image.convert(mode)
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    if transparent:
        clean.save(out, format="PNG", optimize=True)
    else:
        clean.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def prepare_photo(data: bytes, filename: str | None = None) -> PreparedPhoto:
    """`data` as a photo to store.

    Raises:
        PhotoError: larger than 10 MB, not an image Pillow can read, or too many pixels.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    label = _label(filename)
    if len(data) > MAX_INPUT_BYTES:
        size = f"{len(data) / (1024 * 1024):.1f}".replace(".", ",")
        raise PhotoError(f"{label} is {size} MB; een foto is hoogstens 10 MB. Verklein de foto "
                         "en probeer het opnieuw; er is niets opgeslagen.")
    if not data:
        raise PhotoError(f"{label} is leeg; er is niets opgeslagen.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                width, height = opened.size
                if width * height > MAX_PIXELS:
                    raise Image.DecompressionBombError("too many pixels")
                opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a smaller scale
                opened.load()
                image = ImageOps.exif_transpose(opened) or opened.copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"{label} heeft te veel beeldpunten om als foto op te slaan; er is "
                         "niets opgeslagen.") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise PhotoError(f"{label} is geen foto die BVM Desk kan lezen (kies een JPEG- of "
                         "PNG-bestand); er is niets opgeslagen.") from None
    transparent = _has_alpha(image)
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    stored = _encode(image, transparent)
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    return PreparedPhoto(stored, "image/png" if transparent else "image/jpeg",
                         _encode(small, transparent), image.width, image.height)
