"""Beheer > Certificaten settings: saved per site, images cleaned, refusals change nothing."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image

from bvmdesk.services.base import Actor, PermissionDenied, ServiceError
from bvmdesk.services.container import Services
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _jpeg_with_exif() -> bytes:
    image = Image.new("RGB", (2400, 600), (10, 40, 90))
    exif = Image.Exif()
    exif[0x010F] = "Camera BV"  # Make
    out = BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_settings_are_saved_and_images_cleaned(services: Services, admin: Actor) -> None:
    assert services.certificate_settings.get(admin).signatory_name == ""
    saved = services.certificate_settings.update(
        admin, signatory_name="Ir. J. de Vries", signatory_function="Directeur",
        contact="BVM Oost, 038 123 45 67", logo=_jpeg_with_exif())
    again = services.certificate_settings.get(admin)
    assert again == saved
    assert (again.signatory_name, again.signatory_function) == ("Ir. J. de Vries", "Directeur")
    assert again.logo is not None and again.logo.startswith(b"\x89PNG")
    with Image.open(BytesIO(again.logo)) as logo:
        assert max(logo.size) == 1200 and not logo.getexif()
    assert b"Camera BV" not in again.logo
    services.certificate_settings.update(admin, logo=None)
    assert services.certificate_settings.get(admin).logo is None
    assert services.certificate_settings.get(admin).signatory_name == "Ir. J. de Vries"


def test_refusals_change_nothing(services: Services, admin: Actor, instructor: Actor) -> None:
    services.certificate_settings.update(admin, signatory_name="A. Jansen")
    with pytest.raises(PermissionDenied):
        services.certificate_settings.update(instructor, signatory_name="X")
    with pytest.raises(ServiceError, match="geen afbeelding"):
        services.certificate_settings.update(admin, signatory_name="Y",
                                             signature=b"%PDF-1.7 geen plaatje")
    with pytest.raises(ServiceError, match="te lang"):
        services.certificate_settings.update(admin, contact="x" * 301)
    with pytest.raises(ServiceError, match="Onbekende instelling"):
        services.certificate_settings.update(admin, kleur="rood")
    assert services.certificate_settings.get(instructor).signatory_name == "A. Jansen"
