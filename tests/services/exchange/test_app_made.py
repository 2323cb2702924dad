"""A BVM that never used a spreadsheet: everything made in the app's services (Beheer's
sections: a second location, a company with its trainer, a module, a group, enrolments; a
participant by hand; lessons and a holiday) goes out through the exchange workbook, into an
empty database, and out again with the same bytes (issue 15)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from bvmdesk.domain.companies import CompanyData
from bvmdesk.domain.groups import GroupData
from bvmdesk.domain.modules import ModuleData
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.domain.sites import SiteData
from bvmdesk.domain.trainers import TrainerData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services
from tests.services.exchange.support import rows_of


def _made_in_the_app(services: Services, admin: Actor) -> None:
    services.sites.save(admin, None, SiteData("TBG", "Terborg", "Terborg"))
    acme = services.companies.save(admin, None, CompanyData("ACME", "Acme Metaal BV",
                                                            "12345678", "Zwolle"))
    services.trainer_records.save(admin, None, TrainerData(
        "PO-PIET", "Piet de Praktijk", acme, "piet@acme.nl", "038-1234567"))
    services.modules.save(admin, None, ModuleData(
        "LAS-3", "Allround lasser", None, "25287", 3, 400, 80, "certificaat", 5))
    services.modules.save(admin, None, ModuleData("VCA", "VCA basis", planned_hours=8,
                                                  certificate_kind="deelname"))
    people = [services.participants.create(admin, ParticipantData(
        number="", first_names=first, prefix=prefix, last_name=last,
        birth_date=date(2007, 5, 1), type="BBL", company_code="ACME", badge=badge)).id
        for first, prefix, last, badge in (("Zoë", "van 't", "Hek", "BADGE0007"),
                                           ("Çağan", None, "Doğan", None))]
    group = services.groups.save(admin, None, GroupData(
        "LAS-ZWL-1", "Allround lassen Zwolle", "LAS-3", "ZWL", (admin.user_id,)
        if admin.user_id else (), date(2026, 9, 1), date(2027, 6, 30)))
    other = services.groups.save(admin, None, GroupData(
        "VCA-TBG-1", "VCA Terborg", "VCA", "TBG", (), date(2026, 10, 5), None))
    services.enrolments.add(admin, group, people, date(2026, 9, 1),
                            trainer_code="PO-PIET")
    (moving,) = [e for e in services.enrolments.enrolments(admin, group)
                 if e.participant_id == people[1]]
    services.enrolments.move(admin, moving.id, other, date(2026, 10, 5))
    services.lessons.add_lesson(admin, group, date(2026, 9, 7), time(8, 30), time(12, 0),
                                topic="Hoeknaden")
    services.lessons.add_holiday(admin, "ZWL", date(2026, 10, 17), date(2026, 10, 25),
                                 "Herfstvakantie")


def test_data_made_only_in_the_app_round_trips(services: Services, admin: Actor,
                                               tmp_path: Path) -> None:
    _made_in_the_app(services, admin)
    first = tmp_path / "export-1"
    services.exchange.export(Actor.cli(), first)
    empty = open_services(str(tmp_path / "leeg.sqlite"), create=True, backup=False)
    try:
        empty.accounts.setup_site(Actor.cli(), "ZWL", "Zwolle", "beheer",
                                  "een lang wachtwoord")
        result = empty.exchange.import_file(Actor.cli(), first)
        assert result.errors == ()
        second = tmp_path / "export-2"
        empty.exchange.export(Actor.cli(), second)
    finally:
        empty.close()
    files = sorted(p.name for p in first.iterdir())
    assert files == sorted(p.name for p in second.iterdir())
    differing = [name for name in files
                 if (first / name).read_bytes() != (second / name).read_bytes()]
    assert differing == []
    # what the app made is in the workbook, as made
    assert list(rows_of(first, "Leerbedrijven")) == [["ACME", "Acme Metaal BV", "12345678",
                                                      "Zwolle"]]
    assert list(rows_of(first, "Praktijkopleiders")) == [
        ["PO-PIET", "Piet de Praktijk", "ACME", "piet@acme.nl", "038-1234567"]]
    modules = {row[0]: row for row in rows_of(first, "Modules")}
    assert modules["LAS-3"] == ["LAS-3", "Allround lasser", "25287", "3", "400", "80",
                                "certificaat", "5"]
    assert modules["VCA"][6] == "deelname"
    groups = {row[0]: row for row in rows_of(first, "Groepen")}
    assert groups["LAS-ZWL-1"][2:4] == ["LAS-3", "ZWL"] and groups["VCA-TBG-1"][3] == "TBG"
    enrolments = sorted(rows_of(first, "Inschrijvingen"))
    assert [(row[1], row[3], row[4], row[5]) for row in enrolments] == [
        ("LAS-ZWL-1", "", "PO-PIET", "actief"),
        ("LAS-ZWL-1", "2026-10-04", "PO-PIET", "gestopt"),
        ("VCA-TBG-1", "", "PO-PIET", "actief")]
    assert [row[0] for row in rows_of(first, "Locaties")] == ["TBG", "ZWL"]
