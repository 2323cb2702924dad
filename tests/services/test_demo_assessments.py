"""The demo's practical assessments: forms on every scale, assessments in every state,
corrections, codes from the year's sequence, readable through the service."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    AuditEvent,
    Criterion,
    Enrolment,
    NumberSequence,
    Participant,
    Rating,
    WorkProcess,
)
from bvmdesk.domain.assessment import Scale, final_check
from bvmdesk.services.assessment_types import DRAFT, FINAL
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.demo import generate_demo

TODAY = date(2026, 11, 26)


def _open(location: str) -> Services:
    return open_services(location, create=True, backup=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = _open(str(tmp_path_factory.mktemp("demo") / "demo.sqlite"))
    try:
        generate_demo(sessions_of(services), participants=120, seed=1, today=TODAY)
        yield services
    finally:
        services.close()


def _all(services: Services) -> list[tuple[Any, str]]:
    """Every assessment version (a row with its columns) and its participant's number."""
    columns = [c for c in Assessment.__table__.c]
    with sessions_of(services).read() as s:
        return [(row, row.number) for row in s.execute(
            select(*columns, Participant.number)
            .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .order_by(Assessment.code, Assessment.version))]


def test_forms_of_every_scale_and_kind(demo: Services) -> None:
    forms = demo.assessments.list_forms(Actor.cli())
    assert {f.scale for f in forms} == {s.value for s in Scale}
    assert {f.kind for f in forms} == {"bpv", "opdracht", "examen"}
    welding = next(f for f in forms if f.scale == "acceptabel" and f.kind == "opdracht")
    info = demo.assessments.form(Actor.cli(), welding.id)
    texts = " ".join(c.description for c in info.criteria).lower()
    assert all(word in texts for word in ("lasnaad", "inbranding", "porositeit",
                                          "maatvoering"))
    assert any(c.critical for c in info.criteria)
    turning = next(f for f in forms if f.scale == "cijfer")
    assert "oppervlakteruwheid" in " ".join(
        c.description for c in demo.assessments.form(Actor.cli(), turning.id).criteria).lower()
    bpv = demo.assessments.form(Actor.cli(), next(f.id for f in forms if f.kind == "bpv"))
    assert bpv.scale == "ovg" and not bpv.required
    assert all(re.fullmatch(r"[BP]\d-K\d-W\d", c.work_process_code) for c in bpv.criteria)
    with sessions_of(demo).read() as s:
        # Every criterion's work process belongs to the form's module; names are marked.
        rows = s.execute(select(AssessmentTemplate.module_id, WorkProcess.module_id,
                                WorkProcess.name)
                         .join(Criterion, Criterion.template_id == AssessmentTemplate.id)
                         .join(WorkProcess, WorkProcess.id == Criterion.work_process_id)).all()
    assert rows and all(a == b and name.endswith("(DEMO)") for a, b, name in rows)


def test_assessments_in_every_state(demo: Services) -> None:
    actor = Actor.cli()
    found = _all(demo)
    drafts = [a for a, _ in found if a.status == DRAFT]
    finals = [a for a, _ in found if a.status == FINAL]
    assert drafts and finals and len(finals) > len(drafts)
    outcomes = {a.id: demo.assessments.assessment(actor, a.id) for a in finals + drafts}
    assert {outcomes[a.id].outcome().passed for a in finals} == {True, False}
    for a in finals:
        info = outcomes[a.id]
        assert info.finalised_at is not None and info.finalised_at >= info.created_at
        assert final_check(info.scores(), info.form.reasons_required).ok  # reasons present
    failed = [outcomes[a.id] for a in finals if not outcomes[a.id].outcome().passed]
    assert all(any(r.value in ("O", "NA") or r.reason for r in info.ratings)
               for info in failed)
    partly = [outcomes[a.id] for a in drafts
              if any(r.value is None for r in outcomes[a.id].ratings)]
    assert partly, "some drafts are partly rated"
    assert all(a.date < TODAY for a, _ in found)


def test_corrections_supersede_a_final_version(demo: Services) -> None:
    found = _all(demo)
    by_id = {a.id: a for a, _ in found}
    corrections = [a for a, _ in found if a.supersedes_id is not None]
    assert corrections
    assert any(a.status == FINAL for a in corrections)
    for new in corrections:
        old = by_id[new.supersedes_id]
        assert (old.code, old.version + 1, old.status) == (new.code, new.version, FINAL)
        assert new.reason and new.template_id == old.template_id
        assert new.enrolment_id == old.enrolment_id and new.created_at > old.finalised_at
    # The JSON report lists both versions, the old one pointing at the new one.
    number = next(n for a, n in found if a.id == corrections[0].id)
    report = demo.assessments.report(Actor.cli(), number)
    versions = [x for x in report["assessments"] if x["code"] == corrections[0].code]
    assert [x["version"] for x in versions] == [1, 2]
    assert versions[0]["superseded_by"] == 2
    assert versions[0]["status"] == "definitief" and versions[0]["passed"] in (True, False)


def test_codes_follow_the_year_sequence(demo: Services) -> None:
    found = _all(demo)
    with sessions_of(demo).read() as s:
        sequences = dict(s.execute(select(NumberSequence.kind, NumberSequence.last_value)
                                   .where(NumberSequence.kind.like("assessment-%"))).all())
    used: dict[str, list[int]] = {}
    for a, _ in found:
        match = re.fullmatch(r"ZWL-BO-(\d{4})-(\d{5})", a.code)
        assert match, a.code
        if a.version == 1:
            used.setdefault(f"assessment-{match[1]}", []).append(int(match[2]))
    assert sequences and set(sequences) == set(used)
    for kind, numbers in used.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)) and sequences[kind] == max(
            numbers)


def test_progress_and_report_of_a_demo_participant(demo: Services) -> None:
    actor = Actor.cli()
    found = _all(demo)
    a, number = next((a, n) for a, n in found if a.status == FINAL)
    report = demo.assessments.report(actor, number)
    assert report["participant"] == number and report["assessments"]
    assert all(wp["result"] in ("onvoldoende", "voldoende", "goed")
               for x in report["assessments"] for wp in x["work_processes"])
    with sessions_of(demo).read() as s:
        participant_id, group_id = s.execute(
            select(Enrolment.participant_id, Enrolment.group_id)
            .where(Enrolment.id == a.enrolment_id)).one()
    progress = demo.assessments.participant_progress(actor, participant_id)
    assert progress.columns and progress.latest
    group = demo.assessments.group_progress(actor, group_id)
    assert any(row.latest for row in group.rows)


def test_same_seed_same_assessments_and_a_clean_check(db_location: str, tmp_path: Path) -> None:
    snapshots = []
    for location in (db_location, str(tmp_path / "again.sqlite")):
        services = _open(location)
        try:
            generate_demo(sessions_of(services), participants=40, seed=3, today=TODAY)
            assert services.maintenance.check().ok
            with sessions_of(services).read() as s:
                snapshots.append(sorted(tuple(row) for row in s.execute(
                    select(Assessment.code, Assessment.version, Assessment.status,
                           Assessment.date, Rating.value, Rating.reason)
                    .join(Rating, Rating.assessment_id == Assessment.id))))
                actions = set(s.scalars(select(AuditEvent.action).where(
                    AuditEvent.entity_type == "assessments")).all())
            assert actions == {"demo.insert", "demo.update"}   # finals: made final after
        finally:
            services.close()
    assert snapshots[0] and snapshots[0] == snapshots[1]


def test_ratings_only_on_criteria_of_their_form(demo: Services) -> None:
    with sessions_of(demo).read() as s:
        wrong = s.scalar(select(func.count()).select_from(Rating)
                         .join(Assessment, Assessment.id == Rating.assessment_id)
                         .join(Criterion, Criterion.id == Rating.criterion_id)
                         .where(Criterion.template_id != Assessment.template_id))
    assert wrong == 0
