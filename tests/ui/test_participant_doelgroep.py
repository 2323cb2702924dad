"""A new participant gets no default doelgroep: the choice is required (issue 9 item 10)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.participants.page import ParticipantsPage
from tests.ui.conftest import EXTRA_PARTICIPANTS, NAMED

TOTAL = EXTRA_PARTICIPANTS + len(NAMED)


def test_a_new_participant_must_get_a_doelgroep(qtbot, services: Services,
                                                admin: Actor) -> None:
    page = ParticipantsPage(services.participants, admin)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.header.action_button is not None
    qtbot.mouseClick(page.header.action_button, Qt.MouseButton.LeftButton)
    detail = page.detail
    combo = detail.type_combo
    assert combo.currentIndex() == -1 and combo.currentText() == ""
    assert combo.placeholderText() == "Kies een doelgroep…"
    detail.first_names_edit.setText("Noah")
    detail.last_name_edit.setText("Jansen")
    detail.birth_date_edit.setDate(QDate(2007, 5, 2))
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.fields["type"].error == "Kies een doelgroep."
    assert detail.fields["type"].error_label.isVisible()
    assert not detail.fields["first_names"].error
    assert services.participants.search_ids(admin, "Noah Jansen") == []
    assert page.count_label.text() == f"{TOTAL} deelnemers"

    combo.setCurrentIndex(combo.findData("BOL"))
    with qtbot.waitSignal(detail.created, timeout=5000) as blocker:
        qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert services.participants.get(admin, blocker.args[0]).data.type == "BOL"
    assert not detail.fields["type"].error


def test_an_existing_participant_shows_their_doelgroep(qtbot, services: Services,
                                                       admin: Actor) -> None:
    page = ParticipantsPage(services.participants, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.header.action_button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert page.select(services.participants.search_ids(admin, "Zoë")[0])
    assert page.detail.type_combo.currentData() == "BBL"
