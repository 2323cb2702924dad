"""Certificates in the exchange (issue 14): Modules' `certificaat` and `geldigheid_jaren`,
and the export-only sheet Certificaten (an import skips it with a notice)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import Certificate, Enrolment, Group, Module, Participant
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.exchange.format import CERTIFICATES, EXPORT_SHEETS, MODULES, SHEETS
from tests.services.exchange.support import (
    Sheets,
    counts,
    export_bytes,
    rows_of,
    valid,
    write_csv,
    write_xlsx,
)

MODULE_HEADER = ["code", "naam", "crebo", "niveau", "uren", "min_aanwezigheid", "certificaat",
                 "geldigheid_jaren"]
CERTIFICATE_HEADER = ["number", "participant", "kind", "module", "issued", "status",
                      "sha256", "expires"]
NOTICE = ("Let op: het blad Certificaten is alleen voor export (het register van uitgegeven "
          "certificaten) en is bij de import overgeslagen.")


def _with_kinds() -> Sheets:
    sheets = valid()
    sheets["Modules"] = [MODULE_HEADER,
                         ["MIG", "Lassen MIG/MAG", "25191", "2", "80", "80", "certificaat", ""],
                         ["CNC", "CNC draaien", "", "", "40", "", "", ""],
                         ["VCA", "Veilig werken (VCA)", "", "", "16", "100", "Deelname", "5"]]
    return sheets


def _modules(services: Services) -> dict[str, tuple[str | None, int | None]]:
    with sessions_of(services).read() as s:
        return {m.code: (m.certificate_kind, m.validity_years)
                for m in s.scalars(select(Module))}


def test_the_columns_are_the_design_and_the_export_adds_certificaten() -> None:
    assert list(MODULES.names) == MODULE_HEADER
    assert list(CERTIFICATES.names) == CERTIFICATE_HEADER
    assert CERTIFICATES not in SHEETS  # never imported
    assert EXPORT_SHEETS[-1] is CERTIFICATES and EXPORT_SHEETS[:-1] == SHEETS


@pytest.mark.parametrize("as_xlsx", [False, True])
def test_kind_and_validity_are_imported_and_exported(exchange: ExchangeService, admin: Actor,
                                                     services: Services, tmp_path: Path,
                                                     as_xlsx: bool) -> None:
    sheets = _with_kinds()
    source = write_xlsx(tmp_path / "in.xlsx", sheets) if as_xlsx else \
        write_csv(tmp_path / "in", sheets)
    result = exchange.import_file(admin, source)
    assert result.ok, result.errors
    assert _modules(services) == {"MIG": ("certificaat", None), "CNC": (None, None),
                                  "VCA": ("deelname", 5)}
    folder = tmp_path / "uit"
    export_bytes(services, folder)
    assert sorted(rows_of(folder, "Modules")) == [
        ["CNC", "CNC draaien", "", "", "40", "", "", ""],
        ["MIG", "Lassen MIG/MAG", "25191", "2", "80", "80", "certificaat", ""],
        ["VCA", "Veilig werken (VCA)", "", "", "16", "100", "deelname", "5"]]
    again = exchange.import_file(admin, folder)
    assert again.ok and again.summary is not None
    assert again.summary["Modules"].unchanged == 3


def test_an_old_modules_sheet_without_the_columns_still_imports(
        exchange: ExchangeService, admin: Actor, services: Services, tmp_path: Path) -> None:
    result = exchange.import_file(admin, write_csv(tmp_path / "in", valid()))
    assert result.ok, result.errors
    assert _modules(services) == {"MIG": (None, None), "CNC": (None, None)}


@pytest.mark.parametrize(("kind", "years", "column", "message"), [
    ("diploma", "", "certificaat",
     "onbekende certificaatsoort 'diploma' (kies uit: certificaat, deelname)"),
    ("certificaten", "", "certificaat",
     "onbekende certificaatsoort 'certificaten' (kies uit: certificaat, deelname)"),
    ("", "0", "geldigheid_jaren", "moet tussen 1 en 50 liggen"),
    ("", "51", "geldigheid_jaren", "moet tussen 1 en 50 liggen"),
    ("deelname", "-2", "geldigheid_jaren", "moet tussen 1 en 50 liggen"),
    ("", "2,5", "geldigheid_jaren", "geen geheel getal"),
    ("", "vijf", "geldigheid_jaren", "geen geheel getal"),
])
def test_a_wrong_kind_or_validity_is_refused_naming_row_and_value(
        exchange: ExchangeService, admin: Actor, services: Services, tmp_path: Path,
        kind: str, years: str, column: str, message: str) -> None:
    sheets = _with_kinds()
    sheets["Modules"][3][6:8] = [kind, years]
    before = counts(services)
    result = exchange.import_file(admin, write_csv(tmp_path / "in", sheets))
    assert not result.written
    assert [str(e) for e in result.errors] == [f"Modules, rij 4, {column}: {message}"]
    assert counts(services) == before


@pytest.mark.parametrize("as_xlsx", [False, True])
def test_an_import_skips_certificaten_with_a_notice(exchange: ExchangeService, admin: Actor,
                                                     services: Services, tmp_path: Path,
                                                     as_xlsx: bool) -> None:
    sheets = _with_kinds()
    sheets["Certificaten"] = [CERTIFICATE_HEADER,
                              ["ZWL-2026-00001", "H-001", "certificaat", "MIG", "2026-12-01",
                               "valid", "ab" * 32, ""],
                              ["onzin", "", "?", "", "gisteren", "", "", "x"]]
    source = write_xlsx(tmp_path / "in.xlsx", sheets) if as_xlsx else \
        write_csv(tmp_path / "in", sheets)
    plan = exchange.validate(admin, source)
    assert plan.ok, plan.errors
    assert plan.summary is not None and NOTICE in plan.summary.lines()
    result = exchange.import_file(admin, source)
    assert result.ok and result.written and result.summary is not None
    assert "Certificaten" not in result.summary.sheets
    assert result.summary.lines()[-1] == NOTICE
    assert result.summary.as_dict()["notices"] == [NOTICE[len("Let op: "):-1]]
    with sessions_of(services).read() as s:
        assert s.scalars(select(Certificate)).all() == []


def test_a_summary_without_notices_keeps_its_json_shape(exchange: ExchangeService,
                                                        admin: Actor, tmp_path: Path) -> None:
    result = exchange.import_file(admin, write_csv(tmp_path / "in", valid()))
    assert result.summary is not None
    assert set(result.summary.as_dict()) == {"created", "updated", "unchanged"}
    assert not any(line.startswith("Let op") for line in result.summary.lines())


def test_a_file_with_only_certificaten_has_no_data(exchange: ExchangeService, admin: Actor,
                                                   tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "alleen.xlsx", {"Certificaten": [
        CERTIFICATE_HEADER, ["ZWL-2026-00001", "H-001", "certificaat", "MIG", "2026-12-01",
                             "valid", "ab" * 32, ""]]})
    with pytest.raises(ServiceError) as raised:
        exchange.import_file(admin, source)
    assert str(raised.value).startswith("Geen gegevens gevonden in alleen.xlsx")
    assert str(raised.value).endswith(NOTICE)


def _issue(services: Services, number: str, person: str, group: str, kind: str,
           issued: date, status: str, expires: date | None) -> None:
    """A certificate row as the certificate service stores one (the PDF is not read here)."""
    with sessions_of(services).write("test") as s:
        participant = s.scalars(select(Participant).where(Participant.number == person)).one()
        group_row = s.scalars(select(Group).where(Group.code == group)).one()
        module = s.get(Module, group_row.module_id)
        assert module is not None
        enrolment = s.scalars(select(Enrolment).where(
            Enrolment.participant_id == participant.id,
            Enrolment.group_id == group_row.id)).one()
        s.add(Certificate(
            number=number, participant_id=participant.id, enrolment_id=enrolment.id,
            kind=kind, issued_at=datetime(issued.year, issued.month, issued.day, 23, 30),
            issued_by="beheer", pdf=b"%PDF-1.7", sha256=number[-1] * 64,
            snapshot={"module_code": module.code, "issued_on": issued.isoformat(),
                      "participant_number": person},
            qr_payload="BVM1:" + number, status=status, expires_on=expires))


def test_the_export_lists_every_issued_certificate(exchange: ExchangeService, admin: Actor,
                                                   services: Services, tmp_path: Path) -> None:
    assert exchange.import_file(admin, write_csv(tmp_path / "in", _with_kinds())).ok
    _issue(services, "ZWL-2026-00002", "H-002", "MIG-26", "certificaat", date(2026, 12, 1),
           "revoked", None)
    _issue(services, "ZWL-2026-00001", "H-001", "MIG-26", "certificaat", date(2026, 11, 30),
           "superseded", None)
    _issue(services, "ZWL-2026-00003", "H-001", "MIG-26", "certificaat", date(2026, 12, 2),
           "valid", None)
    _issue(services, "ZWL-2027-00001", "H-003", "CNC-26", "deelname", date(2027, 1, 4),
           "valid", date(2032, 1, 4))
    folder = tmp_path / "uit"
    files = export_bytes(services, folder)
    assert sorted(files) == sorted(f"{sheet.name}.csv" for sheet in EXPORT_SHEETS)
    assert files["Certificaten.csv"].decode("utf-8-sig").split("\r\n")[0] == \
        ";".join(CERTIFICATE_HEADER)
    assert list(rows_of(folder, "Certificaten")) == [
        ["ZWL-2026-00001", "H-001", "certificaat", "MIG", "2026-11-30", "superseded", "1" * 64,
         ""],
        ["ZWL-2026-00002", "H-002", "certificaat", "MIG", "2026-12-01", "revoked",
         "2" * 64, ""],
        ["ZWL-2026-00003", "H-001", "certificaat", "MIG", "2026-12-02", "valid", "3" * 64,
         ""],
        ["ZWL-2027-00001", "H-003", "deelname", "CNC", "2027-01-04", "valid", "1" * 64,
         "2032-01-04"]]
    result = ExchangeService(sessions_of(services)).export(Actor.cli(), tmp_path / "uit.xlsx")
    assert result.rows["Certificaten"] == 4
    from openpyxl import load_workbook

    workbook = load_workbook(tmp_path / "uit.xlsx", read_only=True)
    assert workbook.sheetnames == [sheet.name for sheet in EXPORT_SHEETS]
    rows = list(workbook["Certificaten"].iter_rows(values_only=True))
    workbook.close()
    assert list(rows[0]) == CERTIFICATE_HEADER
    assert list(rows[4]) == ["ZWL-2027-00001", "H-003", "deelname", "CNC", "2027-01-04",
                             "valid", "1" * 64, "2032-01-04"]


def test_importing_an_export_with_certificates_changes_nothing(
        exchange: ExchangeService, admin: Actor, services: Services, tmp_path: Path) -> None:
    assert exchange.import_file(admin, write_csv(tmp_path / "in", _with_kinds())).ok
    _issue(services, "ZWL-2026-00001", "H-001", "MIG-26", "certificaat", date(2026, 12, 1),
           "valid", None)
    first = export_bytes(services, tmp_path / "uit")
    result = exchange.import_file(admin, tmp_path / "uit")
    assert result.ok and result.summary is not None
    assert result.summary.lines()[-1] == NOTICE
    assert all(c.created == 0 and c.updated == 0 for _, c in result.summary.counts)
    assert export_bytes(services, tmp_path / "weer") == first
