"""Photos of work pieces: turned upright, shrunk, and without any metadata (EXIF GPS tells
where a minor lives), before they are stored; what is no photo is refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bvmdesk.services.photos import MAX_INPUT_BYTES, PhotoError, prepare_photo

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def camera_jpeg(width: int = 3000, height: int = 1000, orientation: int = 6) -> bytes:
    """A camera-like JPEG: a GPS position, an orientation tag, a comment, an ICC profile."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((20, 20, 220), (0, 0, width // 3, height))  # a blue band on the left
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "Camera BV"  # Make
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 30.0, 0.0), 3: "E", 4: (6.0, 5.0, 0.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), comment=b"Zwolle, Hanzeweg 1",
               icc_profile=b"\x00" * 128, quality=90)
    return out.getvalue()


def _has_no_metadata(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as image:
        assert len(image.getexif()) == 0
        assert not ({"exif", "icc_profile", "comment", "xmp", "XML:com.adobe.xmp"}
                    & set(image.info))
    for marker in (b"Exif", b"GPS", b"Camera BV", b"Zwolle", b"ICC_PROFILE", b"http://ns.adobe"):
        assert marker not in data


def test_the_source_really_carries_gps_and_orientation() -> None:
    """(So that the test below can fail.)"""
    with Image.open(io.BytesIO(camera_jpeg())) as image:
        exif = image.getexif()
        assert exif[ORIENTATION] == 6 and exif.get_ifd(GPS_IFD)
        assert "comment" in image.info and "icc_profile" in image.info


def test_a_camera_photo_is_turned_shrunk_and_stripped() -> None:
    photo = prepare_photo(camera_jpeg(), "IMG_0001.JPG")
    assert photo.media_type == "image/jpeg"
    # Orientation 6: the 3000 x 1000 picture stands upright, then is shrunk to 2000 px.
    assert (photo.width, photo.height) == (667, 2000)
    _has_no_metadata(photo.data)
    _has_no_metadata(photo.thumbnail)
    with Image.open(io.BytesIO(photo.data)) as image:
        assert image.format == "JPEG" and image.size == (667, 2000)
        # Turned clockwise: the blue band that was on the left is now at the top.
        red, _green, blue = image.convert("RGB").getpixel((333, 50))  # type: ignore[misc]
        assert blue > 150 and red < 100
    with Image.open(io.BytesIO(photo.thumbnail)) as thumb:
        assert max(thumb.size) <= 240 and thumb.size[1] == 240


def test_a_small_photo_keeps_its_size_and_transparency_gives_png() -> None:
    small = prepare_photo(camera_jpeg(400, 300, orientation=1), None)
    assert (small.width, small.height) == (400, 300)
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (0, 0, 100, 100))
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=None)
    png = prepare_photo(out.getvalue(), "tekening.png")
    assert png.media_type == "image/png"
    with Image.open(io.BytesIO(png.data)) as stored:
        assert stored.format == "PNG" and stored.mode == "RGBA"
        assert stored.getpixel((250, 150))[3] == 0  # type: ignore[index]
    _has_no_metadata(png.data)


def test_too_large_empty_and_not_an_image_are_refused_in_dutch() -> None:
    with pytest.raises(PhotoError, match="hoogstens 10 MB"):
        prepare_photo(b"\xff\xd8" + b"\x00" * MAX_INPUT_BYTES, "groot.jpg")
    with pytest.raises(PhotoError, match=r"'notitie\.txt' is geen foto"):
        prepare_photo(b"dit is tekst, geen foto", "notitie.txt")
    with pytest.raises(PhotoError, match="geen foto"):
        prepare_photo(camera_jpeg()[:2000], "kapot.jpg")
    with pytest.raises(PhotoError, match="leeg"):
        prepare_photo(b"", None)


def test_a_decompression_bomb_is_refused() -> None:
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, format="PNG")  # small file, 144 megapixels
    assert len(out.getvalue()) < MAX_INPUT_BYTES
    with pytest.raises(PhotoError, match="te veel beeldpunten"):
        prepare_photo(out.getvalue(), "bom.png")
