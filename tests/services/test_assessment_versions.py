"""Corrections (a new version pointing at the old one), discarding drafts, the drafts list,
and photos stored with an assessment."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from bvmdesk.db.models import Attachment, Rating
from bvmdesk.services.assessment_types import DRAFT, FINAL, AssessmentInfo
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.photos import PhotoError
from tests.db import support
from tests.services.assessment_support import AssessmentWorld, assessment_world
from tests.services.test_photos import camera_jpeg

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def final_assessment(services: Services, actor: Actor, w: AssessmentWorld,
                     values: tuple[str, ...] = ("V", "V", "V", "V"),
                     on: date = date(2026, 10, 5)) -> AssessmentInfo:
    a = services.assessments.start(actor, w.participant_id, w.form.id, on=on)
    for number, value in enumerate(values, start=1):
        services.assessments.rate(actor, a.id, w.criterion(number), value)
        if value in ("O", "G"):
            services.assessments.explain(actor, a.id, w.criterion(number), reason="Zo is het")
    return services.assessments.finalise(actor, a.id)


def _count(services: Services, model: type) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_correction_is_a_new_version_and_both_stay(services: Services, admin: Actor,
                                                     instructor: Actor) -> None:
    w = assessment_world(services, admin)
    old = services.assessments.start(instructor, w.participant_id, w.form.id,
                                     on=date(2026, 10, 5))
    for n, value in enumerate(("V", "V", "O", "V"), start=1):
        services.assessments.rate(instructor, old.id, w.criterion(n), value)
    services.assessments.explain(instructor, old.id, w.criterion(3), reason="Poreus",
                                 remark="zie foto")
    services.assessments.set_remark(instructor, old.id, "Eerste poging")
    photo = services.assessments.add_photo(instructor, old.id, camera_jpeg(), "werk.jpg")
    old = services.assessments.finalise(instructor, old.id)
    with pytest.raises(ValidationFailed, match="reden"):
        services.assessments.correct(instructor, old.id, "  ")
    new = services.assessments.correct(instructor, old.id, "Criterium 3 verkeerd ingevoerd")
    assert (new.code, new.version, new.status, new.supersedes_id, new.supersedes_version,
            new.reason) == (old.code, 2, DRAFT, old.id, 1, "Criterium 3 verkeerd ingevoerd")
    assert (new.form.id, new.participant_id, new.enrolment_id, new.date, new.remark) == (
        old.form.id, old.participant_id, old.enrolment_id, old.date, "Eerste poging")
    assert [(r.number, r.value, r.reason, r.remark) for r in new.ratings] == [
        (r.number, r.value, r.reason, r.remark) for r in old.ratings]
    assert len(new.photos) == 1 and new.photos[0].id != photo.id
    assert services.assessments.photo_bytes(instructor, new.photos[0].id) == \
        services.assessments.photo_bytes(instructor, photo.id)
    # The old one: final, unchanged, and knows its successor.
    kept = services.assessments.assessment(instructor, old.id)
    assert kept.status == FINAL and kept.superseded_by_id == new.id
    assert kept.ratings == old.ratings
    # The correction is scored like any draft; the old one stays locked.
    services.assessments.rate(instructor, new.id, w.criterion(3), "V")
    with pytest.raises(ServiceError, match="definitief"):
        services.assessments.rate(instructor, old.id, w.criterion(3), "V")
    with pytest.raises(ServiceError, match="nog niet definitief"):
        services.assessments.correct(instructor, new.id, "te vroeg")
    with pytest.raises(ServiceError, match="al een nieuwere versie"):
        services.assessments.correct(instructor, old.id, "nog eens")
    final = services.assessments.finalise(instructor, new.id)
    assert final.outcome().passed and not old.outcome().passed
    assert [(v.version, v.status, v.passed, v.superseded_by_id)
            for v in services.assessments.versions(instructor, old.code)] == [
        (2, FINAL, True, None), (1, FINAL, False, new.id)]
    assert services.assessments.by_code(instructor, old.code).id == new.id
    assert services.assessments.by_code(instructor, old.code, 1).id == old.id
    with pytest.raises(NotFound):
        services.assessments.by_code(instructor, old.code, 3)
    assert [a.version for a in services.assessments.for_participant(
        instructor, w.participant_id)] == [2, 1]
    third = services.assessments.correct(instructor, new.id, "Nog een foutje")
    assert third.version == 3 and third.supersedes_version == 2


def test_discard_deletes_a_draft_with_its_ratings_and_photos(services: Services, admin: Actor,
                                                            instructor: Actor) -> None:
    w = assessment_world(services, admin)
    final = final_assessment(services, instructor, w)
    correction = services.assessments.correct(instructor, final.id, "Toch anders")
    services.assessments.add_photo(instructor, correction.id, camera_jpeg(400, 300), None)
    assert (_count(services, Rating), _count(services, Attachment)) == (8, 1)
    services.assessments.discard(instructor, correction.id)
    assert (_count(services, Rating), _count(services, Attachment)) == (4, 0)
    with pytest.raises(NotFound):
        services.assessments.assessment(instructor, correction.id)
    # The final one is free to be corrected again, and is never discarded.
    assert services.assessments.assessment(instructor, final.id).superseded_by_id is None
    with pytest.raises(ServiceError, match="definitief"):
        services.assessments.discard(instructor, final.id)
    assert services.assessments.correct(instructor, final.id, "Opnieuw").version == 2


def test_drafts_are_listed_oldest_first(services: Services, admin: Actor,
                                        instructor: Actor) -> None:
    w = assessment_world(services, admin)
    first = services.assessments.start(instructor, w.participant_id, w.form.id,
                                       on=date(2026, 10, 9))
    final = final_assessment(services, instructor, w)
    second = services.assessments.start(instructor, w.participant_id, w.form.id,
                                        on=date(2026, 9, 1))
    drafts = services.assessments.drafts(instructor)
    assert [d.id for d in drafts] == [first.id, second.id]
    assert drafts[0].passed is None and drafts[0].form_code == "LAS-OPD"
    assert (drafts[0].participant_name, drafts[0].group_code, drafts[0].kind) == (
        "Çağan Yılmaz", "LAS-1", "opdracht")
    assert final.id not in {d.id for d in drafts}


def test_a_photo_is_stored_without_metadata_and_only_on_a_draft(
        services: Services, admin: Actor, instructor: Actor) -> None:
    w = assessment_world(services, admin)
    a = services.assessments.start(instructor, w.participant_id, w.form.id)
    photo = services.assessments.add_photo(instructor, a.id, camera_jpeg(), "C:\\foto\\las.jpg")
    assert (photo.filename, photo.media_type, photo.width, photo.height) == (
        "las.jpg", "image/jpeg", 667, 2000)
    stored = services.assessments.photo_bytes(instructor, photo.id)
    with Image.open(io.BytesIO(stored)) as image:
        assert len(image.getexif()) == 0 and image.size == (667, 2000)
        assert max(image.size) <= 2000
    assert b"Exif" not in stored and b"GPS" not in stored
    info = services.assessments.assessment(instructor, a.id)
    assert info.photos == (photo,)
    # Refused: nothing is stored.
    with pytest.raises(PhotoError, match="hoogstens 10 MB"):
        services.assessments.add_photo(instructor, a.id, b"\x00" * (10 * 1024 * 1024 + 1), "x")
    with pytest.raises(PhotoError, match="geen foto"):
        services.assessments.add_photo(instructor, a.id, b"GIF? nee", "x.gif")
    assert _count(services, Attachment) == 1
    services.assessments.remove_photo(instructor, a.id, photo.id)
    assert services.assessments.photos(instructor, a.id) == []
    with pytest.raises(NotFound):
        services.assessments.remove_photo(instructor, a.id, photo.id)
    with pytest.raises(NotFound):
        services.assessments.photo_bytes(instructor, uuid.uuid4())
    # A final assessment takes no photo and loses none.
    final = final_assessment(services, instructor, w)
    with pytest.raises(ServiceError, match="definitief"):
        services.assessments.add_photo(instructor, final.id, camera_jpeg(300, 200), None)
    correction = services.assessments.correct(instructor, final.id, "foto vergeten")
    kept = services.assessments.add_photo(instructor, correction.id, camera_jpeg(300, 200), None)
    services.assessments.finalise(instructor, correction.id)
    with pytest.raises(ServiceError, match="definitief"):
        services.assessments.remove_photo(instructor, correction.id, kept.id)
    assert _count(services, Attachment) == 1


def test_the_check_finds_every_row_matching_its_audit_event(services: Services, admin: Actor,
                                                            instructor: Actor) -> None:
    """Drafts change and disappear, corrections copy: `bvmdesk check` stays clean."""
    w = assessment_world(services, admin)
    final = final_assessment(services, instructor, w, ("G", "V", "V", "O"))
    correction = services.assessments.correct(instructor, final.id, "Criterium 4")
    services.assessments.add_photo(instructor, correction.id, camera_jpeg(300, 200), None)
    services.assessments.rate(instructor, correction.id, w.criterion(4), "V")
    services.assessments.explain(instructor, correction.id, w.criterion(4), reason=None)
    services.assessments.finalise(instructor, correction.id)
    draft = services.assessments.start(instructor, w.participant_id, w.form.id)
    services.assessments.rate(instructor, draft.id, w.criterion(1), "O")
    services.assessments.add_photo(instructor, draft.id, camera_jpeg(300, 200), None)
    services.assessments.discard(instructor, draft.id)
    report = services.maintenance.check()
    assert report.ok, report.problems
