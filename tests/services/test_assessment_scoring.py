"""Scoring an assessment: start, rate, explain, make final, and the lock afterwards (by the
service and by the database itself)."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from sqlalchemy import Uuid, bindparam, func, select, text
from sqlalchemy.exc import IntegrityError

from bvmdesk.db.models import Assessment, AuditEvent, Company, Enrolment, Rating, WorkplaceTrainer
from bvmdesk.domain.assessment import Result
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.assessment_types import DRAFT, FINAL
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.assessment_support import AssessmentWorld, assessment_world

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _ratings(services: Services, assessment_id: object) -> list[tuple[int, str | None]]:
    info = services.assessments.assessment(Actor.cli(), assessment_id)  # type: ignore[arg-type]
    return [(r.number, r.value) for r in info.ratings]


def _rate_all(services: Services, actor: Actor, w: AssessmentWorld, assessment_id: object,
              values: dict[int, str]) -> None:
    for number, value in values.items():
        services.assessments.rate(actor, assessment_id, w.criterion(number), value)  # type: ignore[arg-type]


def test_start_makes_a_draft_with_a_new_code(services: Services, admin: Actor,
                                             instructor: Actor) -> None:
    w = assessment_world(services, admin)
    year = services.clock.today().year
    first = services.assessments.start(instructor, w.participant_id, w.form.id,
                                       on=date(2026, 10, 5))
    second = services.assessments.start(instructor, w.participant_id, w.form.id)
    prefix = f"{support.SITE_CODE}-BO-{year}"
    assert (first.code, first.version, first.status) == (f"{prefix}-00001", 1, DRAFT)
    assert second.code == f"{prefix}-00002" and second.date == services.clock.today()
    assert (first.date, first.assessor_username, first.assessor_name) == (
        date(2026, 10, 5), "docent", "Docent Dijkstra")
    assert (first.participant_number, first.participant_name, first.group_code) == (
        "P-LAS-1", "Çağan Yılmaz", "LAS-1")
    assert first.enrolment_id == w.world.enrolment_id and first.form.id == w.form.id
    assert first.form.used and not w.form.used
    assert [r.value for r in first.ratings] == [None] * 4 and first.photos == ()
    # A discarded number is never given again.
    services.assessments.discard(instructor, second.id)
    assert services.assessments.start(instructor, w.participant_id, w.form.id).code \
        == f"{prefix}-00003"


def test_the_enrolments_praktijkopleider_is_offered_as_second_assessor(
        services: Services, admin: Actor, instructor: Actor) -> None:
    w = assessment_world(services, admin)
    info = services.assessments.start(instructor, w.participant_id, w.form.id)
    assert info.trainer_name is None  # no trainer on the enrolment yet
    with sessions_of(services).write("test") as s:
        company = Company(code="STAAL", name="Staal BV")
        s.add(company)
        s.flush()
        trainer = WorkplaceTrainer(code="PO-1", name="Noël de Jong", company_id=company.id)
        s.add(trainer)
        s.flush()
        s.get(Enrolment, w.world.enrolment_id).trainer_id = trainer.id  # type: ignore[union-attr]
    again = services.assessments.assessment(instructor, info.id)
    assert again.trainer_name == "Noël de Jong" and again.second_assessor_name is None
    assert [d.code for d in services.assessments.drafts(instructor)] == [info.code]


def test_start_needs_an_enrolment_in_the_forms_module(services: Services, admin: Actor,
                                                      instructor: Actor) -> None:
    w = assessment_world(services, admin)
    other = assessment_world(services, admin, "DRAAI-1")  # another module and participant
    with pytest.raises(ServiceError, match=re.escape(
            "Çağan Yılmaz is niet ingeschreven voor module M-LAS-1 (Lassen MIG/MAG); "
            "er is niets gewijzigd.")):
        services.assessments.start(instructor, other.participant_id, w.form.id)
    with pytest.raises(PermissionDenied):
        services.assessments.start(Actor.viewer(), w.participant_id, w.form.id)


def test_rate_stores_values_of_the_scale_and_clears_them(services: Services, admin: Actor,
                                                         instructor: Actor) -> None:
    w = assessment_world(services, admin)
    a = services.assessments.start(instructor, w.participant_id, w.form.id)
    info = services.assessments.rate(instructor, a.id, w.criterion(2), "v")
    assert (info.number, info.value, info.reason, info.remark) == (2, "V", None, None)
    services.assessments.rate(instructor, a.id, w.criterion(2), "G")
    assert _ratings(services, a.id) == [(1, None), (2, "G"), (3, None), (4, None)]
    with pytest.raises(ValidationFailed, match="'X' is geen waarde van de schaal O/V/G"):
        services.assessments.rate(instructor, a.id, w.criterion(3), "X")
    # Clearing deletes the row, unless it holds a text.
    services.assessments.explain(instructor, a.id, w.criterion(2), reason="Strak gelast")
    cleared = services.assessments.rate(instructor, a.id, w.criterion(2), None)
    assert (cleared.value, cleared.reason) == (None, "Strak gelast")
    services.assessments.explain(instructor, a.id, w.criterion(2), reason="  ")
    with sessions_of(services).read() as s:
        assert s.scalar(select(func.count()).select_from(Rating)) == 0
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("assessment.%")).order_by(AuditEvent.sequence)).all()
    assert actions == ["assessment.start", "assessment.rate", "assessment.rate",
                       "assessment.rate", "assessment.rate", "assessment.unrate"]
    with pytest.raises(NotFound, match="criterium"):
        services.assessments.rate(instructor, a.id, a.id, "V")


def test_explain_sets_reason_and_remark_independently(services: Services, admin: Actor,
                                                      instructor: Actor) -> None:
    w = assessment_world(services, admin)
    a = services.assessments.start(instructor, w.participant_id, w.form.id)
    c = w.criterion(1)
    only_text = services.assessments.explain(instructor, a.id, c, remark="Let op de hoek")
    assert (only_text.value, only_text.reason, only_text.remark) == (None, None, "Let op de hoek")
    services.assessments.rate(instructor, a.id, c, "O")
    both = services.assessments.explain(instructor, a.id, c, reason="Naad scheurt")
    assert (both.value, both.reason, both.remark) == ("O", "Naad scheurt", "Let op de hoek")
    services.assessments.set_remark(instructor, a.id, "  Goed voorbereid  ")
    services.assessments.set_date(instructor, a.id, date(2026, 10, 6))
    strokes = encode(make_signature(200, 80, [[(1, 1), (50, 40)]]))
    services.assessments.set_second_assessor(instructor, a.id, name="Piet Praktijk",
                                             role="praktijkopleider", strokes=strokes)
    info = services.assessments.assessment(instructor, a.id)
    assert (info.remark, info.date, info.second_assessor_name, info.second_assessor_role,
            info.second_assessor_strokes) == ("Goed voorbereid", date(2026, 10, 6),
                                              "Piet Praktijk", "praktijkopleider", strokes)
    assert info.second_assessed_at is not None
    empty = encode(make_signature(200, 80, [[(5, 5)]]))
    with pytest.raises(ValidationFailed, match="Zet eerst een handtekening"):
        services.assessments.set_second_assessor(instructor, a.id, name="X",
                                                 role="instructeur", strokes=empty)
    with pytest.raises(ValidationFailed, match="praktijkopleider of instructeur"):
        services.assessments.set_second_assessor(instructor, a.id, name="X", role="baas",
                                                 strokes=strokes)
    services.assessments.clear_second_assessor(instructor, a.id)
    assert services.assessments.assessment(instructor, a.id).second_assessor_name is None


def test_finalise_names_the_criteria_in_the_way_then_locks(services: Services, admin: Actor,
                                                           instructor: Actor) -> None:
    w = assessment_world(services, admin)
    a = services.assessments.start(instructor, w.participant_id, w.form.id)
    _rate_all(services, instructor, w, a.id, {1: "V", 2: "G", 4: "O"})
    outcome, check = services.assessments.preview_final(instructor, a.id)
    assert check.unrated == (3,) and check.missing_reasons == (2, 4)
    assert not outcome.complete
    with pytest.raises(ServiceError, match=re.escape(
            "Kan niet definitief worden gemaakt: nog niet beoordeeld: criterium 3; een "
            "toelichting ontbreekt bij criteria 2 en 4.")):
        services.assessments.finalise(instructor, a.id)
    assert services.assessments.assessment(instructor, a.id).status == DRAFT
    _rate_all(services, instructor, w, a.id, {3: "V"})
    for n in (2, 4):
        services.assessments.explain(instructor, a.id, w.criterion(n), reason="Zie foto")
    final = services.assessments.finalise(instructor, a.id)
    assert final.status == FINAL and final.finalised_at is not None and final.is_final
    result = final.outcome()
    assert [(wp.code, wp.result) for wp in result.work_processes] == [
        ("B1-K1-W1", Result.GOOD), ("B1-K1-W2", Result.FAIL)]
    # Locked: every change through the service is refused and changes nothing.
    c = w.criterion(1)
    refusals = [
        lambda: services.assessments.rate(instructor, a.id, c, "O"),
        lambda: services.assessments.rate(instructor, a.id, c, None),
        lambda: services.assessments.explain(instructor, a.id, c, reason="anders"),
        lambda: services.assessments.set_remark(instructor, a.id, "anders"),
        lambda: services.assessments.set_date(instructor, a.id, date(2026, 1, 1)),
        lambda: services.assessments.clear_second_assessor(instructor, a.id),
        lambda: services.assessments.finalise(instructor, a.id),
        lambda: services.assessments.discard(instructor, a.id),
    ]
    for refused in refusals:
        with pytest.raises(ServiceError, match=f"{final.code} \\(versie 1\\) is definitief"):
            refused()
    assert services.assessments.assessment(instructor, a.id) == final


_INSERT_RATING = (
    "INSERT INTO ratings (id, site_id, created_at, updated_at, created_by, updated_by, hlc, "
    "assessment_id, criterion_id, value) SELECT :new, site_id, created_at, updated_at, 'x', "
    "'x', 'x', :k, :c, 'O' FROM ratings WHERE assessment_id = :k LIMIT 1", "ratings hoort bij")


def test_the_database_refuses_changes_to_a_final_assessment(services: Services, admin: Actor,
                                                            instructor: Actor) -> None:
    w = assessment_world(services, admin)
    a = services.assessments.start(instructor, w.participant_id, w.form.id)
    _rate_all(services, instructor, w, a.id, {1: "V", 2: "V", 3: "V", 4: "V"})
    services.assessments.finalise(instructor, a.id)
    before = services.assessments.assessment(instructor, a.id)
    # A criterion this assessment has no rating for (of another form): only the trigger
    # stands in the way of an INSERT.
    other = services.assessments.copy_form(admin, w.form.id, "ANDER", "Ander").criteria[0].id
    statements = [
        ("UPDATE ratings SET value = 'O' WHERE assessment_id = :k", "ratings hoort bij"),
        ("DELETE FROM ratings WHERE assessment_id = :k", "ratings hoort bij"),
        ("UPDATE assessments SET status = 'draft' WHERE id = :k", "assessments is definitief"),
        ("UPDATE assessments SET remark = 'anders' WHERE id = :k", "assessments is definitief"),
        _INSERT_RATING,
    ]
    for sql, message in statements:
        params = [bindparam("k", a.id, type_=Uuid()), bindparam("c", other, type_=Uuid()),
                  bindparam("new", uuid.uuid4(), type_=Uuid())]
        statement = text(sql).bindparams(*[p for p in params if f":{p.key}" in sql])
        with pytest.raises(IntegrityError, match=message), \
                sessions_of(services).write("aanvaller") as s:
            s.execute(statement)
        assert services.assessments.assessment(instructor, a.id) == before
    with sessions_of(services).read() as s:
        assert s.get(Assessment, a.id).status == FINAL  # type: ignore[union-attr]


def test_the_orm_hook_frees_a_drafts_ratings_and_photos_only(services: Services, admin: Actor,
                                                             instructor: Actor) -> None:
    from bvmdesk.db.models import Attachment
    from bvmdesk.db.session import FactImmutableError

    w = assessment_world(services, admin)
    a = services.assessments.start(instructor, w.participant_id, w.form.id)
    _rate_all(services, instructor, w, a.id, {1: "V", 2: "V", 3: "V", 4: "V"})
    with sessions_of(services).write("docent") as s:  # a draft: change and delete freely
        ratings = {r.criterion_id: r for r in s.scalars(
            select(Rating).where(Rating.assessment_id == a.id)).all()}
        ratings[w.criterion(1)].value = "G"
        s.delete(ratings[w.criterion(2)])
        s.add(Attachment(owner_type="assessment", owner_id=a.id, media_type="image/png",
                         data=b"png"))
    with sessions_of(services).write("docent") as s:
        s.delete(s.scalars(select(Attachment)).one())
    services.assessments.rate(instructor, a.id, w.criterion(2), "V")
    services.assessments.explain(instructor, a.id, w.criterion(1), reason="Mooi")
    services.assessments.finalise(instructor, a.id)
    before = services.assessments.assessment(instructor, a.id)
    for change in ("update", "delete"):
        with pytest.raises(FactImmutableError), sessions_of(services).write("aanvaller") as s:
            rating = s.scalars(select(Rating).where(Rating.assessment_id == a.id)).first()
            assert rating is not None
            if change == "update":
                rating.value = "O"
            else:
                s.delete(rating)
    assert services.assessments.assessment(instructor, a.id) == before
