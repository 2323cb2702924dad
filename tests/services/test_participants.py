"""Participants: numbers, search as you type (SQL-side), detail, editing and its rules."""

from __future__ import annotations

import pickle
import threading
import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import AuditEvent, Company, Enrolment, Group, Module, Participant, User
from bvmdesk.db.session import local_site_id
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services import participant_search as participants_module
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.db.support import add_participant, build_lesson_world

# Set-up databases on both backends (shared with tests/db).
site_location = support.site_location
services = support.services
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")
admin = support.admin
instructor = support.instructor

TODAY = date(2026, 9, 15)
NEW = ParticipantData(number="", first_names="Mohamed", prefix="el", last_name="Amrani",
                      birth_date=date(2007, 4, 2), type="BBL")


def _seed(services: Services) -> dict[str, uuid.UUID]:
    """Participants as an import would store them; returns number -> id."""
    people = [
        ("H-001", "Çağan", None, "Yılmaz", "A1001"),
        ("H-002", "Zoë", "van 't", "Hek", None),
        ("H-003", "Jan", "de", "Vries", "B2002"),
        ("H-004", "Jan-Willem", None, "Jansen", None),
        ("H-005", "Łukasz", None, "Wąsik", None),
        ("H-006", "Anna", None, "50%_korting", None),
        ("H-007", "Anna", None, "50xxkorting", None),
        ("H-008", "Søren", "van", "Dijk", None),
    ]
    with sessions_of(services).write("import") as s:
        ids = {number: add_participant(s, number, first, last, prefix=prefix, badge=badge).id
               for number, first, prefix, last, badge in people}
        _enrol_in_taught_group(s, ids.values())
        return ids


def _enrol_in_taught_group(s: Session, ids: Iterable[uuid.UUID]) -> None:
    """Enrol `ids` in a group the template's instructor teaches: an instructor sees only
    the participants of their own groups (tests/services/test_scope_attendance.py)."""
    site_id = local_site_id(s)
    assert site_id is not None
    teacher = s.scalars(select(User.id).where(User.username == support.INSTRUCTOR)).one()
    module = Module(code="M-ZOEK", name="Zoeken", planned_hours=10)
    s.add(module)
    s.flush()
    group = Group(code="ZOEK-1", name="Zoeken", module_id=module.id, location_id=site_id,
                  instructor_id=teacher, start_date=date(2026, 9, 1))
    s.add(group)
    s.flush()
    s.add_all([Enrolment(participant_id=pid, group_id=group.id, start_date=date(2026, 9, 1))
               for pid in ids])


def _numbers(services: Services, actor: Actor, query: str) -> list[str]:
    ids = services.participants.search_ids(actor, query)
    return [row.number for row in services.participants.rows(actor, ids)]


def _snapshot(services: Services) -> list[tuple[Any, ...]]:
    with sessions_of(services).read() as s:
        rows = s.scalars(select(Participant).order_by(Participant.number))
        return [(p.number, p.first_names, p.last_name, p.badge, p.email, p.search_text, p.hlc)
                for p in rows]


def _audit_count(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count(AuditEvent.sequence))) or 0)


# --- numbers -------------------------------------------------------------------------------

def test_create_numbers_participants_per_site(services: Services, admin: Actor) -> None:
    first = services.participants.create(admin, NEW, TODAY)
    second = services.participants.create(admin, replace(NEW, first_names="Fatima"), TODAY)
    assert (first.data.number, second.data.number) == ("ZWL-00001", "ZWL-00002")
    assert first.name == "Mohamed el Amrani"
    assert first.enrolments == ()


def test_create_skips_a_number_an_import_already_used(services: Services,
                                                      admin: Actor) -> None:
    with sessions_of(services).write("import") as s:
        add_participant(s, "ZWL-00002", "Ingevoerd", "Eerder")
    numbers = [services.participants.create(admin, replace(NEW, first_names=str(i)),
                                            TODAY).data.number for i in range(3)]
    assert numbers == ["ZWL-00001", "ZWL-00003", "ZWL-00004"]


def test_a_refused_create_uses_no_number(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationFailed):
        services.participants.create(admin, replace(NEW, birth_date=None), TODAY)
    assert services.participants.create(admin, NEW, TODAY).data.number == "ZWL-00001"


def test_create_keeps_a_given_number_and_checks_it(services: Services, admin: Actor) -> None:
    made = services.participants.create(admin, replace(NEW, number=" H-077 "), TODAY)
    assert made.data.number == "H-077"
    with pytest.raises(ValidationFailed, match="Nummer H-077 is al in gebruik"):
        services.participants.create(admin, replace(NEW, number="H-077"), TODAY)


def test_an_instructor_may_not_create(services: Services, instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.participants.create(instructor, NEW, TODAY)
    assert _snapshot(services) == []


# --- search --------------------------------------------------------------------------------

ALL = ["H-006", "H-007", "H-008", "H-002", "H-004", "H-003", "H-005", "H-001"]  # last name
SEARCHES = {
    "": ALL,
    "cagan": ["H-001"],
    "ÇAĞAN yılmaz": ["H-001"],
    "yilm": ["H-001"],
    "van 't": ["H-002"],
    "van ’t hek": ["H-002"],
    "zoe hek": ["H-002"],
    "van": ["H-008", "H-002"],
    "jan": ["H-004", "H-003"],
    "jan vries": ["H-003"],
    "vries jan": ["H-003"],
    "jan piet": [],
    "h-00": ALL,
    "h-005": ["H-005"],
    "lukasz wasik": ["H-005"],
    "soren": ["H-008"],
    "a1001": ["H-001"],
    "b20": ["H-003"],
    "50%": ["H-006"],
    "%": ["H-006"],
    "_": ["H-006"],
    "50%_k": ["H-006"],
    "\\": [],
    "'": ["H-002"],
}


def test_search_matches_parts_of_names_number_and_badge(services: Services,
                                                        instructor: Actor) -> None:
    """Every word must occur, ignoring case and accents; `%` and `_` are literal."""
    _seed(services)
    found = {query: _numbers(services, instructor, query) for query in SEARCHES}
    assert found == SEARCHES


def test_search_filters_in_sql(services: Services, instructor: Actor) -> None:
    _seed(services)
    statements: list[str] = []
    fetched: list[int] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    def after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        fetched.append(cursor.rowcount)

    event.listen(sessions_of(services).engine, "before_cursor_execute", before)
    try:
        ids = services.participants.search_ids(instructor, "jan vries")
    finally:
        event.remove(sessions_of(services).engine, "before_cursor_execute", before)
    assert len(ids) == 1
    search = [s for s in statements if "participants" in s]
    assert len(search) == 1
    assert search[0].upper().count(" LIKE ") == 2  # one condition per word, in the query


def test_rows_keep_the_order_of_the_ids_and_skip_unknown_ones(services: Services,
                                                              instructor: Actor) -> None:
    ids = _seed(services)
    wanted = [ids["H-005"], uuid.uuid4(), ids["H-001"], ids["H-003"]]
    rows = services.participants.rows(instructor, wanted)
    assert [r.number for r in rows] == ["H-005", "H-001", "H-003"]
    assert rows[1].name == "Çağan Yılmaz" and rows[1].badge == "A1001"
    assert services.participants.rows(instructor, []) == []


def test_find_by_badge(services: Services, instructor: Actor) -> None:
    ids = _seed(services)
    assert services.participants.find_by_badge(instructor, " A1001 ") == ids["H-001"]
    assert services.participants.find_by_badge(instructor, "A9999") is None


# --- detail and list -----------------------------------------------------------------------

def test_get_returns_the_data_and_enrolments(services: Services, instructor: Actor) -> None:
    world = build_lesson_world(services)
    detail = services.participants.get(instructor, world.participant_id)
    assert detail.data.number == "P-LAS-1" and detail.name == "Çağan Yılmaz"
    [enrolment] = detail.enrolments
    assert (enrolment.group_code, enrolment.module_name, enrolment.location,
            enrolment.start_date, enrolment.status) == (
        "LAS-1", "Lassen MIG/MAG", "ZWL", date(2026, 9, 1), "actief")
    with pytest.raises(NotFound):
        services.participants.get(instructor, uuid.uuid4())


def test_list_all_gives_groups_and_company_codes(services: Services, admin: Actor) -> None:
    world = build_lesson_world(services)
    build_lesson_world(services, "LAS-2")
    with sessions_of(services).write("import") as s:
        company = Company(code="ACME", name="Acme Metaal")
        s.add(company)
        s.flush()
        p = s.get(Participant, world.participant_id)
        assert p is not None
        p.company_id = company.id
        s.add(Enrolment(participant_id=p.id, group_id=_group_id(services, "LAS-2", s),
                        start_date=date(2026, 9, 2)))
    items = services.participants.list_all(admin)
    assert [(i.number, i.company, i.groups) for i in items] == [
        ("P-LAS-1", "ACME", ("LAS-1", "LAS-2")), ("P-LAS-2", None, ("LAS-2",))]
    assert items[0].birth_date == date(2007, 5, 17)
    searched = services.participants.list_all(admin, "las-1")
    assert [(i.number, i.groups) for i in searched] == [("P-LAS-1", ("LAS-1", "LAS-2"))]


def _group_id(services: Services, code: str, s: Any) -> uuid.UUID:
    from bvmdesk.db.models import Group

    return s.scalars(select(Group.id).where(Group.code == code)).one()  # type: ignore[no-any-return]


# --- editing -------------------------------------------------------------------------------

def test_update_stores_new_data_and_its_search_text(services: Services, admin: Actor,
                                                    instructor: Actor) -> None:
    ids = _seed(services)
    detail = services.participants.get(admin, ids["H-003"])
    audit_before = _audit_count(services)
    changed = services.participants.update(
        admin, ids["H-003"],
        replace(detail.data, first_names="Jantje", prefix=None, last_name="Ødegård",
                email=" jantje@example.nl ", badge="C3003"), TODAY)
    assert changed.participants and changed.ids == frozenset({ids["H-003"]})
    after = services.participants.get(admin, ids["H-003"]).data
    assert (after.first_names, after.prefix, after.last_name, after.email, after.badge) == (
        "Jantje", None, "Ødegård", "jantje@example.nl", "C3003")
    assert _numbers(services, instructor, "odegard") == ["H-003"]
    assert _numbers(services, instructor, "c3003") == ["H-003"]
    assert _numbers(services, instructor, "vries") == []
    assert _audit_count(services) == audit_before + 1


def test_an_update_that_changes_nothing_records_nothing(services: Services,
                                                        admin: Actor) -> None:
    ids = _seed(services)
    before, audit_before = _snapshot(services), _audit_count(services)
    services.participants.update(admin, ids["H-002"],
                                 services.participants.get(admin, ids["H-002"]).data, TODAY)
    assert _snapshot(services) == before
    assert _audit_count(services) == audit_before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"last_name": " "}, "Vul de achternaam in."),
        ({"birth_date": date(2030, 1, 1)}, "De geboortedatum ligt in de toekomst."),
        ({"email": "geen-adres"}, "Dit is geen geldig e-mailadres."),
        ({"number": "H-001"}, "Nummer H-001 is al in gebruik."),
        ({"badge": "A1001"}, "Badge A1001 is al in gebruik."),
        ({"company_code": "ONBEKEND"}, "Leerbedrijf ONBEKEND bestaat niet."),
    ],
)
def test_a_refused_update_changes_nothing(services: Services, admin: Actor,
                                          change: dict[str, Any], message: str) -> None:
    ids = _seed(services)
    data = services.participants.get(admin, ids["H-003"]).data
    before, audit_before = _snapshot(services), _audit_count(services)
    with pytest.raises(ValidationFailed) as info:
        services.participants.update(admin, ids["H-003"], replace(data, **change), TODAY)
    assert str(info.value) == message
    assert _snapshot(services) == before
    assert _audit_count(services) == audit_before


def test_an_instructor_or_viewer_may_not_update(services: Services, instructor: Actor) -> None:
    ids = _seed(services)
    data = services.participants.get(instructor, ids["H-003"]).data
    before = _snapshot(services)
    for actor in (instructor, Actor.viewer()):
        with pytest.raises(PermissionDenied, match="deelnemers wijzigen"):
            services.participants.update(actor, ids["H-003"],
                                         replace(data, last_name="Anders"), TODAY)
    assert _snapshot(services) == before


def test_update_of_a_missing_participant(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFound):
        services.participants.update(admin, uuid.uuid4(), replace(NEW, number="X-1"), TODAY)


def test_companies_are_listed_by_name(services: Services, admin: Actor) -> None:
    with sessions_of(services).write("import") as s:
        s.add_all([Company(code="ZZ", name="Aalbers Staal"), Company(code="AA", name="Zwart BV")])
    assert [(c.code, c.name) for c in services.participants.companies(admin)] == [
        ("ZZ", "Aalbers Staal"), ("AA", "Zwart BV")]


def test_concurrent_creates_get_different_numbers(services: Services, admin: Actor) -> None:
    """A second PC creating a participant while the first is busy gets the next number."""
    services.participants.create(admin, NEW, TODAY)  # ZWL-00001; the sequence row exists
    first_has_number = threading.Event()
    results: list[object] = []

    def second() -> None:
        first_has_number.wait(5)
        try:
            results.append(services.participants.create(admin, NEW, TODAY).data.number)
        except Exception as exc:  # pragma: no cover - reported below
            results.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    with sessions_of(services).write("beheer") as s:
        number = services.participants._next_number(s)
        add_participant(s, number, "Eerste", "Pc")
        first_has_number.set()
        thread.join(0.5)  # the second create runs meanwhile
    thread.join(10)
    assert (number, results) == ("ZWL-00002", ["ZWL-00003"])


@given(st.uuids())
def test_ids_read_as_hex_text_are_ordinary_uuids(value: uuid.UUID) -> None:
    made = participants_module._as_uuid(value.hex)
    assert made == value and hash(made) == hash(value)
    assert (str(made), made.version, made.is_safe) == (str(value), value.version, value.is_safe)
    assert pickle.loads(pickle.dumps(made)) == value
    assert participants_module._as_uuid(value) is value


def test_the_list_is_in_dutch_order_ignoring_accents_and_tussenvoegsels(
        services: Services, instructor: Actor) -> None:
    people = [("S-1", "Emre", None, "Öztürk"), ("S-2", "Ayşe", None, "Çelik"),
              ("S-3", "Zoë", "van 't", "Hek"), ("S-4", "Anna", None, "Berg"),
              ("S-5", "Piet", None, "Bergsma"), ("S-6", "Bram", None, "Berg"),
              ("S-7", "İbrahim", None, "Aksoy")]
    with sessions_of(services).write("import") as s:
        _enrol_in_taught_group(s, [add_participant(s, number, first, last, prefix=prefix).id
                                   for number, first, prefix, last in people])
    assert _numbers(services, instructor, "") == ["S-7", "S-4", "S-6", "S-5", "S-2", "S-3",
                                                  "S-1"]


# --- doelgroep -----------------------------------------------------------------------------

def test_create_and_update_refuse_a_missing_doelgroep(services: Services,
                                                      admin: Actor) -> None:
    """The doelgroep is a required choice: no default, and no save without one (issue 9)."""
    before, audits = _snapshot(services), _audit_count(services)
    with pytest.raises(ValidationFailed) as info:
        services.participants.create(admin, replace(NEW, type=""), TODAY)
    assert [(e.field, e.message) for e in info.value.errors] == [("type", "Kies een doelgroep.")]
    assert (_snapshot(services), _audit_count(services)) == (before, audits)
    made = services.participants.create(admin, NEW, TODAY)
    with pytest.raises(ValidationFailed, match="Kies een doelgroep"):
        services.participants.update(admin, made.id, replace(made.data, type=""))
    assert services.participants.get(admin, made.id).data.type == "BBL"


# --- a long list in pages (issue 17) ---------------------------------------------------------

@pytest.mark.parametrize("who", ["admin", "instructor"])
def test_pages_count_and_positions_agree_with_the_whole_list(
        services: Services, admin: Actor, instructor: Actor, who: str) -> None:
    """The list shows a first page at once, reads the other pages as they scroll into view
    and finds a selected person's row: all exactly as the whole search would give them."""
    people = [(f"P-{n:02d}", first, last) for n, (first, last) in enumerate(
        [("Emre", "Öztürk"), ("Ayşe", "Çelik"), ("Anna", "Berg"), ("Bram", "Berg"),
         ("Eva", "Bergsma"), ("Sem", "Aksoy"), ("Lea", "Visser"), ("Noë", "Dijk"),
         ("Ben", "Meijer")])]
    with sessions_of(services).write("import") as s:
        _enrol_in_taught_group(s, [add_participant(s, number, first, last).id
                                   for number, first, last in people])
        stranger = add_participant(s, "Q-99", "Berend", "Bergman").id  # in no taught group
    actor = admin if who == "admin" else instructor
    found = services.participants
    for query in ["", "e", "be", "berg", "p-0", "xyz"]:
        whole = found.search_ids(actor, query)
        pages = [pid for offset in range(0, len(whole) + 3, 3)
                 for pid in found.search_ids(actor, query, offset=offset, limit=3)]
        assert pages == whole, query
        assert found.count(actor, query) == len(whole), query
        assert [found.position(actor, query, pid) for pid in whole] == list(range(len(whole)))
        first = found.search(actor, query, 2)
        assert (list(first.ids), first.total) == (whole[:len(first.ids)], len(whole)), query
        assert len(first.ids) >= min(2, len(whole))
        assert first.complete == (len(first.ids) == len(whole))
    berg = found.search_ids(actor, "berg")
    assert found.position(actor, "aksoy", berg[0]) is None
    assert (stranger in berg) == (who == "admin")
    assert (found.position(actor, "berg", stranger) is None) == (who == "instructor")
    assert found.search_ids(actor, "e", offset=len(found.search_ids(actor, "e")), limit=5) == []
