"""Progress per work process (participant matrix, group overview) from final assessments,
the newest final version counting; and the JSON of `report assessments`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bvmdesk.services.base import Actor, NotFound
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.assessment_support import AssessmentWorld, assessment_world, ovg_spec
from tests.services.test_assessment_versions import final_assessment

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

OCT_5, OCT_12, OCT_19 = date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19)


def _world(services: Services, admin: Actor, instructor: Actor) -> dict[str, object]:
    """Çağan: opdracht on 5 Oct (all V), opdracht on 12 Oct (critical O, then corrected to
    V and made final), bpv on 19 Oct (all G), and an open draft. Anna: nothing yet."""
    w = assessment_world(services, admin)
    bpv_form = services.assessments.save_form(admin, ovg_spec("LAS-BPV", kind="bpv"))
    bpv = AssessmentWorld(w.world, bpv_form)
    first = final_assessment(services, instructor, w, on=OCT_5)
    second = final_assessment(services, instructor, w, ("O", "V", "G", "G"), on=OCT_12)
    with sessions_of(services).write("test") as s:
        anna = support.add_participant(s, "P-002", "Anna", "Aalders")
        from bvmdesk.db.models import Enrolment

        s.add(Enrolment(participant_id=anna.id, group_id=w.world.group_id,
                        start_date=date(2026, 9, 1)))
    return {"w": w, "bpv": bpv, "first": first, "second": second, "anna": anna.id}


def test_progress_counts_the_newest_final_version_per_work_process(
        services: Services, admin: Actor, instructor: Actor) -> None:
    world = _world(services, admin, instructor)
    w, second = world["w"], world["second"]
    assert isinstance(w, AssessmentWorld)
    progress = services.assessments.participant_progress(instructor, w.participant_id)
    assert progress.work_processes == (("B1-K1-W1", "Bereidt het werk voor"),
                                       ("B1-K1-W2", "Last een hoeknaad"))
    assert [(c.code, c.version, c.kind, c.date) for c in progress.columns] == [
        (world["first"].code, 1, "opdracht", OCT_5),  # type: ignore[attr-defined]
        (second.code, 1, "opdracht", OCT_12)]  # type: ignore[attr-defined]
    assert {wp: (c.result, c.assessment_code) for wp, c in progress.latest.items()} == {
        "B1-K1-W1": ("onvoldoende", second.code), "B1-K1-W2": ("goed", second.code)}  # type: ignore[attr-defined]
    assert progress.latest["B1-K1-W1"].explanation == "Onvoldoende: kritisch criterium 1 is O"
    assert progress.cells[("B1-K1-W1", progress.columns[0].assessment_id)].result == "voldoende"
    # A correction counts only once it is final; a draft never counts.
    correction = services.assessments.correct(instructor, second.id, "Criterium 1 was V")  # type: ignore[attr-defined]
    services.assessments.start(instructor, w.participant_id, w.form.id, on=OCT_19)
    assert services.assessments.participant_progress(instructor, w.participant_id) == progress
    services.assessments.rate(instructor, correction.id, w.criterion(1), "V")
    services.assessments.finalise(instructor, correction.id)
    bpv = world["bpv"]
    assert isinstance(bpv, AssessmentWorld)
    final_assessment(services, instructor, bpv, ("G", "G", "G", "G"), on=OCT_19)
    progress = services.assessments.participant_progress(instructor, w.participant_id)
    assert [(c.version, c.kind) for c in progress.columns] == [
        (1, "opdracht"), (2, "opdracht"), (1, "bpv")]
    assert {wp: c.result for wp, c in progress.latest.items()} == {
        "B1-K1-W1": "goed", "B1-K1-W2": "goed"}
    assert {kind: {wp: c.result for wp, c in cells.items()}
            for kind, cells in progress.latest_by_kind.items()} == {
        "opdracht": {"B1-K1-W1": "voldoende", "B1-K1-W2": "goed"},
        "bpv": {"B1-K1-W1": "goed", "B1-K1-W2": "goed"}}
    # The group: everyone, by name, with the latest result per work process.
    group = services.assessments.group_progress(instructor, w.world.group_id)
    assert (group.group_code, group.work_processes) == ("LAS-1", progress.work_processes)
    assert [(r.participant_number, r.participant_name) for r in group.rows] == [
        ("P-002", "Anna Aalders"), ("P-LAS-1", "Çağan Yılmaz")]
    assert group.rows[0].latest == {}
    assert group.rows[1].latest == progress.latest
    with pytest.raises(NotFound):
        services.assessments.group_progress(instructor, w.participant_id)


def test_the_report_lists_every_version_in_the_interface_shape(
        services: Services, admin: Actor, instructor: Actor) -> None:
    world = _world(services, admin, instructor)
    w, first, second = world["w"], world["first"], world["second"]
    assert isinstance(w, AssessmentWorld)
    correction = services.assessments.correct(instructor, second.id, "Criterium 1 was V")  # type: ignore[attr-defined]
    services.assessments.rate(instructor, correction.id, w.criterion(1), "V")
    report = services.assessments.report(instructor, "P-LAS-1")
    assert json.loads(json.dumps(report)) == report
    code1, code2 = first.code, second.code  # type: ignore[attr-defined]
    voldoende = "Voldoende: 100 % van het gewicht is V of G (cesuur 75 %), 0 % G"
    expected = {"participant": "P-LAS-1", "assessments": [
        {"code": code1, "form": "LAS-OPD", "kind": "opdracht", "date": "2026-10-05",
         "status": "definitief", "version": 1, "passed": True, "work_processes": [
             {"code": "B1-K1-W1", "result": "voldoende", "explanation": voldoende},
             {"code": "B1-K1-W2", "result": "voldoende", "explanation": voldoende}]},
        {"code": code2, "form": "LAS-OPD", "kind": "opdracht", "date": "2026-10-12",
         "status": "definitief", "version": 1, "passed": False, "work_processes": [
             {"code": "B1-K1-W1", "result": "onvoldoende",
              "explanation": "Onvoldoende: kritisch criterium 1 is O"},
             {"code": "B1-K1-W2", "result": "goed",
              "explanation": "Goed: 100 % van het gewicht is G (V of G: 100 %)"}],
         "superseded_by": 2},
        {"code": code2, "form": "LAS-OPD", "kind": "opdracht", "date": "2026-10-12",
         "status": "concept", "version": 2, "passed": None, "work_processes": [
             {"code": "B1-K1-W1", "result": "voldoende", "explanation": voldoende},
             {"code": "B1-K1-W2", "result": "goed",
              "explanation": "Goed: 100 % van het gewicht is G (V of G: 100 %)"}]},
    ]}
    assert report == expected
    assert services.assessments.report(instructor, "P-002") == {"participant": "P-002",
                                                                 "assessments": []}
    with pytest.raises(NotFound, match="Deelnemer P-999 bestaat niet"):
        services.assessments.report(instructor, "P-999")
