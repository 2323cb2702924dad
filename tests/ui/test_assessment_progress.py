"""Progress views: the participant card's Beoordelingen (work processes x final
assessments) and the group overview; words with the colours, the newest final version of a
correction counts, kinds kept apart. Real SQLite database, real services."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from bvmdesk.db.models import Enrolment, Group, Participant
from bvmdesk.services.assessment_types import AssessmentInfo, CriterionSpec, FormInfo, FormSpec
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.assessments.group_progress import GroupProgressView
from bvmdesk.ui.participants.assessments import ParticipantAssessmentsPanel
from bvmdesk.ui.participants.page import ParticipantsPage
from tests.ui.conftest import activate

MODULE = "MAG135-1"


def _form(services: Services, admin: Actor, code: str, kind: str, scale: str) -> FormInfo:
    """Criteria 1-2 under B1-K1-W1 (1 critical), 3-4 under B1-K1-W2."""
    return services.assessments.save_form(admin, FormSpec(
        code, f"Formulier {code}", MODULE, kind, scale, tuple(
            CriterionSpec("B1-K1-W1" if n <= 2 else "B1-K1-W2",
                          "Voorbereiden" if n <= 2 else "Lassen", n, f"Criterium {n}",
                          critical=n == 1) for n in range(1, 5))))


def _rate(services: Services, actor: Actor, info: AssessmentInfo,
          values: list[str]) -> AssessmentInfo:
    for criterion, value in zip(info.form.criteria, values, strict=True):
        services.assessments.rate(actor, info.id, criterion.id, value)
        if value in ("O", "G", "NA"):
            services.assessments.explain(actor, info.id, criterion.id, reason="Zo gezien")
    return services.assessments.finalise(actor, info.id)


def _final(services: Services, actor: Actor, participant: uuid.UUID, form: FormInfo,
           values: list[str], on: date) -> AssessmentInfo:
    info = services.assessments.start(actor, participant, form.id, on=on)
    return _rate(services, actor, info, values)


def _people(services: Services) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Zoë (enrolled by the template), and Jan-Willem enrolled in the same group now;
    the group's id."""
    with sessions_of(services).write("test") as s:
        group_id = s.scalars(select(Group.id).where(Group.code == "LAS-ZWL-1")).one()
        zoe = s.scalars(select(Participant.id).where(Participant.first_names == "Zoë")).one()
        jan = s.scalars(select(Participant.id).where(
            Participant.first_names == "Jan-Willem")).one()
        s.add(Enrolment(participant_id=jan, group_id=group_id, start_date=date(2026, 9, 1),
                        status="actief"))
    return zoe, jan, group_id


@pytest.fixture
def world(services: Services, admin: Actor, instructor: Actor) -> dict[str, object]:
    """Zoë: an opdracht failed then corrected to passed, a good exam, a bpv voldoende;
    Jan-Willem: one failed opdracht."""
    zoe, jan, group_id = _people(services)
    task = _form(services, admin, "LAS-OPD", "opdracht", "ovg")
    exam = _form(services, admin, "LAS-EX", "examen", "ovg")
    bpv = _form(services, admin, "LAS-BPV", "bpv", "ovg")
    failed = _final(services, instructor, zoe, task, ["O", "V", "V", "V"], date(2026, 10, 1))
    correction = services.assessments.correct(instructor, failed.id, "Verkeerd ingevoerd")
    corrected = _rate(services, instructor, correction, ["V", "V", "V", "V"])
    _final(services, instructor, zoe, exam, ["G", "G", "G", "G"], date(2026, 10, 8))
    _final(services, instructor, zoe, bpv, ["V", "V", "O", "V"], date(2026, 10, 15))
    _final(services, instructor, jan, task, ["V", "O", "O", "O"], date(2026, 10, 2))
    return {"zoe": zoe, "jan": jan, "group": group_id, "failed": failed,
            "corrected": corrected}


def _panel(qtbot, services: Services, actor: Actor) -> ParticipantAssessmentsPanel:
    panel = ParticipantAssessmentsPanel(services.assessments, actor)
    qtbot.addWidget(panel)
    panel.resize(640, 360)
    panel.show()
    return panel


def _texts(model, rows: int, columns: int) -> list[list[str]]:
    return [[str(model.data(model.index(r, c))) for c in range(columns)] for r in range(rows)]


def _headers(model) -> list[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(model.columnCount())]


def test_participant_matrix_shows_words_per_kind_and_the_newest_version(
        qtbot, services: Services, instructor: Actor, world: dict[str, object]) -> None:
    panel = _panel(qtbot, services, instructor)
    panel.show_participant(world["zoe"])  # type: ignore[arg-type]
    model = panel.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    headers = _headers(model)
    # Kinds apart: the latest of opdracht, examen, bpv, then each assessment by kind.
    assert headers[0] == "Werkproces"
    assert headers[1:4] == ["Laatste\nopdracht", "Laatste\nexamen", "Laatste\nbpv"]
    assert [h.split("\n")[1].split(" · ")[0] for h in headers[4:]] == [
        "opdracht", "examen", "bpv"]
    corrected = world["corrected"]
    assert isinstance(corrected, AssessmentInfo)
    # Only the corrected version (v2) counts; the failed version 1 is not a column.
    assert headers[4] == f"{corrected.code} v2\nopdracht · 1 okt 2026"
    assert sum(corrected.code in h for h in headers) == 1
    rows = _texts(model, model.rowCount(), model.columnCount())
    assert [r[0] for r in rows] == ["B1-K1-W1", "B1-K1-W2"]
    assert rows[0][1:] == ["Voldoende", "Goed", "Voldoende", "V", "G", "V"]
    assert rows[1][1:] == ["Voldoende", "Goed", "Onvoldoende", "V", "G", "O"]
    # Colour as well as the word; the tooltip gives the sentence, the code and the date.
    fail = model.index(1, 6)
    good = model.index(0, 5)
    assert model.data(fail, Qt.ItemDataRole.BackgroundRole).color().name() != \
        model.data(good, Qt.ItemDataRole.BackgroundRole).color().name()
    tip = str(model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Voldoende:") and corrected.code in tip and "1 okt 2026" in tip
    assert "versie 2" in str(model.headerData(4, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.ToolTipRole))
    assert panel.count_label.text() == "(3)"


def test_participant_matrix_kind_filter_and_empty_card(
        qtbot, services: Services, instructor: Actor, world: dict[str, object]) -> None:
    panel = _panel(qtbot, services, instructor)
    panel.show_participant(world["zoe"])  # type: ignore[arg-type]
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("bpv"))
    model = panel.model
    assert model.kinds == ["bpv"] and model.columnCount() == 3
    assert _texts(model, 2, 3) == [["B1-K1-W1", "Voldoende", "V"],
                                   ["B1-K1-W2", "Onvoldoende", "O"]]
    assert panel.summary() == [("B1-K1-W1", "bpv", "Voldoende"),
                               ("B1-K1-W2", "bpv", "Onvoldoende")]
    panel.kind_combo.setCurrentIndex(0)
    assert model.kinds == ["opdracht", "examen", "bpv"]
    # Someone without any final assessment: a sentence instead of an empty table.
    with sessions_of(services).read() as s:
        other = s.scalars(select(Participant.id).where(Participant.first_names == "Fatima")).one()
    panel.show_participant(other)
    assert panel.message == "Nog geen definitieve beoordelingen."
    # A draft does not count.
    jan = world["jan"]
    assert isinstance(jan, uuid.UUID)
    exam = services.assessments.current_form(instructor, "LAS-EX")
    services.assessments.start(instructor, jan, exam.id, on=date(2026, 11, 1))
    panel.show_participant(jan)
    assert panel.model.kinds == ["opdracht"]
    assert _texts(panel.model, 2, 2) == [["B1-K1-W1", "Onvoldoende"],
                                         ["B1-K1-W2", "Onvoldoende"]]


def test_the_participants_page_shows_the_selected_persons_assessments(
        qtbot, services: Services, instructor: Actor, world: dict[str, object]) -> None:
    page = ParticipantsPage(services.participants, instructor)
    qtbot.addWidget(page)
    page.detail.attach_assessments(services.assessments)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    panel = page.detail.assessments_panel
    assert panel is not None and not panel.isVisible()
    assert page.select(world["zoe"])  # type: ignore[arg-type]
    assert panel.isVisible() and panel.participant_id == world["zoe"]
    assert panel.model.rowCount() == 2
    assert page.select(world["jan"])  # type: ignore[arg-type]
    assert panel.summary() == [("B1-K1-W1", "opdracht", "Onvoldoende"),
                               ("B1-K1-W2", "opdracht", "Onvoldoende")]


def _group_view(qtbot, services: Services, actor: Actor) -> GroupProgressView:
    view = GroupProgressView(services, actor)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_group_overview_shows_everyone_by_work_process(
        qtbot, services: Services, instructor: Actor, world: dict[str, object]) -> None:
    view = _group_view(qtbot, services, instructor)
    assert view.stack.currentWidget() is view.message_label  # nothing chosen yet
    assert view.show_group(world["group"])  # type: ignore[arg-type]
    model = view.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.stack.currentWidget() is view.table
    assert _headers(model) == ["Deelnemer", "Nummer", "B1-K1-W1", "B1-K1-W2"]
    rows = {r[0]: r[2:] for r in _texts(model, model.rowCount(), model.columnCount())}
    # The latest of any kind: Zoë's bpv of 15 Oct; Jan-Willem's failed opdracht.
    assert rows == {"Zoë van 't Hek": ["Voldoende", "Onvoldoende"],
                    "Jan-Willem van der Berg": ["Onvoldoende", "Onvoldoende"]}
    assert view.count_label.text() == "2 deelnemers"
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0)) == "Zoë van 't Hek")
    tip = str(model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Onvoldoende:") and "Bpv" in tip and "15 okt 2026" in tip
    assert model.data(model.index(row, 3), Qt.ItemDataRole.BackgroundRole) is not None


def test_group_overview_kind_filter_and_correction(
        qtbot, services: Services, instructor: Actor, world: dict[str, object]) -> None:
    view = _group_view(qtbot, services, instructor)
    view.show_group(world["group"])  # type: ignore[arg-type]
    model = view.model

    def rows() -> dict[str, list[str]]:
        return {r[0]: r[2:] for r in _texts(model, model.rowCount(), model.columnCount())}

    view.kind_combo.setCurrentIndex(view.kind_combo.findData("opdracht"))
    # Zoë's opdracht counts as corrected (version 2 passed), not as first made final.
    assert rows()["Zoë van 't Hek"] == ["Voldoende", "Voldoende"]
    assert rows()["Jan-Willem van der Berg"] == ["Onvoldoende", "Onvoldoende"]
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("examen"))
    assert rows()["Zoë van 't Hek"] == ["Goed", "Goed"]
    assert rows()["Jan-Willem van der Berg"] == ["–", "–"]
    view.kind_combo.setCurrentIndex(0)
    # The newest final version of a correction counts: another correction of Zoë's
    # opdracht, failed this time, made after her bpv, is now her latest result.
    corrected = world["corrected"]
    assert isinstance(corrected, AssessmentInfo)
    again = services.assessments.correct(instructor, corrected.id, "Herbeoordeling")
    services.assessments.set_date(instructor, again.id, date(2026, 10, 20))
    _rate(services, instructor, again, ["O", "V", "V", "V"])
    view.refresh()
    assert rows()["Zoë van 't Hek"] == ["Onvoldoende", "Voldoende"]
    tip = str(model.data(model.index(0 if model.data(model.index(0, 0)) == "Zoë van 't Hek"
                                      else 1, 2), Qt.ItemDataRole.ToolTipRole))
    assert "kritisch criterium 1 is O" in tip and corrected.code in tip
    view.group_combo.setCurrentIndex(0)
    assert view.stack.currentWidget() is view.message_label and model.rowCount() == 0
