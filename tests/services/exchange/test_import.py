"""Importing: encodings, real Excel cells, upserts, superseding marks, dry run, cancel."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import (
    AttendanceMark,
    AuditEvent,
    Enrolment,
    Group,
    Lesson,
    Module,
    Participant,
    Site,
    User,
)
from bvmdesk.db.session import local_site_id
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.exchange import ExchangeService, ImportRefused
from bvmdesk.services.participants import participant_search_key
from tests.services.exchange.support import (
    counts,
    export_bytes,
    valid,
    write_csv,
    write_xlsx,
)


def _created(result: object) -> dict[str, int]:
    summary = result.summary  # type: ignore[attr-defined]
    assert summary is not None, result.errors  # type: ignore[attr-defined]
    return summary.as_dict()["created"]  # type: ignore[no-any-return]


def test_import_creates_everything_with_provenance(services: Services,
                                                   exchange: ExchangeService,
                                                   tmp_path: Path) -> None:
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", valid()))
    assert result.written and result.errors == ()
    assert _created(result) == {"Locaties": 1, "Leerbedrijven": 2, "Praktijkopleiders": 1,
                                "Modules": 2, "Deelnemers": 3, "Groepen": 2,
                                "Inschrijvingen": 3, "Lessen": 3, "Presentie": 3,
                                "Vakanties": 1}
    with sessions_of(services).read() as s:
        local = local_site_id(s)
        zoe = s.scalars(select(Participant).where(Participant.number == "H-001")).one()
        assert (zoe.first_names, zoe.prefix, zoe.last_name, zoe.birth_date, zoe.type) == (
            "Zoë", "van 't", "Hek", date(2007, 5, 17), "BBL")
        assert zoe.search_text == participant_search_key("Zoë", "van 't", "Hek", "H-001",
                                                         "B0001")
        assert zoe.site_id == local and zoe.hlc and zoe.created_by.startswith("cli:")
        assert zoe.deleted_at is None
        cagan = s.scalars(select(Participant).where(Participant.number == "H-002")).one()
        assert cagan.type == "BOL" and cagan.prefix is None  # canonical doelgroep
        terborg = s.scalars(select(Site).where(Site.code == "TBG")).one()
        assert terborg.id != local and terborg.site_id == local
        assert terborg.city == "Terborg"
        groups = {g.code: g for g in s.scalars(select(Group))}
        docent = s.scalars(select(User).where(User.username == "docent")).one()
        assert (groups["MIG-26"].instructor_id, groups["MIG-26"].instructor_name) == (
            docent.id, None)
        assert (groups["CNC-26"].instructor_id, groups["CNC-26"].instructor_name) == (
            None, "Mevr. Jansen")
        lessons = {(lesson.date, lesson.start_time): lesson for lesson in s.scalars(
            select(Lesson))}
        assert lessons[(date(2026, 9, 14), time(8, 30))].end_time == time(12, 0)
        assert lessons[(date(2026, 9, 8), time(13, 0))].cancelled is True
        enrolment = s.scalars(select(Enrolment).where(
            Enrolment.participant_id == zoe.id)).one()
        assert enrolment.status == "actief" and enrolment.trainer_id is not None
        late = s.scalars(select(AttendanceMark).where(
            AttendanceMark.participant_id == cagan.id)).one()
        assert (late.status, late.arrival_time, late.note, late.supersedes_id, late.reason) == (
            "te_laat", time(9, 10), "=bus te laat", None, None)
        events = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "exchange.import")).all()
        assert len(events) == 1 and '"in"' in (events[0].detail or "")


def test_second_import_changes_nothing_and_a_changed_row_is_an_update(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    folder = write_csv(tmp_path / "in", valid())
    exchange.import_file(Actor.cli(), folder)
    before = counts(services)
    again = exchange.import_file(Actor.cli(), folder)
    assert again.summary is not None
    assert set(again.summary.as_dict()["created"].values()) == {0}
    assert set(again.summary.as_dict()["updated"].values()) == {0}
    assert again.summary["Presentie"].unchanged == 3
    assert counts(services) == before | {"audit_events": before["audit_events"] + 1}

    sheets = valid()
    sheets["Deelnemers"][2][3] = "Yilmaz"
    sheets["Leerbedrijven"][1][1] = "Metaal B.V."
    changed = exchange.import_file(Actor.cli(), write_csv(tmp_path / "changed", sheets))
    assert changed.summary is not None
    assert changed.summary["Deelnemers"] == type(changed.summary["Deelnemers"])(0, 1, 2)
    assert changed.summary["Leerbedrijven"].updated == 1
    with sessions_of(services).read() as s:
        cagan = s.scalars(select(Participant).where(Participant.number == "H-002")).one()
        assert cagan.last_name == "Yilmaz" and "yilmaz" in cagan.search_text


def test_a_changed_mark_supersedes_the_current_one(services: Services,
                                                   exchange: ExchangeService,
                                                   tmp_path: Path) -> None:
    exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", valid()))
    sheets = valid()
    sheets["Presentie"][1][4] = "ongeoorloofd"
    folder = write_csv(tmp_path / "presentie-v2", sheets)
    result = exchange.import_file(Actor.cli(), folder)
    assert result.summary is not None
    assert result.summary["Presentie"] == type(result.summary["Presentie"])(0, 1, 2)
    with sessions_of(services).read() as s:
        zoe = s.scalars(select(Participant.id).where(Participant.number == "H-001")).one()
        lesson = s.scalars(select(Lesson.id).where(Lesson.date == date(2026, 9, 7))).one()
        marks = s.scalars(select(AttendanceMark).where(
            AttendanceMark.participant_id == zoe, AttendanceMark.lesson_id == lesson)
            .order_by(AttendanceMark.hlc)).all()
        assert [(m.status, m.reason) for m in marks] == [
            ("aanwezig", None), ("ongeoorloofd", "import presentie-v2")]
        assert marks[1].supersedes_id == marks[0].id
    # The new mark is current now: importing the same file again changes nothing.
    again = exchange.import_file(Actor.cli(), folder)
    assert again.summary is not None and again.summary["Presentie"].unchanged == 3


def test_dry_run_reports_the_summary_and_writes_nothing(services: Services,
                                                        exchange: ExchangeService,
                                                        tmp_path: Path) -> None:
    before = counts(services)
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", valid()),
                                  dry_run=True)
    assert result.dry_run and not result.written and result.errors == ()
    assert _created(result)["Presentie"] == 3
    assert counts(services) == before


def test_validate_then_apply_with_progress(services: Services, exchange: ExchangeService,
                                           tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    plan = exchange.validate(Actor.cli(), write_csv(tmp_path / "in", valid()),
                             progress=lambda done, total: calls.append((done, total)))
    assert plan.ok and plan.summary is not None and plan.label == "in"
    assert calls and calls[-1][0] == calls[-1][1]
    before = counts(services)
    summary = exchange.apply(Actor.cli(), plan)
    assert summary == plan.summary
    assert counts(services)["participants"] == before["participants"] + 3


def test_apply_checks_the_database_again(services: Services, exchange: ExchangeService,
                                         tmp_path: Path) -> None:
    exchange.import_file(Actor.cli(), write_csv(tmp_path / "base", valid()))
    sheets = {"Groepen": [valid()["Groepen"][0],
                          ["NEW-1", "Nieuw", "MIG", "ZWL", "", "2026-09-01", ""]]}
    plan = exchange.validate(Actor.cli(), write_csv(tmp_path / "in", sheets))
    assert plan.ok
    with sessions_of(services).write("test") as s:  # someone renames the module meanwhile
        s.scalars(select(Module).where(Module.code == "MIG")).one().code = "MIG-OUD"
    before = counts(services)
    with pytest.raises(ImportRefused) as info:
        exchange.apply(Actor.cli(), plan)
    assert [(e.sheet, e.row, e.column) for e in info.value.errors] == [(
        "Groepen", 2, "module")]
    assert counts(services) == before


def test_cancel_rolls_everything_back(services: Services, exchange: ExchangeService,
                                      tmp_path: Path) -> None:
    plan = exchange.validate(Actor.cli(), write_csv(tmp_path / "in", valid()))
    before = counts(services)
    with pytest.raises(ServiceError, match=r"Geannuleerd: er is niets gewijzigd\."):
        exchange.apply(Actor.cli(), plan, cancelled=lambda: True)
    assert counts(services) == before


def test_only_administrators_import(services: Services, exchange: ExchangeService,
                                    instructor: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        exchange.import_file(instructor, write_csv(tmp_path / "in", valid()))
    with pytest.raises(PermissionDenied):
        exchange.export(instructor, tmp_path / "out")


def test_references_to_existing_data(services: Services, exchange: ExchangeService,
                                     tmp_path: Path) -> None:
    full = valid()
    del full["Presentie"]
    exchange.import_file(Actor.cli(), write_csv(tmp_path / "base", full))
    only_marks = {"Presentie": valid()["Presentie"]}
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "marks", only_marks))
    assert result.summary is not None and result.summary.as_dict() == {
        "created": {"Presentie": 3}, "updated": {"Presentie": 0},
        "unchanged": {"Presentie": 0}}
    # A badge that an existing participant already has is refused.
    header = valid()["Deelnemers"][0]
    clash = {"Deelnemers": [header, ["H-010", "Piet", "", "Jansen", "2001-01-01", "werknemer",
                                     "", "", "", "", "B0001", "", ""]]}
    refused = exchange.import_file(Actor.cli(), write_csv(tmp_path / "clash", clash))
    assert [str(e) for e in refused.errors] == [
        "Deelnemers, rij 2, badge: badge 'B0001' is al in gebruik bij deelnemer H-001"]


def test_windows_1252_comma_and_bom_files(services: Services, exchange: ExchangeService,
                                          tmp_path: Path) -> None:
    sheets = valid()
    cp1252 = write_csv(tmp_path / "cp1252", {"Leerbedrijven": sheets["Leerbedrijven"] + [
        ["LB3", "Café Façade € – ‘t Hoekje", "", "Zwolle"]]}, encoding="cp1252")
    assert "é".encode("cp1252") in (cp1252 / "Leerbedrijven.csv").read_bytes()
    result = exchange.import_file(Actor.cli(), cp1252)
    assert result.errors == ()
    commas = write_csv(tmp_path / "commas", {"Modules": sheets["Modules"]}, separator=",",
                       encoding="utf-8")
    assert exchange.import_file(Actor.cli(), commas).errors == ()
    bom = write_csv(tmp_path / "bom", {"Locaties": [["code", "naam", "plaats"],
                                                    ["ALM", "Almelo", "Almelo"]]})
    assert (bom / "Locaties.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert exchange.import_file(Actor.cli(), bom).errors == ()
    out = tmp_path / "out"
    exchange.export(Actor.cli(), out)
    text = (out / "Leerbedrijven.csv").read_bytes().decode("utf-8-sig")
    assert "LB3;Café Façade € – ‘t Hoekje;;Zwolle\r\n" in text
    assert "MIG;Lassen MIG/MAG;25191;2;80;80;;\r\n" in (out / "Modules.csv").read_bytes().decode()
    assert "ALM;Almelo;Almelo" in (out / "Locaties.csv").read_bytes().decode()


def test_workbook_with_real_excel_dates_times_and_numbers(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = valid()
    sheets["Modules"][1][2:6] = [25191, 2, 80, 80.0]
    sheets["Deelnemers"][1][4] = datetime(2007, 5, 17)
    sheets["Deelnemers"][1][7] = 123456
    sheets["Deelnemers"][2][4] = "17-05-2006"
    sheets["Groepen"][1][5] = date(2026, 9, 1)
    sheets["Lessen"][1][1:4] = [datetime(2026, 9, 7), time(8, 30), time(12, 0)]
    sheets["Lessen"][2][1:4] = ["14-9-2026", "8:30", "12:00"]
    sheets["Lessen"][1][6] = False
    sheets["Lessen"][3][6] = True
    sheets["Presentie"][1][1:3] = [date(2026, 9, 7), time(8, 30)]
    sheets["Presentie"][2][1:3] = ["7-9-2026", "8:30"]
    sheets["Presentie"][2][5] = time(9, 10)
    for rows in sheets.values():  # empty cells are None in a real workbook
        for row in rows:
            row[:] = [None if value == "" else value for value in row]
    path = write_xlsx(tmp_path / "echt.xlsx", sheets)
    result = exchange.import_file(Actor.cli(), path)
    assert result.errors == ()
    assert _created(result)["Presentie"] == 3
    with sessions_of(services).read() as s:
        module = s.scalars(select(Module).where(Module.code == "MIG")).one()
        assert (module.crebo, module.level, module.planned_hours,
                module.min_attendance_pct) == ("25191", 2, 80, 80)
        zoe = s.scalars(select(Participant).where(Participant.number == "H-001")).one()
        assert (zoe.birth_date, zoe.student_number) == (date(2007, 5, 17), "123456")
        lesson = s.scalars(select(Lesson).where(Lesson.date == date(2026, 9, 14))).one()
        assert (lesson.start_time, lesson.cancelled) == (time(8, 30), False)


def test_no_local_site_is_refused(tmp_path: Path) -> None:
    services = open_services(str(tmp_path / "leeg.sqlite"), create=True, backup=False)
    try:
        exchange = ExchangeService(sessions_of(services))
        with pytest.raises(ServiceError, match=r"Richt eerst een locatie in \(bvmdesk init\)"):
            exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", valid()))
    finally:
        services.close()


def test_missing_and_unreadable_files(services: Services, exchange: ExchangeService,
                                      tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="niet gevonden"):
        exchange.import_file(Actor.cli(), tmp_path / "weg.xlsx")
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen zip")
    with pytest.raises(ServiceError, match=r"kapot\.xlsx is een tekstbestand, geen Excel-werkmap"):
        exchange.import_file(Actor.cli(), broken)
    folder = tmp_path / "vreemd"
    folder.mkdir()
    (folder / "Leerbedrijven.csv").write_bytes(b"code;naam\r\nLB1;\x81\x8d\r\n")
    with pytest.raises(ServiceError, match=r"^Leerbedrijven\.csv is geen UTF-8- of "
                       r"Windows-1252-tekst; sla het op als CSV UTF-8 "):
        exchange.import_file(Actor.cli(), folder)


def test_instructions_sheet_empty_rows_and_columns_are_ignored(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = {"Toelichting": [["Wat dan ook", "hier"]],
              "Leerbedrijven": [["code", "naam", "", ""], ["LB1", "Metaal BV", "", ""],
                                ["", "", "", ""], ["LB2", "Staal", None, None],
                                [None, None], ["", ""]]}
    result = exchange.import_file(Actor.cli(), write_xlsx(tmp_path / "x.xlsx", sheets))
    assert result.errors == ()
    assert result.summary is not None and result.summary.sheets == ("Leerbedrijven",)
    assert result.summary["Leerbedrijven"].created == 2


def test_the_template_is_refused_as_empty(services: Services, exchange: ExchangeService,
                                          tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sjabloon.xlsx"
    ExchangeService.write_template(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Toelichting"
    assert workbook.sheetnames[1:] == ["Locaties", "Leerbedrijven", "Praktijkopleiders",
                                       "Modules", "Deelnemers", "Groepen", "Inschrijvingen",
                                       "Lessen", "Presentie", "Vakanties",
                                       "Beoordelingsformulieren", "Criteria", "Beoordelingen",
                                       "Scores", "Aftekentaken", "Aftekeningen", "Bpv-uren"]
    assert [c.value for c in workbook["Deelnemers"][1]][5] == "doelgroep"
    lists = {name: [(dv.formula1, str(dv.sqref)) for dv in
                    workbook[name].data_validations.dataValidation]
             for name in ("Deelnemers", "Presentie", "Inschrijvingen")}
    assert lists["Deelnemers"][0][0].startswith('"BBL,BOL,PRO,VSO,vmbo,hbo,werknemer')
    assert lists["Deelnemers"][0][1].startswith("F2:")
    assert lists["Presentie"][0][0] == ('"aanwezig,te_laat,vroeg_weg,ziek,geoorloofd,'
                                        'ongeoorloofd"')
    assert lists["Presentie"][0][1].startswith("E2:")
    assert lists["Inschrijvingen"][0][0] == '"actief,afgerond,gestopt"'
    assert "UAVG art. 46" in " ".join(str(r[0].value) for r in workbook["Toelichting"].iter_rows())
    before = export_bytes(services, tmp_path / "voor")
    with pytest.raises(ServiceError, match=r"^Geen gegevens gevonden in sjabloon\.xlsx: "
                       r"verwacht bladen met een kopregel en ten minste één rij daaronder: "
                       r"Locaties, Leerbedrijven, "):
        exchange.import_file(Actor.cli(), path)
    assert export_bytes(services, tmp_path / "na") == before


def test_a_withdrawn_mark_is_not_exported(services: Services, exchange: ExchangeService,
                                          tmp_path: Path) -> None:
    exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", valid()))
    before = export_bytes(services, tmp_path / "out1")["Presentie.csv"]
    with sessions_of(services).read() as s:
        zoe = s.scalars(select(Participant.id).where(Participant.number == "H-001")).one()
        lesson = s.scalars(select(Lesson.id).where(Lesson.date == date(2026, 9, 7))).one()
    register = services.attendance.register(Actor.cli(), lesson)
    current = next(r.mark for r in register.rows if r.participant_id == zoe)
    assert current is not None
    with sessions_of(services).write("test") as s:  # an undo of a first mark: status None
        s.add(AttendanceMark(lesson_id=lesson, participant_id=zoe, status=None,
                             recorded_by="test", recorded_at=datetime(2026, 9, 7, 9, 0),
                             supersedes_id=current.id, reason="ongedaan"))
    after = export_bytes(services, tmp_path / "out2")["Presentie.csv"]
    assert after.count(b"\r\n") == before.count(b"\r\n") - 1
