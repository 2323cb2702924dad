"""Realistic hand-made report values for the report tests (and for looking at the PDFs)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bvmdesk.domain.hours import mark_minutes
from bvmdesk.reports.model import (
    AttendanceReport,
    AttendanceRow,
    FunderRow,
    FundersReport,
    HoursDay,
    HoursStatement,
    ListLesson,
    ListRow,
    Presentielijst,
    ReportMeta,
    VerzuimLesson,
    VerzuimReport,
    VerzuimSignalRow,
)

DIACRITIC_NAMES = (
    "Zoë van 't Hek",
    "Şükrü Öztürk",
    "Łukasz Wróbel",
    "Nguyễn Thị Ánh",
    "Bjørn Ågesen",
    "François Müller-Lüdenscheidt",
)
_FIRST = ("Daan", "Sem", "Noah", "Lieke", "Mohamed", "Joëlle", "Kees", "Ayşe", "Tomás",
          "Jurriën", "Sanne", "Iñigo", "Thijs", "Fenna", "Dragan", "Ömer", "Anouk", "Bram")
_LAST = ("de Vries", "Jansen", "El Amrani", "Bakker", "van der Meulen", "Yılmaz", "Ramírez",
         "ter Horst", "Visser", "Kovačević", "Smit", "Doğan", "Brouwer", "Mulder", "Hoekstra")
START, END = time(8, 30), time(16, 0)
STATUSES = ("aanwezig", "aanwezig", "aanwezig", "te_laat", "ziek", "aanwezig", "vroeg_weg",
            "geoorloofd", "aanwezig", "ongeoorloofd", None)


def names(count: int) -> list[str]:
    """`count` names, starting with the ones full of diacritics."""
    found = list(DIACRITIC_NAMES)
    i = 0
    while len(found) < count:
        found.append(f"{_FIRST[i % len(_FIRST)]} {_LAST[(i * 7) % len(_LAST)]}")
        i += 1
    return found[:count]


def meta() -> ReportMeta:
    return ReportMeta(site="ZWL Zwolle", printed_at=datetime(2026, 9, 15, 14, 5))


def list_lesson(count: int = 16, *, cancelled: bool = False,
                day: date = date(2026, 9, 15)) -> ListLesson:
    rows = []
    for i, name in enumerate(names(count)):
        status: str | None = None
        reported = False
        arrival = departure = None
        if i == 1:
            status, reported = "ziek", True
        elif i == 4:
            status, reported = "geoorloofd", True
        elif i == 6:
            status, arrival = "te_laat", time(9, 10)
        elif i == 8:
            status, departure = "vroeg_weg", time(14, 30)
        elif i % 5 == 2:
            status = "aanwezig"
        rows.append(ListRow(number=f"ZWL-{42 + i:05d}", name=name, status=status,
                            reported=reported, arrival_time=arrival, departure_time=departure))
    return ListLesson(group="ZWL-MIG-26A", group_name="MIG/MAG-lassen basis A",
                      module_name="MIG/MAG-lassen NIL 1 (135)", location="ZWL Zwolle",
                      date=day, start_time=START, end_time=END,
                      instructor="Henk Brinkhuis", topic="Hoeknaden PB, plaatdikte 8 mm",
                      cancelled=cancelled, rows=tuple(rows))


def presentielijst() -> Presentielijst:
    return Presentielijst(group="ZWL-MIG-26A", date=date(2026, 9, 15),
                          lessons=(list_lesson(16),))


def attendance(count: int = 60, minimum: int | None = 80) -> AttendanceReport:
    rows = []
    for i, name in enumerate(names(count)):
        planned = 12 * 450
        unmarked = 450 if i % 9 == 3 else 0
        unexcused = (i * 37) % 1300 if i % 4 == 1 else (i * 13) % 120
        excused = 450 if i % 6 == 0 else 0
        attended = planned - unmarked - unexcused - excused
        marked = planned - unmarked
        pct = round(100 * attended / marked, 1) if marked else None
        rows.append(AttendanceRow(f"ZWL-{42 + i:05d}", name, planned, attended, excused,
                                  unexcused, unmarked, pct))
    rows.append(AttendanceRow("ZWL-00999", "Nieuw Ingeschreven", 450, 0, 0, 0, 450, None))
    return AttendanceReport(group="ZWL-MIG-26A", from_date=date(2026, 9, 1),
                            to_date=date(2026, 11, 30), rows=tuple(rows),
                            group_name="MIG/MAG-lassen basis A",
                            module_name="MIG/MAG-lassen NIL 1 (135)", location="ZWL Zwolle",
                            min_attendance_pct=minimum, lessons=12)


def hours_days(count: int = 25) -> tuple[HoursDay, ...]:
    days: list[HoursDay] = []
    day = date(2026, 9, 1)  # a Tuesday
    i = 0
    while len(days) < count:
        if day.weekday() in (1, 3):  # Tuesdays and Thursdays
            status = STATUSES[i % len(STATUSES)]
            arrival = time(9, 15) if status == "te_laat" else None
            departure = time(14, 0) if status == "vroeg_weg" else None
            m = mark_minutes(START, END, status, arrival, departure)
            days.append(HoursDay(day, "ZWL-MIG-26A", "MIG/MAG-lassen NIL 1 (135)", START, END,
                                 status, status in ("ziek", "geoorloofd") and i % 2 == 0,
                                 arrival, departure, m.planned, m.attended, m.excused,
                                 m.unexcused, m.unmarked))
            i += 1
        day += timedelta(days=1)
    return tuple(days)


def hours(days: tuple[HoursDay, ...] | None = None) -> HoursStatement:
    chosen = hours_days() if days is None else days
    return HoursStatement(
        participant="ZWL-00043", name="Şükrü Öztürk", birth_date=date(2009, 3, 14),
        participant_type="BBL", from_date=date(2026, 9, 1), to_date=date(2026, 11, 30),
        days=chosen, school="Deltion College", student_number="553120", funder="OOM",
        company="Metaalbewerking Ÿsselvliet B.V.", trainer="Jolanda Ruiterkamp",
        instructor="Henk Brinkhuis", groups=("ZWL-MIG-26A",))


def funders() -> FundersReport:
    rows = []
    for f_index, funder in enumerate(("OOM", "UWV", "gemeente Zwolle", "werkgever", None)):
        for m_index, month in enumerate(("2026-09", "2026-10", "2026-11")):
            rows.append(FunderRow(funder, month, 3 + f_index * 2 + m_index,
                                  (3 + f_index * 2 + m_index) * 1710 + f_index * 5))
    return FundersReport(date(2026, 9, 1), date(2026, 11, 30), tuple(rows))


def verzuim_signal(name: str, number: str, handed_over: bool) -> VerzuimSignalRow:
    lessons: list[VerzuimLesson] = []
    day = date(2026, 9, 1)
    while len(lessons) < 5:
        if day.weekday() == 1:
            status = "te_laat" if len(lessons) == 2 else "ongeoorloofd"
            minutes = 45 if status == "te_laat" else 450
            lessons.append(VerzuimLesson(day, "ZWL-MIG-26A", START, END, status, minutes))
        day += timedelta(days=1)
    total = sum(x.unexcused_minutes for x in lessons)
    return VerzuimSignalRow(
        participant=number, name=name, window_start=date(2026, 8, 31),
        window_end=date(2026, 9, 27), unexcused_minutes=total,
        lesson_dates=tuple(x.date for x in lessons), birth_date=date(2010, 5, 2),
        school="Deltion College", student_number="551234", lessons=tuple(lessons),
        handed_over_on=date(2026, 9, 30) if handed_over else None,
        handed_over_by="Marieke Oosterhuis" if handed_over else None,
        handover_note="Gemaild aan de verzuimcoördinator" if handed_over else None)


def verzuim() -> VerzuimReport:
    return VerzuimReport(date(2026, 10, 1), (
        verzuim_signal("Zoë van 't Hek", "ZWL-00042", handed_over=True),
        verzuim_signal("Łukasz Wróbel", "ZWL-00044", handed_over=False),
    ))
