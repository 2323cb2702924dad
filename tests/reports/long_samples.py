"""Every report builder fed the worst text it will meet: a 120-character name (with spaces,
and as one unbroken word), a 200-character topic or task, and an empty table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from bvmdesk.domain.signature import make_signature
from bvmdesk.reports.assessment_model import (
    AssessmentLine,
    CriterionLine,
    EmptyForm,
    FilledForm,
    FormHead,
    ParticipantAssessments,
    ProgressHeader,
    ProgressLine,
    WorkProcessPart,
)
from bvmdesk.reports.model import FunderRow, FundersReport, Presentielijst, VerzuimReport
from bvmdesk.reports.pdf import (
    attendance_pdf,
    funders_pdf,
    hours_pdf,
    presentielijst_pdf,
    verzuim_pdf,
)
from bvmdesk.reports.pdf.assessment import assessment_pdf, empty_form_pdf
from bvmdesk.reports.pdf.assessment_overview import participant_pdf
from bvmdesk.reports.pdf.certificate import render_certificate
from bvmdesk.reports.pdf.person_summary import person_summary_pdf
from bvmdesk.reports.pdf.signoff_card import card_pdf
from bvmdesk.reports.pdf.signoff_overview import praktijkoverzicht_pdf
from bvmdesk.reports.pdf.signoff_receipt import approval_pdf, receipt_pdf
from bvmdesk.reports.person_model import (
    PersonSummary,
    SummaryAssessment,
    SummaryEnrolment,
    SummarySignOff,
)
from bvmdesk.reports.signoff_model import (
    ApprovalReceipt,
    CardLine,
    CardSheet,
    EnrolmentPart,
    HoursLine,
    Praktijkoverzicht,
    ReceiptLine,
    SignOffReceipt,
    TaskLine,
    WeekLine,
    Workplace,
)
from tests.reports import certificate_samples, samples

SPACED_NAME = ("Maximiliaan Christiaan Alexander Frederik Hendrikus van der "
               "Wijngaarden-Bloemendaal Oosterhuizen-Ravensbergen tot Dijkum")
SOLID_NAME = ("Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenscha"
              "ftswarenwohlgepflegeundsorgfaltigkeitbesc")
TOPIC = ("Hoeknaden en stompe naden in positie PB en PF op plaat van 8 mm en 12 mm, met "
         "voorbereiding van de lasnaad, controle van de lasparameters volgens de WPS en een "
         "visuele inspectie door de vakdocent (PB)")
META = samples.meta()
MOMENT = datetime(2026, 9, 15, 14, 5)
DAY = date(2026, 9, 15)
SIGNATURE = make_signature(400, 150, [[(20 + 6 * i, 75 + (i % 7) * 8) for i in range(50)]])
assert len(SPACED_NAME) == 120 and len(SOLID_NAME) == 120 and len(TOPIC) == 200


@dataclass(frozen=True)
class Builder:
    """One report builder: its PDF with a long `name`, and with its table empty."""

    full: Callable[[str], bytes]
    empty: Callable[[str], bytes] | None
    empty_line: str  # what the empty table says instead


def _presentielijst(name: str, rows: bool = True) -> bytes:
    lesson = samples.list_lesson(16)
    people = list(lesson.rows)
    people[1] = replace(people[1], name=name)
    people[6] = replace(people[6], name=name)  # a status with its arrival time beside it
    lesson = replace(lesson, topic=TOPIC, instructor=name,
                     rows=tuple(people) if rows else ())
    return presentielijst_pdf(Presentielijst(lesson.group, lesson.date, (lesson,)), META)


def _attendance(name: str, rows: bool = True) -> bytes:
    report = samples.attendance(40)
    people = list(report.rows)
    people[2] = replace(people[2], name=name)
    return attendance_pdf(replace(report, rows=tuple(people) if rows else (),
                                  module_name=TOPIC), META)


def _hours(name: str, rows: bool = True) -> bytes:
    days = tuple(replace(d, module_name=TOPIC) if i == 3 else d
                 for i, d in enumerate(samples.hours_days(12))) if rows else ()
    return hours_pdf(replace(samples.hours(days), name=name, trainer=name, company=name), META)


def _verzuim(name: str, rows: bool = True) -> bytes:
    signals = (samples.verzuim_signal(name, "ZWL-00042", handed_over=True),
               samples.verzuim_signal("Łukasz Wróbel", "ZWL-00044", handed_over=False))
    return verzuim_pdf(VerzuimReport(date(2026, 10, 1), signals if rows else ()), META)


def _funders(name: str, rows: bool = True) -> bytes:
    lines = [FunderRow(f, m, 4, 5130) for f in (name, "OOM", None)
             for m in ("2026-09", "2026-10")]
    return funders_pdf(FundersReport(date(2026, 9, 1), date(2026, 10, 31),
                                     tuple(lines) if rows else ()), META)


_FORM = FormHead("LAS-141", 2, "Lassen TIG plaatwerk", "LAS-1 Lassen basis", "opdracht", "ovg",
                 "75 %")


def _parts(criteria: bool = True) -> tuple[WorkProcessPart, ...]:
    lines = (CriterionLine(1, TOPIC, critical=True, weight=2, value="G", reason=TOPIC,
                           remark=SOLID_NAME),
             CriterionLine(2, "Ruimt de werkplek op", value="V")) if criteria else ()
    return (WorkProcessPart("B1-K1-W1", "Bereidt het laswerk voor", lines, "voldoende",
                            "Voldoende: 75 % van het gewicht is V of G"),)


def _assessment(name: str, rows: bool = True) -> bytes:
    form = FilledForm(form=_FORM, parts=_parts(rows), code="BO-2026-00042", version=1,
                      final=True, participant_number="ZWL-00012", participant_name=name,
                      group="LAS-1-2026A", date=DAY, passed=True, assessor_name=name,
                      finalised_at=MOMENT, second_assessor_name=name,
                      second_assessor_role="praktijkopleider",
                      second_assessor_signature=SIGNATURE, second_assessed_at=MOMENT)
    return assessment_pdf(form, META)


def _empty_form(name: str, rows: bool = True) -> bytes:
    return empty_form_pdf(EmptyForm(replace(_FORM, name=name, module=TOPIC), _parts(rows)), META)


def _overview(name: str, rows: bool = True) -> bytes:
    lines = (AssessmentLine("BO-2026-00042", 1, TOPIC, "opdracht", DAY, True, True),)
    columns = (ProgressHeader("BO-2026-00042", 1, "LAS-141", "opdracht", DAY),)
    progress = (ProgressLine("B1-K1-W1", TOPIC, ("goed",), ("goed",)),)
    data = ParticipantAssessments("ZWL-00012", name, lines if rows else (),
                                  columns if rows else (), progress if rows else (),
                                  ("opdracht",))
    return participant_pdf(data, META)


def _person(name: str, rows: bool = True) -> bytes:
    enrolments = (SummaryEnrolment("LAS-1-2026A", TOPIC, "LAS-1 Lassen basis", "ZWL Zwolle",
                                   DAY, None, "actief", name, name),)
    assessments = (SummaryAssessment("BO-2026-00042", 1, TOPIC, "LAS-1-2026A", DAY, "final",
                                     True, name, False),)
    signoffs = (SummarySignOff(DAY, "LAS-1-2026A", f"T1 {TOPIC}", name, "screen", False),)
    summary = PersonSummary(
        number="ZWL-00012", name=name, details=(("Naam", name), ("Nummer", "ZWL-00012")),
        enrolments=enrolments if rows else (), attendance=(),
        assessments=assessments if rows else (), signoffs=signoffs if rows else (), hours=(),
        certificates=(), counts=(("Presentie", 12),), attachments=0, audit_events=3,
        made_at=MOMENT, made_by=name)
    return person_summary_pdf(summary, META)


def _place(name: str) -> Workplace:
    return Workplace(name, "ZWL-00012", "LAS-1", "M-LAS-1 Lassen MIG/MAG", name, "100234567",
                     name)


def _card(name: str, rows: bool = True) -> bytes:
    tasks = (CardLine("T1", TOPIC, "B1-K1-W1", True), CardLine("T2", SOLID_NAME, None, False),
             CardLine("T3", "Ruimt de werkplek veilig op", None, True))
    return card_pdf([CardSheet("ZWL-AK-2026-00012", 2, DAY, _place(name),
                               tasks if rows else ())], META)


def _praktijk(name: str, rows: bool = True) -> bytes:
    tasks = (TaskLine("T1", TOPIC, "B1-K1-W1", True, name, DAY, "op het scherm", TOPIC),
             TaskLine("T2", "Ruimt op", None, True, None, None, None))
    hours = (HoursLine("2026-W37", date(2026, 9, 7), date(2026, 9, 13), 1920, name, DAY),)
    part = EnrolmentPart(_place(name), DAY, None, (name,), (), tasks if rows else (), (),
                         hours if rows else (), 1920, 1920, 800)
    return praktijkoverzicht_pdf(Praktijkoverzicht(name, "ZWL-00012", "BBL", (part,)), META)


def _receipt(name: str, rows: bool = True) -> bytes:
    lines = (ReceiptLine("T1", TOPIC, "B1-K1-W1", DAY, TOPIC),
             ReceiptLine("T2", SOLID_NAME, None, DAY, None))
    return receipt_pdf(SignOffReceipt(_place(name), name, "screen", lines if rows else (),
                                      SIGNATURE, MOMENT, name), META)


def _approval(name: str, rows: bool = True) -> bytes:
    weeks = (WeekLine("2026-W37", date(2026, 9, 7), date(2026, 9, 13), 1920),)
    return approval_pdf(ApprovalReceipt(_place(name), name, DAY, weeks if rows else (),
                                        SIGNATURE, MOMENT, name), META)


def _certificate(name: str, rows: bool = True) -> bytes:
    doc = certificate_samples.document(name=(name, "", ""))
    doc = replace(doc, module_name=TOPIC, programme_name=TOPIC, signatory_name=name,
                  signatory_function=TOPIC, place=name,
                  results=doc.results if rows else ())
    return render_certificate(doc, certificate_samples.art())


BUILDERS: dict[str, Builder] = {
    "presentielijst": Builder(_presentielijst, lambda n: _presentielijst(n, False),
                              "Geen deelnemers ingeschreven op deze datum."),
    "presentieoverzicht": Builder(_attendance, lambda n: _attendance(n, False),
                                  "Geen deelnemers in deze groep in deze periode."),
    "urenverantwoording": Builder(_hours, lambda n: _hours(n, False),
                                  "Geen lessen in deze periode."),
    "verzuim": Builder(_verzuim, lambda n: _verzuim(n, False), "Er zijn geen verzuimsignalen"),
    "financiers": Builder(_funders, lambda n: _funders(n, False),
                          "Geen aanwezige uren in deze periode."),
    "beoordeling": Builder(_assessment, lambda n: _assessment(n, False),
                           "Dit werkproces heeft geen criteria."),
    "leeg formulier": Builder(_empty_form, lambda n: _empty_form(n, False),
                              "Dit werkproces heeft geen criteria."),
    "beoordelingen": Builder(_overview, lambda n: _overview(n, False),
                             "Deze deelnemer heeft nog geen beoordelingen."),
    "inzage": Builder(_person, lambda n: _person(n, False), "Geen inschrijvingen."),
    "aftekenkaart": Builder(_card, lambda n: _card(n, False), "Deze kaart heeft geen taken."),
    "praktijkoverzicht": Builder(_praktijk, lambda n: _praktijk(n, False),
                                 "De module heeft geen aftekentaken."),
    "aftekenbewijs": Builder(_receipt, lambda n: _receipt(n, False),
                             "Geen taken afgetekend."),
    "urengoedkeuring": Builder(_approval, lambda n: _approval(n, False),
                               "Geen weken goedgekeurd."),
    # A certificate without results has no table and says nothing about it.
    "certificaat": Builder(_certificate, None, ""),
}
