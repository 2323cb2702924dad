"""`bvmdesk report signoffs|praktijkoverzicht|aftekenkaart`: the JSON and text of a
participant's sign-offs, the PDFs read back (the card's QR through zbarimg), exit codes and
Dutch refusals with nothing written, on both backends."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from bvmdesk.db.models import Enrolment
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services, sessions_of
from bvmdesk.services.signoff_types import SignItem, WeekEntry
from tests.cli.conftest import Run
from tests.db.support import INSTRUCTOR, user_actor
from tests.reports.test_signoff_pdf import flat_text, qr_codes
from tests.services.signoff_card_support import CardWorld, card_world

NUMBER = "P-LAS-1"
PIN = "24680"
STROKES = encode(make_signature(300, 100, [[(10, 50), (80, 20), (150, 80), (290, 30)]]))


@dataclass(frozen=True)
class World:
    location: str
    ids: CardWorld


@pytest.fixture
def world(site_location: str) -> World:
    """P-LAS-1 in LAS-1 at Metaalbouw Zwolle with Piet Praktijk; tasks T1-T3."""
    services = open_services(site_location)
    try:
        return World(site_location, card_world(services))
    finally:
        services.close()


@pytest.fixture
def signed(world: World) -> World:
    """T1 signed on paper (from its card); T2 signed on screen, withdrawn and signed
    again; T3 open; two weeks of hours, one of them approved."""
    services = open_services(world.location)
    w = world.ids
    try:
        actor = user_actor(services, INSTRUCTOR)
        card = services.signoff_cards.card_for(actor, w.enrolment_id)
        services.signoffs.record_paper(actor, w.enrolment_id, w.trainer_id,
                                       [SignItem(w.tasks["T1"], date(2026, 10, 5))],
                                       card_code=card.code)
        services.signoffs.set_pin(actor, w.trainer_id, PIN, PIN)
        first = services.signoffs.sign_on_screen(
            actor, w.enrolment_id, w.trainer_id, PIN, STROKES,
            [SignItem(w.tasks["T2"], date(2026, 10, 1), "eerste keer")])
        services.signoffs.withdraw(actor, first[0].id, "verkeerde taak aangevinkt")
        services.signoffs.sign_on_screen(actor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                         [SignItem(w.tasks["T2"], date(2026, 10, 12))])
        sheet = services.bpv_hours.enter_hours(actor, w.enrolment_id, [
            WeekEntry(2026, 40, 32 * 60), WeekEntry(2026, 41, 31 * 60 + 30)])
        week40 = next(x.hours_id for x in sheet.weeks if x.iso_week == 40)
        services.bpv_hours.approve(actor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                   [week40])
    finally:
        services.close()
    return world


# --- report aftekenkaart -------------------------------------------------------------------
def test_aftekenkaart_writes_the_card_with_its_qr(cli: Run, world: World,
                                                  tmp_path: Path) -> None:
    target = tmp_path / "kaart.pdf"
    result = cli("--db", world.location, "report", "aftekenkaart", "--participant", NUMBER,
                 "-o", str(target))
    assert result.code == 0, result.err
    codes = qr_codes(target, 1, tmp_path)
    assert len(codes) == 1 and codes[0].startswith("ZWL-AK-")
    assert f"Aftekenkaart {codes[0]} versie 1 (Çağan Yılmaz, LAS-1) geschreven" in result.out
    text = flat_text(target)
    for expected in ("Aftekenkaart", "Çağan Yılmaz", NUMBER, "Metaalbouw Zwolle B.V.",
                     "SBB 100234567", "Piet Praktijk", "Stelt de lasmachine in volgens de WPS",
                     "B1-K1-W2", "versie 1 van"):
        assert expected in text, expected
    again = tmp_path / "nog een keer.pdf"
    assert cli("--db", world.location, "report", "aftekenkaart", "--participant", NUMBER,
               "--group", "las-1", "-o", str(again)).code == 0
    assert qr_codes(again, 1, tmp_path) == codes  # the same tasks: the same card


def test_aftekenkaart_chooses_the_enrolment_or_names_the_groups(cli: Run, world: World,
                                                                tmp_path: Path) -> None:
    services = open_services(world.location)
    try:
        second = card_world(services, "LAS-2")
        with sessions_of(services).write("test") as s:  # P-LAS-1 in LAS-2 too
            own = s.get(Enrolment, second.enrolment_id)
            first = s.get(Enrolment, world.ids.enrolment_id)
            assert own is not None and first is not None
            s.add(Enrolment(participant_id=first.participant_id, group_id=own.group_id,
                            start_date=date(2026, 9, 1), company_id=own.company_id,
                            trainer_id=own.trainer_id))
    finally:
        services.close()
    target = tmp_path / "kaart.pdf"
    both = cli("--db", world.location, "report", "aftekenkaart", "--participant", NUMBER,
               "-o", str(target))
    assert both.code == 1 and not target.exists()
    assert "meer inschrijvingen met aftekentaken (LAS-1, LAS-2)" in both.err
    assert "--group" in both.err and both.err.startswith("bvmdesk: ")
    chosen = cli("--db", world.location, "report", "aftekenkaart", "--participant", NUMBER,
                 "--group", "LAS-2", "-o", str(target))
    assert chosen.code == 0, chosen.err
    assert "LAS-2" in chosen.out and "LAS-2" in flat_text(target)
    elsewhere = cli("--db", world.location, "report", "aftekenkaart", "--participant", NUMBER,
                    "--group", "NEE", "-o", str(tmp_path / "nee.pdf"))
    assert elsewhere.code == 1 and not (tmp_path / "nee.pdf").exists()
    assert "niet ingeschreven in groep NEE (wel in: LAS-1, LAS-2)" in elsewhere.err


def test_aftekenkaart_without_tasks_or_workplace_writes_nothing(cli: Run, site_location: str,
                                                                tmp_path: Path) -> None:
    services = open_services(site_location)
    try:
        card_world(services, "LAS-1", tasks=False)
        card_world(services, "LAS-2", workplace=False)
    finally:
        services.close()
    target = tmp_path / "kaart.pdf"
    bare = cli("--db", site_location, "report", "aftekenkaart", "--participant", "P-LAS-1",
               "-o", str(target))
    assert bare.code == 1 and not target.exists()
    assert "geen inschrijving met een leerbedrijf, een praktijkopleider en aftekentaken" \
        in bare.err
    named = cli("--db", site_location, "report", "aftekenkaart", "--participant", "P-LAS-1",
                "--group", "LAS-1", "-o", str(target))
    assert named.code == 1 and "Module M-LAS-1 heeft geen aftekentaken" in named.err
    homeless = cli("--db", site_location, "report", "aftekenkaart", "--participant",
                   "P-LAS-2", "--group", "LAS-2", "-o", str(target))
    assert homeless.code == 1 and "nog geen leerbedrijf en praktijkopleider" in homeless.err
    assert not target.exists()


def test_refusals_are_dutch_and_write_nothing(cli: Run, world: World, tmp_path: Path) -> None:
    target = tmp_path / "nee.pdf"
    for report in ("aftekenkaart", "praktijkoverzicht"):
        unknown = cli("--db", world.location, "report", report, "--participant", "NEE", "-o",
                      str(target))
        assert unknown.code == 1 and "Deelnemer NEE bestaat niet." in unknown.err
        docx = cli("--db", world.location, "report", report, "--participant", NUMBER, "-o",
                   str(tmp_path / "kaart.docx"))
        assert docx.code == 1 and "gebruik .pdf" in docx.err
        folder = cli("--db", world.location, "report", report, "--participant", NUMBER, "-o",
                     str(tmp_path / "weg" / "kaart.pdf"))
        assert folder.code == 1 and not (tmp_path / "weg").exists()
        assert cli("--db", world.location, "report", report, "--participant", NUMBER).code == 2
    missing = cli("--db", world.location, "report", "signoffs", "--participant", "NEE",
                  "--json")
    assert missing.code == 1 and "NEE" in json.loads(missing.out)["error"]
    assert not target.exists() and not list(tmp_path.glob("*.docx"))


def test_our_own_database_is_never_overwritten(cli: Run, _sqlite_site_template: Path,
                                               tmp_path: Path) -> None:
    database = tmp_path / "bvm.pdf"  # a database file whose name ends in .pdf
    shutil.copyfile(_sqlite_site_template, database)
    head = _sqlite_site_template.with_name(_sqlite_site_template.name + ".head")
    if head.exists():
        shutil.copyfile(head, database.with_name(database.name + ".head"))
    services = open_services(str(database))
    try:
        card_world(services)
    finally:
        services.close()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = cli("--db", str(database), "report", "aftekenkaart", "--participant", NUMBER,
                 "-o", str(database))
    assert result.code == 1 and "de database van BVM Desk zelf" in result.err
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


# --- report signoffs and praktijkoverzicht -------------------------------------------------
def test_signoffs_json_is_the_services_report(cli: Run, signed: World) -> None:
    result = cli("--db", signed.location, "report", "signoffs", "--participant", NUMBER,
                 "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    services = open_services(signed.location)
    try:
        assert data == services.signoff_overview.participant_report(Actor.cli(), NUMBER)
    finally:
        services.close()
    assert list(data) == ["participant", "tasks", "bpv_hours"] and data["participant"] == NUMBER
    by_code = {t["code"]: t for t in data["tasks"]}
    assert list(by_code) == ["T1", "T2", "T3"]
    assert all({"code", "description", "required", "signed", "trainer", "date",
                "method"} <= set(t) for t in data["tasks"])
    assert (by_code["T1"]["signed"], by_code["T1"]["method"], by_code["T1"]["date"],
            by_code["T1"]["trainer"]) == (True, "papier", "2026-10-05", "Piet Praktijk")
    assert (by_code["T2"]["method"], by_code["T2"]["date"]) == ("scherm", "2026-10-12")
    assert (by_code["T3"]["signed"], by_code["T3"]["trainer"], by_code["T3"]["date"],
            by_code["T3"]["method"], by_code["T3"]["required"]) == (False, None, None, None,
                                                                   False)
    assert data["bpv_hours"] == {"entered": 63.5, "approved": 32, "norm": 610}
    assert "\\u" not in result.out and "Stelt de lasmachine" in result.out


def test_signoffs_text_is_a_readable_table(cli: Run, signed: World) -> None:
    result = cli("--db", signed.location, "report", "signoffs", "--participant", NUMBER)
    assert result.code == 0, result.err
    out = result.out
    assert f"Aftekeningen van Çağan Yılmaz ({NUMBER})" in out
    t1 = next(line for line in out.splitlines() if line.split()[1:2] == ["T1"])
    assert "05-10-2026" in t1 and "Piet Praktijk" in t1 and t1.endswith("papier")
    t3 = next(line for line in out.splitlines() if line.split()[1:2] == ["T3"])
    assert "open" in t3 and "nee" in t3
    assert "Afgetekend: 2 van 3 taken; alle verplichte taken zijn afgetekend." in out
    assert "Bpv-uren: ingevoerd 63,5, goedgekeurd 32, norm 610 per jaar." in out


def test_praktijkoverzicht_writes_the_evidence(cli: Run, signed: World,
                                               tmp_path: Path) -> None:
    target = tmp_path / "praktijkoverzicht.pdf"
    result = cli("--db", signed.location, "report", "praktijkoverzicht", "--participant",
                 NUMBER, "-o", str(target))
    assert result.code == 0, result.err
    assert "Praktijkoverzicht van Çağan Yılmaz geschreven" in result.out
    text = flat_text(target)
    for expected in ("Praktijkoverzicht", "Çağan Yılmaz (P-LAS-1)", "Metaalbouw Zwolle B.V.",
                     "100234567", "Piet Praktijk", "op papier, vastgelegd door",
                     "op het scherm", "12-10-2026", "open",
                     "Ingetrokken (telt niet mee): T2 afgetekend 01-10-2026 door Piet "
                     "Praktijk, ingetrokken op", "verkeerde taak aangevinkt", "2026-W40",
                     "niet goedgekeurd", "Goedgekeurd: 32 uur van de norm van 610 uur per "
                     "jaar. Ingevoerd: 63,5 uur.", "Pagina 1 van"):
        assert expected in text, expected


def test_demo_names_the_trainer_with_the_demo_pin(cli: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    result = cli("--db", str(demo), "demo", "--participants", "60", "--json")
    assert result.code == 0, result.err
    trainer = json.loads(result.out)["pin_trainer"]
    assert trainer and "(" in trainer
    text = cli("--db", str(tmp_path / "demo2.sqlite"), "demo", "--participants", "60").out
    assert "pincode 12345" in text and trainer in text
