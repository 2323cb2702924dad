"""The sign-off overviews: the JSON report of one participant (issue 13, point 8) and the
participants x tasks matrix of a group."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from bvmdesk.db.models import Group, SignOff, SignOffTask
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor, NotFound
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.signoff_types import SignItem, WeekEntry
from tests.db import support
from tests.services import hours_support
from tests.services.hours_support import PIN, STROKES, enrol, hours_world
from tests.services.signoff_support import SignOffWorld, signoff_world

site_location = support.site_location
services = hours_support.services
admin = support.admin
instructor = support.instructor
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")

TASK_KEYS = ["code", "description", "required", "signed", "trainer", "date", "method",
             "group", "module"]


def _sign(services: Services, enrolment_id: uuid.UUID, task_id: uuid.UUID,
          trainer_id: uuid.UUID, day: date, method: str = "screen",
          withdraws: uuid.UUID | None = None) -> uuid.UUID:
    """A sign-off row (or, with `withdraws`, a withdrawal), written with the ORM."""
    with sessions_of(services).write("test") as s:
        row = SignOff(enrolment_id=enrolment_id, task_id=task_id, trainer_id=trainer_id,
                      date=day, method=method, recorded_by="docent",
                      signature_strokes=STROKES if method == "screen" and not withdraws
                      else None, withdraws_id=withdraws,
                      reason="Verkeerde taak" if withdraws else None)
        s.add(row)
        s.flush()
        return row.id


def _signed_world(services: Services, instructor: Actor) -> SignOffWorld:
    """Sanne: T1 on screen by Piet, T2 on paper by Anne and then withdrawn; hours of two
    weeks, one approved. Daan: T3 on paper."""
    w = signoff_world(services)
    _sign(services, w.enrolment_id, w.tasks["T1"], w.trainer_id, date(2026, 10, 12))
    t2 = _sign(services, w.enrolment_id, w.tasks["T2"], w.second_trainer_id,
               date(2026, 10, 20), "paper")
    _sign(services, w.enrolment_id, w.tasks["T2"], w.second_trainer_id, date(2026, 11, 2),
          "paper", withdraws=t2)
    _sign(services, w.other_enrolment_id, w.tasks["T3"], w.other_trainer_id,
          date(2026, 10, 5), "paper")
    trainer_pins.set_pin(sessions_of(services), Actor.cli(), w.trainer_id, PIN, PIN)
    sheet = services.bpv_hours.enter_hours(instructor, w.enrolment_id, [
        WeekEntry(2026, 45, 450), WeekEntry(2026, 46, 480)])
    services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                               [sheet.weeks[1].hours_id])
    return w


# --- the participant's JSON ----------------------------------------------------------------
def test_the_participant_report_is_the_json_of_issue_13(services: Services,
                                                        instructor: Actor) -> None:
    _signed_world(services, instructor)
    report = services.signoff_overview.participant_report(Actor.viewer(), " P-AFT-1 ")
    assert list(report) == ["participant", "tasks", "bpv_hours"]
    assert report["participant"] == "P-AFT-1"
    assert [list(task) for task in report["tasks"]] == [TASK_KEYS] * 3
    assert report["tasks"] == [
        {"code": "T1", "description": "Stelt de machine in", "required": True,
         "signed": True, "trainer": "Piet Praktijk", "date": "2026-10-12",
         "method": "scherm", "group": "AFT-1", "module": "M-AFT"},
        # Withdrawn: not signed, and nothing of the withdrawn sign-off shows.
        {"code": "T2", "description": "Last een hoeknaad", "required": True,
         "signed": False, "trainer": None, "date": None, "method": None,
         "group": "AFT-1", "module": "M-AFT"},
        {"code": "T3", "description": "Ruimt de werkplek op", "required": False,
         "signed": False, "trainer": None, "date": None, "method": None,
         "group": "AFT-1", "module": "M-AFT"},
    ]
    assert report["bpv_hours"] == {"entered": 15.5, "approved": 8, "norm": 610}
    assert type(report["bpv_hours"]["approved"]) is int
    assert type(report["bpv_hours"]["entered"]) is float
    text = json.dumps(report)
    assert '"entered": 15.5' in text and '"approved": 8,' in text
    assert '"trainer": null, "date": null, "method": null' in text
    assert json.loads(text) == report

    daan = services.signoff_overview.participant_report(Actor.viewer(), "P-AFT-2")
    assert [(t["code"], t["signed"], t["method"], t["trainer"]) for t in daan["tasks"]] == [
        ("T1", False, None, None), ("T2", False, None, None),
        ("T3", True, "papier", "Kees Vreemd")]
    assert daan["bpv_hours"] == {"entered": 0, "approved": 0, "norm": 610}


def test_an_archived_task_shows_while_its_sign_off_stands(services: Services,
                                                          instructor: Actor) -> None:
    w = signoff_world(services)
    signed = _sign(services, w.enrolment_id, w.tasks["T9"], w.trainer_id, date(2026, 9, 30))
    report = services.signoff_overview.participant_report(instructor, "P-AFT-1")
    assert [(t["code"], t["signed"], t["date"]) for t in report["tasks"]] == [
        ("T1", False, None), ("T2", False, None), ("T3", False, None),
        ("T9", True, "2026-09-30")]
    _sign(services, w.enrolment_id, w.tasks["T9"], w.trainer_id, date(2026, 10, 1),
          withdraws=signed)
    report = services.signoff_overview.participant_report(instructor, "P-AFT-1")
    assert [t["code"] for t in report["tasks"]] == ["T1", "T2", "T3"]


def test_no_workplace_or_no_tasks_gives_an_empty_task_list(services: Services,
                                                           instructor: Actor) -> None:
    signoff_world(services)
    # Noor has no company and no trainer: no tasks, no hours, no norm.
    assert services.signoff_overview.participant_report(instructor, "P-AFT-3") == {
        "participant": "P-AFT-3", "tasks": [],
        "bpv_hours": {"entered": 0, "approved": 0, "norm": None}}
    # A workplace in a module without sign-off tasks: no tasks, but hours and the norm.
    w = hours_world(services, "LAS-9")
    services.bpv_hours.enter_hours(instructor, w.enrolment_id, [WeekEntry(2026, 40, 450)])
    report = services.signoff_overview.participant_report(instructor, w.participant_number)
    assert report == {"participant": w.participant_number, "tasks": [],
                      "bpv_hours": {"entered": 7.5, "approved": 0, "norm": 610}}
    assert json.dumps(report["tasks"]) == "[]"


def test_tasks_of_several_enrolments_by_group_then_code(services: Services,
                                                        instructor: Actor) -> None:
    w = signoff_world(services)
    # Sanne follows the module again in a second group (its code sorts before AFT-1),
    # also taught by the instructor.
    with sessions_of(services).write("test") as s:
        s.add(Group(code="AAA-2", name="Herkansing", module_id=w.module_id,
                    location_id=w.site_id, start_date=date(2026, 10, 1),
                    instructor_id=instructor.user_id))
    enrol(services, "AAA-2", "P-AFT-1", first="Sanne", last="Vries",
          company_id=w.company_id, trainer_id=w.second_trainer_id)
    report = services.signoff_overview.participant_report(instructor, "P-AFT-1")
    assert [(t["group"], t["code"]) for t in report["tasks"]] == [
        ("AAA-2", "T1"), ("AAA-2", "T2"), ("AAA-2", "T3"),
        ("AFT-1", "T1"), ("AFT-1", "T2"), ("AFT-1", "T3")]


def test_an_unknown_participant(services: Services, instructor: Actor) -> None:
    signoff_world(services)
    with pytest.raises(NotFound, match=r"^Deelnemer P-NIEMAND bestaat niet\.$"):
        services.signoff_overview.participant_report(instructor, "P-NIEMAND")
    with pytest.raises(NotFound, match="Deelnemer"):
        services.signoff_overview.participant_report(instructor, "")


# --- the group matrix ----------------------------------------------------------------------
def test_the_group_matrix(services: Services, instructor: Actor) -> None:
    w = _signed_world(services, instructor)
    # A stopped enrolment with a workplace is left out, as is Noor (no workplace).
    enrol(services, "AFT-1", "P-AFT-4", first="Stijn", last="Gestopt",
          company_id=w.company_id, trainer_id=w.trainer_id, status="gestopt")
    matrix = services.signoff_overview.group(Actor.viewer(), w.group_id)
    assert (matrix.group_id, matrix.group_code, matrix.module_code, matrix.module_name) == (
        w.group_id, "AFT-1", "M-AFT", "Lassen BBL")
    # Required first, then by code; the archived T9 is no column.
    assert [(c.code, c.required) for c in matrix.tasks] == [
        ("T1", True), ("T2", True), ("T3", False)]
    assert [r.enrolment.participant_number for r in matrix.rows] == ["P-AFT-2", "P-AFT-1"]
    daan, sanne = matrix.rows
    assert sanne.signed == {w.tasks["T1"]: date(2026, 10, 12)}  # T2 was withdrawn
    assert daan.signed == {w.tasks["T3"]: date(2026, 10, 5)}
    assert (sanne.hours.entered_minutes, sanne.hours.approved_minutes,
            sanne.hours.norm_hours) == (930, 480, 610)
    assert (daan.hours.entered_minutes, daan.hours.norm_hours) == (0, 610)
    with pytest.raises(NotFound):
        services.signoff_overview.group(instructor, uuid.uuid4())


def test_groups_with_sign_off_tasks(services: Services, instructor: Actor) -> None:
    w = signoff_world(services)
    hours_world(services, "LAS-9")  # a module without tasks
    assert services.signoff_overview.groups(Actor.viewer()) == [
        (w.group_id, "AFT-1", "Lassen BBL")]
    # A module whose only tasks are archived has none.
    with sessions_of(services).write("test") as s:
        for task_id in w.tasks.values():
            task = s.get(SignOffTask, task_id)
            assert task is not None
            task.deleted_at = task.deleted_at or task.created_at
    assert services.signoff_overview.groups(instructor) == []


def test_the_report_follows_the_sign_off_service(services: Services, instructor: Actor) -> None:
    """Sign-offs written by services.signoffs (not rows of the test) show as they stand."""
    w = signoff_world(services)
    trainer_pins.set_pin(sessions_of(services), Actor.cli(), w.trainer_id, PIN, PIN)
    services.signoffs.sign_on_screen(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                     [SignItem(w.tasks["T1"], date(2026, 11, 18))])
    paper = services.signoffs.record_paper(instructor, w.enrolment_id, w.second_trainer_id,
                                           [SignItem(w.tasks["T3"], date(2026, 11, 17))])
    report = services.signoff_overview.participant_report(instructor, "P-AFT-1")
    assert [(t["code"], t["signed"], t["trainer"], t["date"], t["method"])
            for t in report["tasks"]] == [
        ("T1", True, "Piet Praktijk", "2026-11-18", "scherm"), ("T2", False, None, None, None),
        ("T3", True, "Anne Opleider", "2026-11-17", "papier")]
    services.signoffs.withdraw(instructor, paper[0].id, "Verkeerde praktijkopleider")
    report = services.signoff_overview.participant_report(instructor, "P-AFT-1")
    assert report["tasks"][2]["signed"] is False and report["tasks"][2]["trainer"] is None
    matrix = services.signoff_overview.group(instructor, w.group_id)
    sanne = next(r for r in matrix.rows if r.enrolment.id == w.enrolment_id)
    assert sanne.signed == {w.tasks["T1"]: date(2026, 11, 18)}
