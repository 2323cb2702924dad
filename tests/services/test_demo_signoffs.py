"""The demo's praktijkopleider sign-offs and bpv hours: tasks of the BBL modules, sign-offs
on screen and on paper, withdrawals, hours approved in batches, a week changed after its
approval, one trainer with the demo PIN; append-only like everything the services write."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from bvmdesk.db.models import (
    AuditEvent,
    Enrolment,
    Group,
    HoursApproval,
    HoursApprovalItem,
    Participant,
    PlacementHours,
    SignOff,
    SignOffCard,
    SignOffTask,
    WorkplaceTrainer,
    WorkProcess,
)
from bvmdesk.domain.enums import ParticipantType
from bvmdesk.domain.signature import decode
from bvmdesk.domain.signoff import iso_week_of
from bvmdesk.services import trainer_pins
from bvmdesk.services.accounts import verify_password
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.demo import DemoResult, generate_demo
from bvmdesk.services.demo.signoffs import DEMO_PIN
from bvmdesk.services.trainer_pins import PinRefused

TODAY = date(2026, 11, 26)
FACTS = (SignOff, SignOffCard, PlacementHours, HoursApproval, HoursApprovalItem)


def _open(location: str) -> Services:
    return open_services(location, create=True, backup=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, DemoResult]]:
    services = _open(str(tmp_path_factory.mktemp("demo") / "demo.sqlite"))
    try:
        yield services, generate_demo(sessions_of(services), participants=120, seed=1,
                                      today=TODAY)
    finally:
        services.close()


def _rows(services: Services, model: type) -> list[Any]:
    """Every row of `model`'s table as plain rows (attribute access, no session needed)."""
    with sessions_of(services).read() as s:
        return list(s.execute(select(model.__table__)).all())


def test_tasks_of_every_bbl_module_linked_to_its_work_processes(
        demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        bbl_modules = set(s.scalars(
            select(Group.module_id).join(Enrolment, Enrolment.group_id == Group.id)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Participant.type == ParticipantType.BBL.value)).all())
    tasks = _rows(services, SignOffTask)
    work_processes = {wp.id: wp for wp in _rows(services, WorkProcess)}
    per_module: dict[Any, list[Any]] = defaultdict(list)
    for task in tasks:
        per_module[task.module_id].append(task)
    assert bbl_modules and set(per_module) == bbl_modules
    for module_tasks in per_module.values():
        assert 4 <= len(module_tasks) <= 8
        assert len({t.code for t in module_tasks}) == len(module_tasks)
        assert any(t.required for t in module_tasks)
    linked = [t for t in tasks if t.work_process_id is not None]
    assert linked and len(linked) < len(tasks)   # optional general tasks stand alone
    for task in linked:
        wp = work_processes[task.work_process_id]
        assert wp.module_id == task.module_id and wp.name.endswith("(DEMO)")


def test_signoffs_on_screen_and_paper_and_withdrawn(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    signoffs = _rows(services, SignOff)
    enrolments = {e.id: e for e in _rows(services, Enrolment)}
    groups = {g.id: g for g in _rows(services, Group)}
    tasks = {t.id: t for t in _rows(services, SignOffTask)}
    trainers = {t.id: t for t in _rows(services, WorkplaceTrainer)}
    cards = {c.id: c for c in _rows(services, SignOffCard)}
    by_id = {x.id: x for x in signoffs}
    originals = [x for x in signoffs if x.withdraws_id is None]
    withdrawals = [x for x in signoffs if x.withdraws_id is not None]
    assert {x.method for x in originals} == {"screen", "paper"}
    assert withdrawals
    for signoff in signoffs:
        enrolment = enrolments[signoff.enrolment_id]
        assert tasks[signoff.task_id].module_id == groups[enrolment.group_id].module_id
        assert trainers[signoff.trainer_id].company_id == enrolment.company_id
        assert enrolment.trainer_id is not None
        assert enrolment.start_date <= signoff.date < TODAY and not signoff.imported
        if signoff.withdraws_id is not None:
            continue
        if signoff.method == "screen":
            assert signoff.card_id is None and signoff.signature_strokes
            signature = decode(signoff.signature_strokes)
            assert not signature.is_empty and len(signature.strokes) <= 4
            # A few smooth strokes, not a zigzag of a handful of points.
            assert max(len(stroke) for stroke in signature.strokes) >= 30
        else:
            card = cards[signoff.card_id]
            assert signoff.signature_strokes is None and card.enrolment_id == enrolment.id
            assert card.created_at <= signoff.created_at
            assert str(signoff.task_id) in {t["id"] for t in json.loads(card.tasks)}
    for withdrawal in withdrawals:
        original = by_id[withdrawal.withdraws_id]
        assert withdrawal.reason and original.withdraws_id is None
        assert (withdrawal.enrolment_id, withdrawal.task_id, withdrawal.trainer_id,
                withdrawal.recorded_by) == (original.enrolment_id, original.task_id,
                                            original.trainer_id, original.recorded_by)
        assert withdrawal.created_at > original.created_at
    # Never two sign-offs that stand for one task of one enrolment.
    withdrawn = {w.withdraws_id for w in withdrawals}
    standing = [(x.enrolment_id, x.task_id) for x in originals if x.id not in withdrawn]
    assert len(standing) == len(set(standing))


def test_hours_per_week_approved_in_batches(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    hours = _rows(services, PlacementHours)
    enrolments = {e.id: e for e in _rows(services, Enrolment)}
    approvals = {a.id: a for a in _rows(services, HoursApproval)}
    by_id = {h.id: h for h in hours}
    approved: dict[Any, list[Any]] = defaultdict(list)
    batches: dict[Any, list[Any]] = defaultdict(list)
    for item in _rows(services, HoursApprovalItem):
        approved[item.placement_hours_id].append(approvals[item.approval_id])
        batches[item.approval_id].append(by_id[item.placement_hours_id])
    assert hours and all(16 * 60 <= h.minutes <= 32 * 60 for h in hours
                         if h.supersedes_id is None)
    assert all(h.minutes % 30 == 0 for h in hours)
    assert any(h.minutes % 60 for h in hours)             # some half hours
    assert all((h.iso_year, h.iso_week) < iso_week_of(TODAY) for h in hours)
    for h in hours:
        enrolment = enrolments[h.enrolment_id]
        assert enrolment.trainer_id is not None
        assert (h.iso_year, h.iso_week) >= iso_week_of(enrolment.start_date)
    sizes = [len(batch) for batch in batches.values()]
    assert max(sizes) <= 4 and sum(1 for n in sizes if n >= 2) > len(sizes) // 2
    for approval_id, batch in batches.items():
        approval = approvals[approval_id]
        assert approval.approved_on < TODAY and approval.signature_strokes
        assert {enrolments[h.enrolment_id].trainer_id for h in batch} == {approval.trainer_id}
        assert all(h.created_at < approval.created_at for h in batch)
    # The latest weeks of an active enrolment wait for the trainer.
    latest: dict[Any, Any] = {}
    for h in sorted((h for h in hours if h.supersedes_id is None),
                    key=lambda h: (h.iso_year, h.iso_week)):
        latest[h.enrolment_id] = h
    active = [h for h in latest.values() if enrolments[h.enrolment_id].status == "actief"]
    assert active and all(h.id not in approved for h in active)
    # A week changed after its approval: the approval is on the old row only.
    changes = [h for h in hours if h.supersedes_id is not None]
    assert changes
    for new in changes:
        old = by_id[new.supersedes_id]
        assert (old.enrolment_id, old.iso_year, old.iso_week) == (
            new.enrolment_id, new.iso_year, new.iso_week)
        assert old.minutes != new.minutes and approved[old.id]
        assert new.created_at > max(a.created_at for a in approved[old.id])


def test_one_trainer_has_the_demo_pin(demo: tuple[Services, DemoResult]) -> None:
    services, result = demo
    with_pin = [t for t in _rows(services, WorkplaceTrainer) if t.pin_hash is not None]
    assert len(with_pin) == 1
    trainer = with_pin[0]
    assert any(e.trainer_id == trainer.id and e.status == "actief"
               for e in _rows(services, Enrolment))
    assert verify_password(trainer.pin_hash, DEMO_PIN)
    assert result.pin_trainer is not None and result.pin_trainer.startswith(trainer.name)
    sessions = sessions_of(services)
    trainer_pins.check_pin(sessions, Actor.cli(), trainer.id, DEMO_PIN)
    with pytest.raises(PinRefused, match="klopt niet"):
        trainer_pins.check_pin(sessions, Actor.cli(), trainer.id, "54321")


def _counts(services: Services) -> dict[str, int]:
    with sessions_of(services).read() as s:
        return {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                for m in FACTS}


def test_on_each_backend_append_only_and_audited(db_location: str) -> None:
    services = _open(db_location)
    try:
        generate_demo(sessions_of(services), participants=60, seed=2, today=TODAY)
        counts = _counts(services)
        assert all(counts.values()), counts
        assert services.maintenance.check().ok
        sessions = sessions_of(services)
        with sessions.read() as s:
            events = dict(s.execute(select(AuditEvent.entity_type, func.count())
                                    .where(AuditEvent.entity_type.in_(counts))
                                    .group_by(AuditEvent.entity_type)).all())
            actions = set(s.scalars(select(AuditEvent.action).where(
                AuditEvent.entity_type.in_(counts))).all())
        assert events == counts and actions == {"demo.insert"}
        for table, column in (("signoffs", "date"), ("placement_hours", "minutes"),
                              ("hours_approvals", "approved_on")):
            value = {"date": "'2026-01-05'", "minutes": "600",
                     "approved_on": "'2026-01-05'"}[column]
            with pytest.raises(DBAPIError), sessions.engine.begin() as conn:
                conn.execute(text(f"UPDATE {table} SET {column} = {value}"))
            with pytest.raises(DBAPIError), sessions.engine.begin() as conn:
                conn.execute(text(f"DELETE FROM {table}"))
        assert _counts(services) == counts
    finally:
        services.close()


def test_paper_cards_numbered_from_the_year_sequence(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        codes = s.scalars(select(SignOffCard.code)).all()
        last = s.scalar(text("SELECT last_value FROM number_sequences "
                             "WHERE kind = 'signoff-card-2026'"))
    numbers = sorted(int(code.rsplit("-", 1)[1]) for code in codes
                     if code.startswith("ZWL-AK-2026-"))
    assert len(numbers) == len(codes)        # the local site's sequence, printed this year
    assert numbers == list(range(1, len(numbers) + 1)) and last == len(numbers)


def test_dates_not_after_today(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        latest = [s.scalar(select(func.max(SignOff.date))),
                  s.scalar(select(func.max(HoursApproval.approved_on)))]
    assert all(d is not None and d <= TODAY - timedelta(days=1) for d in latest)


def test_the_signoff_service_reads_the_demo(demo: tuple[Services, DemoResult]) -> None:
    """What the Aftekenen page shows of a demo enrolment: standing sign-offs on screen
    (with signature) and on paper (with card and recorder), and a withdrawal in the
    history."""
    services, _ = demo
    withdrawal = next(x for x in _rows(services, SignOff) if x.withdraws_id is not None)
    actor = Actor.cli()
    enrolment = services.signoffs.enrolment(actor, withdrawal.enrolment_id)
    assert enrolment.enrolment.has_workplace and enrolment.tasks
    state = next(t for t in enrolment.tasks if t.task.id == withdrawal.task_id)
    assert state.current is None
    assert [(x.is_withdrawal, x.withdrawn_by is not None) for x in state.history] == [
        (False, True), (True, False)]
    assert state.history[1].reason == withdrawal.reason
    standing = [x for x in _rows(services, SignOff)
                if x.withdraws_id is None and x.method in ("screen", "paper")]
    for method in ("screen", "paper"):
        row = next(x for x in standing if x.method == method and not any(
            w.withdraws_id == x.id for w in _rows(services, SignOff)))
        current = next(t.current for t in services.signoffs.enrolment(
            actor, row.enrolment_id).tasks if t.task.id == row.task_id)
        assert current is not None and current.method == method and current.counts
        if method == "screen":
            assert current.has_signature and current.card_code is None
            assert services.signoffs.signature(actor, current.id) == row.signature_strokes
        else:
            assert not current.has_signature and current.card_code is not None
            assert current.recorded_by_name in ("Peter Bakker", "Sandra Mulder",
                                                "Gerrit Wessels", "Ahmet Yılmaz")


def test_json_report_of_a_demo_bbl_participant(demo: tuple[Services, DemoResult]) -> None:
    """`bvmdesk report signoffs --participant NUMBER --json` of a demo BBL participant:
    signed tasks (on screen and on paper) and entered and approved hours against the norm."""
    services, _ = demo
    actor = Actor.cli()
    approved_rows = {i.placement_hours_id for i in _rows(services, HoursApprovalItem)}
    approved_enrolments = {h.enrolment_id for h in _rows(services, PlacementHours)
                           if h.id in approved_rows}
    numbers = {p.id: p.number for p in _rows(services, Participant)}
    methods: set[str] = set()
    for number in sorted({numbers[e.participant_id] for e in _rows(services, Enrolment)
                          if e.id in approved_enrolments}):
        report = services.signoff_overview.participant_report(actor, number)
        assert report["participant"] == number and report["tasks"]
        signed = [t for t in report["tasks"] if t["signed"]]
        for task in signed:
            assert task["trainer"] and task["method"] in ("scherm", "papier")
            assert date.fromisoformat(task["date"]) < TODAY
        for task in report["tasks"]:
            if not task["signed"]:
                assert task["date"] is task["method"] is task["trainer"] is None
        methods |= {t["method"] for t in signed}
        hours = report["bpv_hours"]
        assert 0 < hours["approved"] <= hours["entered"] and hours["norm"] == 610
    assert methods == {"scherm", "papier"}
