"""Own groups only (issue 16) for assessments, sign-offs, bpv hours and certificates.

A world of two groups, each with its own instructor: CERT-1 (instructor `docent`, with
final and draft assessments, photos, sign-offs on screen and on paper, a printed card,
bpv hours and an approval, an issued certificate) and B-1 (instructor `anna`, one
participant, one draft). Every public method of the services is called as anna on
CERT-1's objects and must refuse (PermissionDenied) or show nothing of CERT-1, without
writing anything; then as docent, where it must work. A public method that is in none of
the tables fails the test, so that a new one cannot be forgotten.
"""

from __future__ import annotations

import inspect
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, Enrolment, Group, Module
from bvmdesk.db.session import local_site_id
from bvmdesk.services.assessment_types import FINAL
from bvmdesk.services.assessments import AssessmentService
from bvmdesk.services.base import Actor, PermissionDenied
from bvmdesk.services.certificate_verify import VerifyService
from bvmdesk.services.certificates import CertificateService
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.placement_hours import HoursService
from bvmdesk.services.signoff_cards import CardService
from bvmdesk.services.signoff_overview import SignOffOverview
from bvmdesk.services.signoff_reports import SignOffReports
from bvmdesk.services.signoff_types import SignItem, WeekEntry
from bvmdesk.services.signoffs import SignOffService
from bvmdesk.services.trainers import TrainerDirectory
from tests.db import support
from tests.db.support import add_participant
from tests.services import certificate_support
from tests.services.assessment_support import ovg_spec
from tests.services.certificate_support import EVERYONE_OK, FORM, GROUP, Person
from tests.services.hours_support import PIN, STROKES
from tests.services.scope_support import add_instructor

site_location = support.site_location
services = certificate_support.services
admin = support.admin
instructor = support.instructor

DAY = date(2026, 11, 16)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(out, "PNG")
    return out.getvalue()


@dataclass
class World:
    group_a: uuid.UUID
    form_id: uuid.UUID
    criteria: list[uuid.UUID]
    tasks: dict[str, uuid.UUID]
    trainer_id: uuid.UUID
    p1: uuid.UUID          # P-C-1: a final assessment, a draft, signed, bpv hours
    p2: uuid.UUID          # P-C-2: signed T1, T2 and (on paper, with a photo) T3
    e1: uuid.UUID
    e2: uuid.UUID
    e3: uuid.UUID          # P-C-3: nothing signed yet
    final_id: uuid.UUID
    final_code: str
    draft_id: uuid.UUID    # P-C-1, every criterion rated
    draft2_id: uuid.UUID   # P-C-1, to discard
    photo_id: uuid.UUID
    screen_signoff: uuid.UUID
    evidence_id: uuid.UUID
    card_code: str
    hours_46: uuid.UUID    # entered, not approved
    approval_id: uuid.UUID
    certificate: str
    tokens: tuple[str, ...]  # what CERT-1's data shows: codes, numbers, ids


def build(services: Services, admin: Actor, docent: Actor) -> tuple[World, Actor]:
    """The world of the module docstring; returns it and anna (B-1's instructor)."""
    people = (*EVERYONE_OK[:2], Person("P-C-3", "Daan", "Bakker", signed=False))
    cw = certificate_support.certificate_world(services, admin, people, validity_years=1)
    anna = add_instructor(services, "anna", display_name="Anna de Boer")
    with sessions_of(services).write("test") as s:
        site_id = local_site_id(s)
        module = Module(code="M-B", name="Plaatwerk", planned_hours=40)
        s.add(module)
        s.flush()
        group = Group(code="B-1", name="Plaatwerk najaar", module_id=module.id,
                      location_id=site_id, instructor_id=anna.user_id,
                      start_date=date(2026, 9, 1))
        s.add(group)
        person = add_participant(s, "P-B-1", "Bo", "Visser")
        s.flush()
        s.add(Enrolment(participant_id=person.id, group_id=group.id,
                        start_date=date(2026, 9, 1)))
        b_person = person.id
    b_form = services.assessments.save_form(admin, ovg_spec("B-OPD", module_code="M-B"))
    services.assessments.start(anna, b_person, b_form.id)

    p1, p2 = cw.participants["P-C-1"], cw.participants["P-C-2"]
    e1, e2, e3 = (cw.enrolments[n] for n in ("P-C-1", "P-C-2", "P-C-3"))
    final = next(a for a in services.assessments.for_participant(admin, p1)
                 if a.status == FINAL)
    form = services.assessments.form(admin, cw.form_id)
    criteria = [c.id for c in form.criteria]
    draft = services.assessments.start(docent, p1, cw.form_id)
    for criterion in criteria:
        services.assessments.rate(docent, draft.id, criterion, "V")
    photo = services.assessments.add_photo(docent, draft.id, _png(), "werkstuk.png")
    draft2 = services.assessments.start(docent, p1, cw.form_id)

    services.signoffs.set_pin(admin, cw.trainer_id, PIN, PIN)
    screen = services.signoffs.sign_on_screen(docent, e1, cw.trainer_id, PIN, STROKES,
                                              [SignItem(cw.tasks["T3"], DAY)])
    paper = services.signoffs.record_paper(docent, e2, cw.trainer_id,
                                           [SignItem(cw.tasks["T3"], DAY)], photo=_png(),
                                           photo_name="kaart.png")
    assert paper[0].evidence_attachment_id is not None
    card = services.signoff_cards.card_for(docent, e1)
    sheet = services.bpv_hours.enter_hours(docent, e1, [WeekEntry(2026, 45, 480),
                                                        WeekEntry(2026, 46, 480)])
    week = {w.iso_week: w.hours_id for w in sheet.weeks}
    approval = services.bpv_hours.approve(docent, e1, cw.trainer_id, PIN, STROKES,
                                          [week[45]], DAY)
    issued = services.certificates.issue(docent, GROUP, ["P-C-1"])
    number = issued.issued[0].number
    tokens = (GROUP, "P-C-1", "P-C-2", "P-C-3", FORM, final.code, draft.code, number,
              card.code, *(str(i) for i in (e1, e2, e3, final.id, draft.id, draft2.id,
                                           screen[0].id, paper[0].id, approval.id)))
    world = World(cw.group_id, cw.form_id, criteria, cw.tasks, cw.trainer_id, p1, p2,
                  e1, e2, e3, final.id, final.code, draft.id, draft2.id, photo.id,
                  screen[0].id, paper[0].evidence_attachment_id, card.code, week[46],
                  approval.id, number, tokens)
    return world, anna


Call = Callable[[Services, Actor, World], Any]
ONE, LIST = "one", "list"  # refused as anna / nothing of CERT-1 shown to anna


def _a(method: str, /, *args: Any, **kwargs: Any) -> Call:
    """services.assessments.<method>(actor, *world fields or values)."""
    return _call("assessments", method, *args, **kwargs)


def _call(service: str, method: str, /, *args: Any, **kwargs: Any) -> Call:
    """services.<service>.<method>(actor, *args): "w.field" is a field of the World."""
    def run(services: Services, actor: Actor, w: World) -> Any:
        values = [getattr(w, a[2:]) if isinstance(a, str) and a.startswith("w.") else a
                  for a in args]
        return getattr(getattr(services, service), method)(actor, *values, **kwargs)
    return run


def _rate(services: Services, actor: Actor, w: World) -> Any:
    return services.assessments.rate(actor, w.draft_id, w.criteria[0], "V")


def _explain(services: Services, actor: Actor, w: World) -> Any:
    return services.assessments.explain(actor, w.draft_id, w.criteria[0], remark="Netjes")


def _sign(services: Services, actor: Actor, w: World) -> Any:
    return services.signoffs.sign_on_screen(actor, w.e3, w.trainer_id, PIN, STROKES,
                                            [SignItem(w.tasks["T1"], DAY)])


def _paper(services: Services, actor: Actor, w: World) -> Any:
    return services.signoffs.record_paper(actor, w.e3, w.trainer_id,
                                          [SignItem(w.tasks["T2"], DAY)], photo=_png())


def _approve(services: Services, actor: Actor, w: World) -> Any:
    return services.bpv_hours.approve(actor, w.e1, w.trainer_id, PIN, STROKES,
                                      [w.hours_46], DAY)


# Service class -> {method: (call, kind)}; as docent they run in this order.
CHECKED: dict[type, dict[str, tuple[Call, str]]] = {
    AssessmentService: {
        "assessment": (_a("assessment", "w.draft_id"), ONE),
        "by_code": (_a("by_code", "w.final_code"), ONE),
        "versions": (_a("versions", "w.final_code"), ONE),
        "drafts": (_a("drafts"), LIST),
        "for_participant": (_a("for_participant", "w.p1"), LIST),
        "preview_final": (_a("preview_final", "w.draft_id"), ONE),
        "photos": (_a("photos", "w.draft_id"), ONE),
        "photo_bytes": (_a("photo_bytes", "w.photo_id"), ONE),
        "participant_progress": (_a("participant_progress", "w.p1"), LIST),
        "group_progress": (_a("group_progress", "w.group_a"), ONE),
        "report": (_a("report", "P-C-1"), ONE),
        "forms_for": (_a("forms_for", "w.p2"), LIST),
        "start": (_a("start", "w.p2", "w.form_id"), ONE),
        "rate": (_rate, ONE),
        "explain": (_explain, ONE),
        "set_remark": (_a("set_remark", "w.draft_id", "Netjes gewerkt"), ONE),
        "set_date": (_a("set_date", "w.draft_id", DAY), ONE),
        "set_second_assessor": (_a("set_second_assessor", "w.draft_id", name="Piet",
                                   role="praktijkopleider", strokes=STROKES), ONE),
        "clear_second_assessor": (_a("clear_second_assessor", "w.draft_id"), ONE),
        "add_photo": (_a("add_photo", "w.draft_id", _png(), "foto.png"), ONE),
        "remove_photo": (_a("remove_photo", "w.draft_id", "w.photo_id"), ONE),
        "finalise": (_a("finalise", "w.draft_id"), ONE),
        "correct": (_a("correct", "w.final_id", "Verkeerde datum"), ONE),
        "discard": (_a("discard", "w.draft2_id"), ONE),
    },
    SignOffService: {
        "participant_enrolments": (_call("signoffs", "participant_enrolments", "w.p1"), LIST),
        "enrolment": (_call("signoffs", "enrolment", "w.e1"), ONE),
        "trainers_for": (_call("signoffs", "trainers_for", "w.e1"), ONE),
        "signoff": (_call("signoffs", "signoff", "w.screen_signoff"), ONE),
        "signature": (_call("signoffs", "signature", "w.screen_signoff"), ONE),
        "evidence": (_call("signoffs", "evidence", "w.evidence_id"), ONE),
        "sign_on_screen": (_sign, ONE),
        "record_paper": (_paper, ONE),
        "withdraw": (_call("signoffs", "withdraw", "w.screen_signoff", "Vergissing"), ONE),
    },
    CardService: {
        "card_for": (_call("signoff_cards", "card_for", "w.e1"), ONE),
        "find_card": (_call("signoff_cards", "find_card", "w.card_code"), ONE),
        "cards": (_call("signoff_cards", "cards", "w.e1"), ONE),
    },
    SignOffOverview: {
        "participant_report": (_call("signoff_overview", "participant_report", "P-C-1"), ONE),
        "group": (_call("signoff_overview", "group", "w.group_a"), ONE),
        "groups": (_call("signoff_overview", "groups"), LIST),
    },
    SignOffReports: {
        "card": (_call("signoff_reports", "card", "w.e1"), ONE),
        "group_cards": (_call("signoff_reports", "group_cards", "w.group_a"), ONE),
        "participant_card": (_call("signoff_reports", "participant_card", "w.p1"), ONE),
        "receipt": (lambda s, a, w: s.signoff_reports.receipt(a, [w.screen_signoff]), ONE),
        "approval_receipt": (_call("signoff_reports", "approval_receipt", "w.approval_id"),
                             ONE),
        "praktijkoverzicht": (_call("signoff_reports", "praktijkoverzicht", "w.p1"), ONE),
    },
    HoursService: {
        "sheet": (_call("bpv_hours", "sheet", "w.e1"), ONE),
        "enter_hours": (lambda s, a, w: s.bpv_hours.enter_hours(
            a, w.e1, [WeekEntry(2026, 47, 240)]), ONE),
        "approve": (_approve, ONE),
        "withdraw_approval": (_call("bpv_hours", "withdraw_approval", "w.approval_id",
                                    "Verkeerde week"), ONE),
    },
    CertificateService: {
        "groups": (_call("certificates", "groups"), LIST),
        "eligibility": (_call("certificates", "eligibility", GROUP), ONE),
        "preview": (_call("certificates", "preview", GROUP, ["P-C-2"]), ONE),
        "issue": (_call("certificates", "issue", GROUP, ["P-C-2"]), ONE),
        "list": (_call("certificates", "list"), LIST),
        "expiring": (_call("certificates", "expiring", 400), LIST),
        "get": (_call("certificates", "get", "w.certificate"), ONE),
        "pdf": (_call("certificates", "pdf", "w.certificate"), ONE),
        "correct": (_call("certificates", "correct", "w.certificate"), ONE),
    },
}

NOT_ABOUT_GROUPS: dict[type, dict[str, str]] = {
    AssessmentService: {
        name: "forms are module master data: any instructor may read them; changing them "
              "needs EDIT_MODULES (administrators)"
        for name in ("modules", "list_forms", "form", "current_form", "form_versions",
                     "save_form", "copy_form", "archive_form", "restore_form")},
    SignOffService: {
        name: "a praktijkopleider's PIN belongs to the trainer of a company, not to a "
              "group; signing itself is checked"
        for name in ("set_pin", "check_pin", "reset_pin")},
    SignOffReports: {"meta": "the site and the moment of printing, no personal data"},
    TrainerDirectory: {"list_trainers": "praktijkopleiders of companies (Beheer), no "
                                        "participant or group data"},
    VerifyService: {
        name: "checks a code someone presents: the data shown is what the code itself "
              "carries, the register adds only revoked/superseded"
        for name in ("verify", "verify_pdf")},
}

ADMIN_ONLY: dict[type, dict[str, str]] = {
    CertificateService: {
        name: "MANAGE_CERTIFICATES: administrators only, who see every group"
        for name in ("override", "withdraw_override", "revoke")},
}

SERVICES = (AssessmentService, SignOffService, CardService, SignOffOverview, SignOffReports,
            HoursService, TrainerDirectory, CertificateService, VerifyService)


def _public(cls: type) -> set[str]:
    return {name for name, _ in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_")}


def test_every_public_method_is_in_a_table() -> None:
    for cls in SERVICES:
        listed = (set(CHECKED.get(cls, {})) | set(NOT_ABOUT_GROUPS.get(cls, {}))
                  | set(ADMIN_ONLY.get(cls, {})))
        assert _public(cls) == listed, (
            f"{cls.__name__}: add these methods to CHECKED (own groups only) or say why "
            f"they are not about groups: {sorted(_public(cls) - listed)}; gone: "
            f"{sorted(listed - _public(cls))}")


def _shows_a(result: Any, w: World) -> bool:
    text = repr(result)
    return any(token in text for token in w.tokens)


def _audit_count(services: Services) -> int:
    with sessions_of(services).read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_another_groups_instructor_gets_nothing_and_the_own_instructor_everything(
        services: Services, admin: Actor, instructor: Actor) -> None:
    w, anna = build(services, admin, instructor)
    before = _audit_count(services)
    for cls, methods in CHECKED.items():
        for name, (call, kind) in methods.items():
            where = f"{cls.__name__}.{name}"
            try:
                result = call(services, anna, w)
            except PermissionDenied as exc:
                assert "hoort niet bij uw groepen" in str(exc), where
                continue
            assert kind == LIST, f"{where} gave anna CERT-1's data: {result!r:.300}"
            assert not _shows_a(result, w), f"{where} showed CERT-1 to anna: {result!r:.300}"
    assert _audit_count(services) == before, "anna's refused calls wrote something"

    for cls, methods in CHECKED.items():
        for name, (call, kind) in methods.items():
            result = call(services, instructor, w)
            if kind == LIST:
                assert _shows_a(result, w), f"{cls.__name__}.{name} hid CERT-1 from docent"
            elif name not in {"rate", "explain"}:  # a rating's info names no group
                assert result is None or result, f"{cls.__name__}.{name} gave {result!r}"


def test_admin_only_methods_refuse_an_instructor(services: Services, admin: Actor,
                                                 instructor: Actor) -> None:
    w, anna = build(services, admin, instructor)
    for actor in (anna, instructor):
        with pytest.raises(PermissionDenied, match="U mag geen"):
            services.certificates.override(actor, w.e2, "Ziek geweest")
        with pytest.raises(PermissionDenied, match="U mag geen"):
            services.certificates.withdraw_override(actor, w.e2)
        with pytest.raises(PermissionDenied, match="U mag geen"):
            services.certificates.revoke(actor, w.certificate, "Fout")


def test_the_lists_show_anna_her_own_group(services: Services, admin: Actor,
                                           instructor: Actor) -> None:
    w, anna = build(services, admin, instructor)
    assert [d.group_code for d in services.assessments.drafts(anna)] == ["B-1"]
    assert {d.group_code for d in services.assessments.drafts(instructor)} == {GROUP}
    assert {d.group_code for d in services.assessments.drafts(admin)} == {GROUP, "B-1"}
    assert [code for _, code, _ in services.certificates.groups(anna)] == ["B-1"]
    assert [code for _, code, _ in services.certificates.groups(instructor)] == [GROUP]
    assert services.signoff_overview.groups(anna) == []
    assert [c.number for c in services.certificates.list(admin)] == [w.certificate]
    assert services.certificates.list(anna) == []


def test_a_participant_in_both_groups_shows_each_instructor_their_own_part(
        services: Services, admin: Actor, instructor: Actor) -> None:
    """P-C-1 also joins B-1: anna now sees the participant, but not CERT-1's records."""
    w, anna = build(services, admin, instructor)
    with sessions_of(services).write("test") as s:
        group_b = s.scalars(select(Group.id).where(Group.code == "B-1")).one()
        s.add(Enrolment(participant_id=w.p1, group_id=group_b, start_date=date(2026, 9, 1)))
    assert services.assessments.for_participant(anna, w.p1) == []
    assert services.signoffs.participant_enrolments(anna, w.p1)[0].group_code == "B-1"
    assert len(services.signoffs.participant_enrolments(anna, w.p1)) == 1
    report = services.assessments.report(anna, "P-C-1")
    assert report == {"participant": "P-C-1", "assessments": []}
    assert services.signoff_overview.participant_report(anna, "P-C-1")["tasks"] == []
    assert [f.code for f in services.assessments.forms_for(anna, w.p1)] == ["B-OPD"]
    with pytest.raises(PermissionDenied):
        services.assessments.assessment(anna, w.draft_id)
    with pytest.raises(PermissionDenied):
        services.signoffs.enrolment(anna, w.e1)
    # Starting the CERT-1 form for P-C-1 needs an enrolment in CERT-1's module: not hers.
    with pytest.raises(PermissionDenied):
        services.assessments.start(anna, w.p1, w.form_id)
